import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FullCodebookView, SuggestionModelsView } from '../../../shared/coding.js';
import type { Locale } from '../../../shared/reference.js';
import { QueryState } from '../../components/QueryState.js';
import { TableRegion } from '../../components/TableRegion.js';
import { dateTime, formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { type CodeIndex, codeName } from '../coding/codes.js';
import { useSuggestionModels } from './queries.js';

type Model = SuggestionModelsView['models'][number];
type Figures = NonNullable<Model['measured']>['overall'];

/**
 * How well a codebook's suggestions do, as the coder should know before trusting them: where they
 * come from (a model learned from whose coding, or the typology's word list), when it was trained,
 * on how much, and its cross-validated precision, recall and F1 per domain and overall, with n.
 * The language of the source comes first.
 */
export function SuggestionFigures({ book, index, language }: { book: FullCodebookView; index: CodeIndex; language: Locale }) {
  const { t } = useTranslation();
  const models = useSuggestionModels(book.id);
  return (
    <QueryState query={models}>
      {(view) => (
        <Stack gap="sm">
          {[...view.models]
            .sort((a, b) => Number(b.language === language) - Number(a.language === language))
            .map((model) => (
              <ModelFigures key={model.language} model={model} book={book} index={index} />
            ))}
          <Text fz="xs" c="dimmed">
            {t('codingAnalysis.figures.how', { count: view.retrainAfter })}
          </Text>
        </Stack>
      )}
    </QueryState>
  );
}

function ModelFigures({ model, book, index }: { model: Model; book: FullCodebookView; index: CodeIndex }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const languageName = t(`coding.languages.${model.language}`);
  const num = (n: number) => formatNumber(n, locale);
  let summary: string;
  if (model.source === 'learned')
    summary = t('codingAnalysis.figures.learned', {
      language: languageName,
      from: t(`codingAnalysis.figures.from.${model.learnedFrom ?? 'organisation'}`),
      date: dateTime(model.trainedAt, locale),
      examples: num(model.examples),
      codings: num(model.codings),
    });
  else if (model.source === 'lexicon') summary = t('codingAnalysis.figures.lexicon', { language: languageName });
  else summary = t('codingAnalysis.figures.none', { language: languageName });
  const m = model.measured;
  const groupName = (group: string) => {
    const code = index.byKey.get(`${book.key}:${group}`);
    return code ? `${book.kind === 'typology' ? `${group} ` : ''}${codeName(code, locale)}` : group;
  };
  const caption = t('codingAnalysis.figures.caption', { language: languageName, count: m?.fragments ?? 0, folds: m?.folds ?? 0 });
  return (
    <div>
      <Text fz="sm">
        {summary}
        {model.training ? ` ${t('codingAnalysis.figures.training')}` : ''}
      </Text>
      {model.source === 'learned' && !m ? (
        <Text fz="sm" c="dimmed">
          {t('codingAnalysis.figures.notMeasured')}
        </Text>
      ) : null}
      {m ? (
        <TableRegion className="table-scroll" label={caption}>
          <Table withTableBorder miw={420} fz="sm" mt={4}>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{book.kind === 'typology' ? t('codingAnalysis.figures.domain') : t('codingAnalysis.figures.code')}</Table.Th>
                <Table.Th scope="col">n</Table.Th>
                <Table.Th scope="col">{t('codingAnalysis.figures.precision')}</Table.Th>
                <Table.Th scope="col">{t('codingAnalysis.figures.recall')}</Table.Th>
                <Table.Th scope="col">F1</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.byGroup.map((g) => (
                <FiguresRow key={g.group} label={groupName(g.group)} figures={g} />
              ))}
              <FiguresRow label={t('codingAnalysis.figures.overall')} figures={m.overall} strong />
              {book.kind === 'typology' ? <FiguresRow label={t('codingAnalysis.figures.domainOverall')} figures={m.domainOverall} strong /> : null}
            </Table.Tbody>
          </Table>
        </TableRegion>
      ) : null}
    </div>
  );
}

function FiguresRow({ label, figures, strong }: { label: string; figures: Figures; strong?: boolean }) {
  const locale = useLocale();
  const share = (v: number | null) => (v === null ? '–' : formatNumber(v, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={strong ? 700 : 400}>
        {label}
      </Table.Th>
      <Table.Td>{formatNumber(figures.n, locale)}</Table.Td>
      <Table.Td>{share(figures.precision)}</Table.Td>
      <Table.Td>{share(figures.recall)}</Table.Td>
      <Table.Td fw={strong ? 700 : 400}>{share(figures.f1)}</Table.Td>
    </Table.Tr>
  );
}
