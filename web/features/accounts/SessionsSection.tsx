import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { SessionView } from '../../../shared/accounts.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { QueryState } from '../../components/QueryState.js';
import { ErrorAlert } from '../../components/States.js';
import { dateTime } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSession } from '../auth/session.js';
import { useEndAllSessions, useEndSession, useSessions } from './queries.js';
import './accounts.css';

/** One's own sessions (browser, system, when), each endable, and "sign out everywhere". */
export function SessionsSection({ onEnded }: { onEnded: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { forget } = useSession();
  const [confirming, setConfirming] = useState(false);
  const sessions = useSessions();
  const end = useEndSession();
  const endAll = useEndAllSessions();
  const signedOut = () => {
    forget();
    navigate('/login', { replace: true });
  };
  // the session in use has no button of its own: it ends with "sign out everywhere" or by signing out
  const endOne = (session: SessionView) => end.mutate(session, { onSuccess: onEnded });

  const describe = (s: SessionView) =>
    s.browser && s.system ? t('accounts.me.browserOn', { browser: s.browser, system: s.system }) : (s.browser ?? s.system ?? t('accounts.me.unknownBrowser'));

  return (
    <QueryState query={sessions}>
      {(list) => (
        <Stack gap="sm">
          {end.error ? <ErrorAlert error={end.error} /> : null}
          <ul className="plain-list" aria-label={t('accounts.me.sessionsLabel')}>
            {list.map((s) => (
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
                        onClick={() => endOne(s)}
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
              await endAll.mutateAsync(undefined);
              signedOut();
            }}
          />
        </Stack>
      )}
    </QueryState>
  );
}
