import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.js';
import { formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useCodebooks } from '../coding/queries.js';
import { CodeChip } from '../coding/ui.js';
import { useSuggestions } from './queries.js';

/**
 * Proposed typology codes per sentence, with the words behind each proposal. Nothing is applied:
 * "Code this sentence" selects it so that the coder decides in the coding panel.
 */
export function SuggestionsPanel({
  sourceId,
  canEdit,
  onSelect,
}: {
  sourceId: string;
  canEdit: boolean;
  onSelect: (span: { start: number; end: number }) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { index } = useCodebooks();
  const suggestions = useSuggestions(sourceId);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="suggestions-heading">
      <Title order={2} fz="h4" id="suggestions-heading" mb={4}>
        {t('codingAnalysis.suggestions.title')}
      </Title>
      <Text fz="sm" mb="sm">
        {t('codingAnalysis.suggestions.intro')}
      </Text>
      <QueryState query={suggestions}>
        {(data) =>
          data.sentences.length === 0 ? (
            <Text fz="sm">{t('codingAnalysis.suggestions.none')}</Text>
          ) : (
            <List listStyleType="none" spacing="sm" className="suggestion-list">
              {data.sentences.map((s) => (
                <List.Item key={s.start}>
                  <Stack gap={4}>
                    <Text fz="sm">“{s.text}”</Text>
                    <Group gap="xs">
                      {s.suggestions.map((g) => (
                        <Group key={g.code} gap={4} wrap="nowrap">
                          <CodeChip code={index.byKey.get(`typology:${g.code}`)} fallbackKey={g.code} />
                          <Text fz="xs">
                            {t('codingAnalysis.suggestions.score', { score: formatNumber(g.score, locale, { maximumFractionDigits: 2 }) })} ·{' '}
                            {t('codingAnalysis.suggestions.triggeredBy', { words: g.words.join(', ') })}
                          </Text>
                        </Group>
                      ))}
                      {canEdit ? (
                        <Button size="compact-xs" variant="default" onClick={() => onSelect({ start: s.start, end: s.end })}>
                          {t('codingAnalysis.suggestions.select')}
                        </Button>
                      ) : null}
                    </Group>
                  </Stack>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </Paper>
  );
}
