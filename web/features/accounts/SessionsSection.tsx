import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { SessionView } from '../../../shared/accounts.js';
import { account } from '../../api/accounts.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { useSession } from '../auth/session.js';
import { dateTime, useLocale } from '../questionnaires/ui.js';
import './accounts.css';

/** One's own sessions (browser, system, when), each endable, and "sign out everywhere". */
export function SessionsSection({ onEnded }: { onEnded: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { forget } = useSession();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: ({ signal }) => account.sessions(signal) });
  const end = useMutation({
    mutationFn: (session: SessionView) => account.endSession(session.id),
    onSuccess: (_, session) => {
      if (session.current) {
        forget();
        navigate('/login', { replace: true });
        return;
      }
      void queryClient.invalidateQueries({ queryKey: ['sessions'] });
      onEnded();
    },
  });

  const describe = (s: SessionView) =>
    s.browser && s.system ? t('accounts.me.browserOn', { browser: s.browser, system: s.system }) : (s.browser ?? s.system ?? t('accounts.me.unknownBrowser'));

  if (sessions.isPending) return <LoadingState />;
  if (sessions.error) return <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />;
  return (
    <Stack gap="sm">
      {end.error ? <ErrorAlert error={end.error} /> : null}
      <ul className="plain-list" aria-label={t('accounts.me.sessionsLabel')}>
        {sessions.data.map((s) => (
          <li key={s.id}>
            <Paper withBorder radius="md" p="sm" mb="xs">
              <Group justify="space-between" align="center" wrap="wrap" gap="sm">
                <div>
                  <Group gap="xs">
                    <Text fw={600}>{describe(s)}</Text>
                    {s.current ? (
                      <span className="status-badge" data-status="current">
                        {t('accounts.me.thisSession')}
                      </span>
                    ) : null}
                  </Group>
                  <Text fz="sm" c="dimmed">
                    {t('accounts.me.signedInAt', { date: dateTime(s.createdAt, locale) })} ·{' '}
                    {t('accounts.me.lastSeen', { date: dateTime(s.lastSeenAt, locale) })}
                  </Text>
                </div>
                {s.current ? null : (
                  <Button
                    variant="default"
                    size="compact-sm"
                    onClick={() => end.mutate(s)}
                    loading={end.isPending && end.variables?.id === s.id}
                    aria-label={t('accounts.me.endLabel', { what: `${describe(s)}, ${dateTime(s.lastSeenAt, locale)}` })}
                  >
                    {t('accounts.me.end')}
                  </Button>
                )}
              </Group>
            </Paper>
          </li>
        ))}
      </ul>
      <div>
        <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
          {t('accounts.me.everywhere')}
        </Button>
      </div>
      <ConfirmModal
        opened={confirming}
        title={t('accounts.me.everywhereTitle')}
        message={t('accounts.me.everywhereConfirm')}
        confirmLabel={t('accounts.me.everywhere')}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await account.endAllSessions();
          forget();
          navigate('/login', { replace: true });
        }}
      />
    </Stack>
  );
}
