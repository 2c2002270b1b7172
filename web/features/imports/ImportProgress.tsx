import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobView } from '../../../shared/imports.js';
import { useLocale } from '../../lib/useLocale.js';
import { formatNumber } from '../../lib/format.js';
import { duration } from './labels.js';

/** The bar of a running import: which step, rows done, rows per second and time left. */
export function ImportProgress({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const step =
    job.status === 'queued'
      ? t('imports.progress.queued')
      : job.status === 'validating'
        ? t('imports.progress.validating')
        : job.mode === 'nothing'
          ? t('imports.progress.importingAfterCheck')
          : t('imports.progress.importing');
  const percent = Math.round(job.progress.fraction * 100);
  const details = [
    t('imports.progress.rows', { rows: formatNumber(job.progress.rowsDone, locale) }),
    job.progress.rowsPerSecond ? t('imports.progress.rate', { rate: formatNumber(job.progress.rowsPerSecond, locale) }) : null,
    job.progress.secondsLeft !== null && job.status !== 'queued' ? t('imports.progress.left', { time: duration(t, job.progress.secondsLeft) }) : null,
  ].filter(Boolean);
  return (
    <Stack gap={6} component="section" aria-label={t('imports.progress.label')}>
      <Text fw={600}>{step}</Text>
      <Progress value={percent} size="lg" aria-label={step} aria-valuetext={`${percent}%`} animated={job.status !== 'queued'} />
      <Text fz="sm" role="status">
        {percent}% · {details.join(' · ')}
      </Text>
    </Stack>
  );
}
