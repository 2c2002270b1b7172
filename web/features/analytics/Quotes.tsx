import { Anchor, Blockquote, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { useTerms } from '../../lib/reference.js';
import { useAnalytics } from './queries.js';

/** The quotes behind one cell of evidence: a code of a codebook in a selection (the cell's group included). */
export interface QuoteRequest {
  codebook: 'typology' | 'levels' | 'factors';
  code: string;
  polarity?: 'promoting' | 'hindering';
  query: Query;
  /** what the dialog is called: the code and the cell's group in words */
  title: string;
}

const OpenQuotes = createContext<(request: QuoteRequest) => void>(() => {});

/** Holds the one quotes dialog of a dashboard; every count of evidence inside opens it for its cell. */
export function QuotesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<QuoteRequest | null>(null);
  return (
    <OpenQuotes.Provider value={setRequest}>
      {children}
      <Modal
        opened={request !== null}
        onClose={() => setRequest(null)}
        title={request ? t('analytics.quotes.title', { cell: request.title }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {request ? <QuoteList request={request} /> : null}
      </Modal>
    </OpenQuotes.Provider>
  );
}

/** A count of coded evidence that opens its quotes: the keyboard's and the screen reader's way to them. */
export function QuoteButton({ count, request, label }: { count: number; request: Omit<QuoteRequest, 'title'> & { title: string }; label: string }) {
  const open = useContext(OpenQuotes);
  return (
    <UnstyledButton className="analytics-count" onClick={() => open(request)} aria-label={label}>
      {count}
    </UnstyledButton>
  );
}

function QuoteList({ request }: { request: QuoteRequest }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const quotes = useAnalytics('quotes', {
    ...request.query,
    codebook: request.codebook,
    code: request.code,
    polarity: request.polarity,
  });
  return (
    <QueryState query={quotes}>
      {(data) =>
        data.suppressed ? (
          <Empty>{t('analytics.quotes.withheld')}</Empty>
        ) : data.items.length === 0 ? (
          <Empty>{t('analytics.quotes.none')}</Empty>
        ) : (
          <Stack gap="md">
            <Text fz="sm" role="status">
              {data.total > data.items.length
                ? t('analytics.quotes.some', { shown: data.items.length, count: data.total })
                : t('analytics.quotes.count', { count: data.total })}
            </Text>
            {data.items.map((q) => (
              <figure key={q.segmentId} style={{ margin: 0 }}>
                <Blockquote p="sm" color="impact" iconSize={0} fz="sm">
                  {q.text}
                </Blockquote>
                <Text component="figcaption" fz="xs" c="dimmed" mt={4}>
                  {q.speaker ? `${q.speaker.label} (${label('interviewee_role', q.speaker.role)}) · ` : ''}
                  <Anchor component={Link} to={`/sources/${q.sourceId}`} fz="xs">
                    {q.sourceTitle}
                  </Anchor>
                  {' · '}
                  <Anchor component={Link} to={`/projects/${q.projectId}`} fz="xs">
                    {q.projectTitle}
                  </Anchor>
                </Text>
              </figure>
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}
