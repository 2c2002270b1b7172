import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/reference.js';
import { REPORT_FORMATS, type ReportFormat, type ReportKind } from '../../../shared/reports.js';
import { ErrorAlert } from '../../components/States.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { useLocale } from '../../lib/useLocale.js';
import { useRequestReport } from './queries.js';

/** The kind (when there is a choice), language and file of a report, and the button that asks for it. */
export function GenerateForm({ kinds, projectIds }: { kinds: ReportKind[]; projectIds: string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [kind, setKind] = useState<ReportKind>(kinds[0]!);
  const [lang, setLang] = useState<Locale>(locale);
  const [format, setFormat] = useState<ReportFormat>('docx');
  const [notice, setNotice] = useState<string | null>(null);
  const request = useRequestReport();
  const submit = async () => {
    setNotice(null);
    await request.mutateAsync({ kind, projectIds, lang, format });
    setNotice(t('reports.generate.queued'));
  };
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          {kinds.length > 1 ? (
            <NativeSelect
              label={t('reports.generate.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as ReportKind)}
              data={kinds.map((k) => ({ value: k, label: t(`reports.generate.kinds.${k}`) }))}
            />
          ) : null}
          <NativeSelect
            label={t('reports.generate.lang')}
            value={lang}
            onChange={(e) => setLang(e.currentTarget.value as Locale)}
            data={LOCALES.map((l) => ({ value: l, label: l === 'nl' ? 'Nederlands' : 'English' }))}
          />
          <NativeSelect
            label={t('reports.generate.format')}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as ReportFormat)}
            data={REPORT_FORMATS.map((f) => ({ value: f, label: t(`reports.generate.formats.${f}`) }))}
          />
          <Button onClick={() => void submit().catch(() => undefined)} loading={request.isPending} disabled={!projectIds.length}>
            {t('reports.generate.submit')}
          </Button>
        </Group>
        {!projectIds.length ? (
          <Text fz="sm" c="dimmed">
            {t('reports.generate.needProjects')}
          </Text>
        ) : null}
        {request.error ? <ErrorAlert error={request.error} /> : null}
        <StatusNotice notice={notice} onClose={() => setNotice(null)} />
      </Stack>
    </Paper>
  );
}
