import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replyInput, type UsesView, type UseView } from '../../../shared/after-project.js';
import { FormError } from '../../components/FormError.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { countryName, formatDate } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { useProductUses, useReplyToUse } from './queries.js';
import { FormButtons, FormModal, type PanelProps, RecordCard } from './ui.js';

/** What others reported on the public pages: counts over time, by country and by sector, and each report. */
export function UsesSection({ projectId, canEdit, onNotice }: PanelProps) {
  const { t } = useTranslation();
  const uses = useProductUses(projectId);
  const [replying, setReplying] = useState<UseView | null>(null);

  const body = (data: UsesView) =>
    data.total === 0 ? (
      <Empty>{t('after.uses.empty')}</Empty>
    ) : (
      <Stack gap="lg">
        <Text fw={600}>{t('after.uses.total', { count: data.total })}</Text>
        <Counts data={data} />
        <Stack component="ul" className="plain-list" gap="md" aria-label={t('after.uses.listLabel')}>
          {data.uses.map((u) => (
            <RecordCard key={u.id}>
              <UseCard use={u} canReply={canEdit && u.canReply} onReply={() => setReplying(u)} />
            </RecordCard>
          ))}
        </Stack>
      </Stack>
    );

  return (
    <Section id="uses" title={t('after.uses.heading')}>
      <Text c="dimmed" fz="sm" mb="md" maw="75ch">
        {t('after.uses.intro')}
      </Text>
      <QueryState query={uses}>{body}</QueryState>
      <FormModal opened={replying !== null} title={t('after.uses.replyTitle')} onClose={() => setReplying(null)}>
        {replying ? (
          <ReplyForm
            projectId={projectId}
            use={replying}
            onCancel={() => setReplying(null)}
            onSent={() => {
              setReplying(null);
              onNotice(t('after.uses.replied'));
            }}
          />
        ) : null}
      </FormModal>
    </Section>
  );
}

function Counts({ data }: { data: UsesView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const month = (key: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
  const groups = [
    { id: 'month', title: t('after.uses.overTime'), rows: data.byMonth.map((r) => ({ label: month(r.key), count: r.count })) },
    { id: 'country', title: t('after.uses.byCountry'), rows: data.byCountry.map((r) => ({ label: countryName(r.key, locale) ?? r.key, count: r.count })) },
    { id: 'sector', title: t('after.uses.bySector'), rows: data.bySector.map((r) => ({ label: t(`after.use.sectors.${r.key}`), count: r.count })) },
    {
      id: 'recommend',
      title: t('after.uses.recommend'),
      rows: (['yes', 'maybe', 'no'] as const).map((k) => ({ label: t(`after.use.recommend.${k}`), count: data.recommend[k] })),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {groups.map((g) => {
        const max = Math.max(1, ...g.rows.map((r) => r.count));
        return (
          <Paper key={g.id} withBorder radius="md" p="md">
            <Title order={3} fz="md" mb="xs" id={`uses-${g.id}`}>
              {g.title}
            </Title>
            <ul className="after-counts" aria-labelledby={`uses-${g.id}`}>
              {g.rows.map((r) => (
                <li key={r.label}>
                  <span>{r.label}</span>
                  <span className="after-bar" style={{ width: `${(100 * r.count) / max}%`, minWidth: r.count ? undefined : 0 }} aria-hidden="true" />
                  <span className="after-count">{r.count}</span>
                </li>
              ))}
            </ul>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function UseCard({ use, canReply, onReply }: { use: UseView; canReply: boolean; onReply: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = formatDate(use.createdAt, locale) ?? '';
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={3} fz="md">
          {use.productTitle}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('after.uses.reported', { date })}
        </Text>
      </Group>
      <Text fz="sm">
        {t(`after.use.organisationTypes.${use.organisationType}`)} · {countryName(use.country, locale)} · {t(`after.use.sectors.${use.sector}`)} ·{' '}
        {t('after.uses.recommend')}: {t(`after.use.recommend.${use.recommend}`)}
      </Text>
      <div>
        <Text fz="sm" fw={600}>
          {t('after.uses.howUsed')}
        </Text>
        {/* what a stranger typed is shown as text, never as markup */}
        <Text fz="sm" className="after-text">
          {use.howUsed}
        </Text>
      </div>
      {use.feedback ? (
        <div>
          <Text fz="sm" fw={600}>
            {t('after.uses.feedback')}
          </Text>
          <Text fz="sm" className="after-text" data-testid="use-feedback">
            {use.feedback}
          </Text>
        </div>
      ) : null}
      {use.reply ? (
        <div>
          <Text fz="sm" fw={600}>
            {t('after.uses.yourReply', { date: formatDate(use.reply.at, locale) })}
          </Text>
          <Text fz="sm" className="after-text">
            {use.reply.text}
          </Text>
        </div>
      ) : null}
      {canReply ? (
        <Group>
          <Button size="compact-sm" variant="default" onClick={onReply} aria-label={t('after.uses.replyLabel', { date })}>
            {t('after.uses.reply')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function ReplyForm({ projectId, use, onSent, onCancel }: { projectId: string; use: UseView; onSent: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const form = useSubmit(replyInput, useReplyToUse(projectId, use.id), onSent);
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, { text })} noValidate>
      <Stack>
        <Text fz="sm">{use.email ? t('after.uses.replyIntro', { email: use.email }) : t('after.uses.replyIntroNoAddress')}</Text>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <Textarea
          label={t('after.uses.replyText')}
          required
          autosize
          minRows={4}
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={form.errors.text}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} submitLabel={t('after.uses.send')} />
      </Stack>
    </form>
  );
}
