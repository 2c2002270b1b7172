import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RetrievedSegmentView } from '../../../shared/coding.js';
import { type ExportFormat, type RetrievalFilter, retrieval as retrievalApi } from '../../api/coding.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { formatNumber } from '../../lib/format.js';
import { useMomentLabel, useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import type { CodeIndex } from './codes.js';
import { useRetrievedSegments } from './queries.js';
import { CodeChip, QuoteBadge, usePersonLabel } from './ui.js';

const LIMIT = 200;
/** The server's context on each side of a segment (code points): a full one was probably cut off. */
const CONTEXT = 160;
const FORMATS: ExportFormat[] = ['xlsx', 'csv'];

/** Links to download what is shown, as XLSX or CSV: plain links, so the browser saves the server's file. */
export function Downloads({ label, href }: { label: (format: string) => string; href: (format: ExportFormat) => string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" component="nav" aria-label={t('coding.retrievalPage.download')}>
      <Text fz="sm" fw={600}>
        {t('coding.retrievalPage.download')}:
      </Text>
      {FORMATS.map((format) => (
        <Button key={format} component="a" href={href(format)} download variant="default" size="compact-sm">
          {label(format.toUpperCase())}
        </Button>
      ))}
    </Group>
  );
}

/** The segments that match the filters (the first LIMIT), each with its context, codes and case. */
export function RetrievedSegments({ filter, index }: { filter: RetrievalFilter; index: CodeIndex }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useRetrievedSegments({ ...filter, limit: LIMIT });
  return (
    <section aria-labelledby="segments-heading">
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} id="segments-heading" fz="h3">
          {t('coding.retrievalPage.resultsLabel')}
        </Title>
        <Downloads
          label={(format) => t('coding.retrievalPage.downloadSegments', { format })}
          href={(format) => retrievalApi.segmentsExportUrl(filter, format)}
        />
      </Group>
      <Text fw={600} role="status" aria-live="polite" mb="sm" mih={24}>
        {list.data ? t('coding.retrievalPage.count', { count: list.data.length, formatted: formatNumber(list.data.length, locale) }) : ''}
        {list.data && list.data.length >= LIMIT ? ` ${t('coding.retrievalPage.limited', { count: LIMIT })}` : ''}
      </Text>
      <QueryState query={list}>
        {(segments) =>
          segments.length ? (
            <Stack
              component="ol"
              className="plain-list"
              gap="sm"
              aria-busy={list.isPlaceholderData}
              style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}
            >
              {segments.map((segment) => (
                <RetrievedSegment key={segment.id} segment={segment} index={index} />
              ))}
            </Stack>
          ) : (
            <Empty>{t('coding.retrievalPage.empty')}</Empty>
          )
        }
      </QueryState>
    </section>
  );
}

/** One coded segment with its context, project, source, codes and memo. */
export function RetrievedSegment({ segment, index }: { segment: RetrievedSegmentView; index: CodeIndex }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const personLabel = usePersonLabel();
  const momentLabel = useMomentLabel();
  const facts = [
    label('sector', segment.project.sector),
    segment.project.keyAction,
    momentLabel(segment.source.moment),
    segment.interviewee ? personLabel(segment.interviewee) : null,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/projects/${segment.project.id}`} fw={600} fz="sm" underline="always">
              {segment.project.title}
            </Anchor>
            <Text fz="sm">
              {t('coding.retrievalPage.source')}:{' '}
              <Anchor component={Link} to={`/sources/${segment.source.id}`} underline="always">
                {segment.source.title}
              </Anchor>
            </Text>
            <Text fz="xs" c="dimmed">
              {facts.join(' · ')}
            </Text>
          </div>
          {segment.isQuote ? <QuoteBadge /> : null}
        </Group>
        <Text className="retrieved-text">
          {segment.before ? <span className="context">{[...segment.before].length >= CONTEXT ? `…${segment.before.trimStart()}` : segment.before}</span> : null}
          <mark>{segment.text}</mark>
          {segment.after ? <span className="context">{[...segment.after].length >= CONTEXT ? `${segment.after.trimEnd()}…` : segment.after}</span> : null}
        </Text>
        <Group gap={6} component="ul" className="plain-list" aria-label={t('coding.retrievalPage.codes')}>
          {distinctCodes(segment.codes).map((code) => (
            <li key={`${code.codebookKey}:${code.key}:${code.polarity ?? ''}`}>
              <CodeChip code={index.byKey.get(`${code.codebookKey}:${code.key}`)} fallbackKey={code.key} polarity={code.polarity} />
            </li>
          ))}
        </Group>
        {segment.memo ? (
          <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
            <Text span fw={600}>
              {t('coding.segment.memo')}:
            </Text>{' '}
            {segment.memo}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** A code given by several coders is shown once. */
function distinctCodes(codes: RetrievedSegmentView['codes']): RetrievedSegmentView['codes'] {
  const seen = new Set<string>();
  return codes.filter((c) => {
    const key = `${c.codebookKey}:${c.key}:${c.polarity ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
