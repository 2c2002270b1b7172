import { Button, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FullCodebookView, SourceView } from '../../../shared/coding.js';
import { QueryState } from '../../components/QueryState.js';
import { formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { bookName, type CodeEntry, type CodeIndex, codeName } from '../coding/codes.js';
import type { Span } from '../coding/text.js';
import { CodeChip } from '../coding/ui.js';
import { useSuggestions } from './queries.js';
import { SuggestionFigures } from './SuggestionFigures.js';

/**
 * Proposed codes per sentence from the chosen codebook, each with its score and the words behind
 * it, and how well that codebook's suggestions do. Nothing is coded by itself: "Accept" codes the
 * sentence with the proposed code in one click (undone with the workspace's undo), "Code this
 * sentence" selects it for the coding panel.
 */
export function SuggestionsPanel({
  source,
  books,
  index,
  canEdit,
  me,
  busy,
  onSelect,
  onAccept,
}: {
  source: SourceView;
  books: FullCodebookView[];
  index: CodeIndex;
  canEdit: boolean;
  me: string;
  busy: boolean;
  onSelect: (span: Span) => void;
  onAccept: (span: Span, code: CodeEntry) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [bookKey, setBookKey] = useState('typology');
  const book = books.find((b) => b.key === bookKey) ?? books[0];
  const suggestions = useSuggestions(source.id, book?.key ?? 'typology');
  const coded = (span: Span, codeId: string) =>
    source.segmentList.some((s) => s.start === span.start && s.end === span.end && s.codings.some((c) => c.codeId === codeId && c.coderId === me));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="suggestions-heading">
      <Title order={2} fz="h4" id="suggestions-heading" mb={4}>
        {t('codingAnalysis.suggestions.title')}
      </Title>
      <Text fz="sm" mb="sm">
        {t('codingAnalysis.suggestions.intro')}
      </Text>
      <Stack gap="md">
        <NativeSelect
          label={t('codingAnalysis.suggestions.codebook')}
          value={book?.key ?? ''}
          onChange={(e) => setBookKey(e.currentTarget.value)}
          data={books.map((b) => ({ value: b.key, label: bookName(b, locale) }))}
          maw={360}
        />
        {book ? (
          <details className="suggestion-figures">
            <summary>{t('codingAnalysis.figures.title', { book: bookName(book, locale) })}</summary>
            <SuggestionFigures book={book} index={index} language={source.language} />
          </details>
        ) : null}
        <QueryState query={suggestions}>
          {(data) =>
            data.sentences.length === 0 ? (
              <Text fz="sm">{t('codingAnalysis.suggestions.none')}</Text>
            ) : (
              <List listStyleType="none" spacing="sm" className="suggestion-list" aria-busy={suggestions.isPlaceholderData || undefined}>
                {data.sentences.map((s) => (
                  <List.Item key={s.start}>
                    <Stack gap={6}>
                      <Text fz="sm">“{s.text}”</Text>
                      {s.suggestions.map((g) => {
                        const code = book ? index.byKey.get(`${book.key}:${g.code}`) : undefined;
                        const name = code ? codeName(code, locale) : g.code;
                        return (
                          <Group key={g.code} gap="xs" wrap="wrap">
                            <CodeChip code={code} fallbackKey={g.code} />
                            <Text fz="xs">
                              {t('codingAnalysis.suggestions.score', { score: formatNumber(g.score, locale, { maximumFractionDigits: 2 }) })}
                              {g.words.length ? ` · ${t('codingAnalysis.suggestions.triggeredBy', { words: g.words.join(', ') })}` : ''}
                            </Text>
                            {canEdit && code && !code.archived ? (
                              coded(s, code.id) ? (
                                <Text fz="xs" fw={600}>
                                  {t('codingAnalysis.suggestions.alreadyCoded')}
                                </Text>
                              ) : (
                                <Button
                                  size="compact-xs"
                                  disabled={busy}
                                  aria-label={t('codingAnalysis.suggestions.acceptLabel', { code: name })}
                                  onClick={() => onAccept({ start: s.start, end: s.end }, code)}
                                >
                                  {t('codingAnalysis.suggestions.accept')}
                                </Button>
                              )
                            ) : null}
                          </Group>
                        );
                      })}
                      {canEdit ? (
                        <Group>
                          <Button size="compact-xs" variant="default" onClick={() => onSelect({ start: s.start, end: s.end })}>
                            {t('codingAnalysis.suggestions.select')}
                          </Button>
                        </Group>
                      ) : null}
                    </Stack>
                  </List.Item>
                ))}
              </List>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
