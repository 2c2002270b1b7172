import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyHistoryView, SurveyView } from '../../../shared/questionnaires.js';
import { MOMENTS } from '../../../shared/reference.js';
import { TableRegion } from '../../components/TableRegion.js';
import { dateTime, shortDate } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { CertificateLink } from '../reports/CertificateLink.js';
import { useLearningGoals, useSurveyHistory } from './queries.js';
import { SurveyHeading } from './SurveyParts.js';
import { useCodeOptions } from './ui.js';

type Item = SurveyView['items'][number];

/** After submitting: thanks, the participant's own answers, and how their answers to the same statements changed. */
export function ThankYou({ token, survey, focusOnShow }: { token: string; survey: SurveyView; focusOnShow: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const stateItems = survey.items.filter((i) => i.kind === 'state');
  const history = useSurveyHistory(token, stateItems.length > 0);
  const goals = useLearningGoals(token, survey.moment === 'T0');
  const typology = useCodeOptions('typology');

  const answerText = (item: Item) => {
    const value = survey.answers[item.key];
    if (value === undefined || value === null || value === '') return <span className="q-dimmed">{t('questionnaires.survey.noAnswer')}</span>;
    if (typeof value === 'number') return value === 0 ? t('questionnaires.scale.v0') : `${value} – ${t(`questionnaires.scale.v${value as 1 | 2 | 3 | 4 | 5}`)}`;
    return value;
  };

  return (
    <Stack gap="lg">
      <div className="survey-card">
        <Stack gap="sm">
          <SurveyHeading survey={survey} title={t('questionnaires.survey.thanks')} headingRef={headingRef} />
          <Text>{t('questionnaires.survey.thanksText', { title: survey.title, date: dateTime(survey.submittedAt, locale) })}</Text>
          <Text c="dimmed">{t('questionnaires.survey.closeHint')}</Text>
        </Stack>
      </div>

      {survey.moment === 'T1' ? <CertificateLink token={token} /> : null}

      {history.data ? <HistoryTable history={history.data} items={stateItems} /> : null}

      {survey.moment === 'T0' && goals.data && goals.data.goals.length ? (
        <section aria-labelledby="my-goals">
          <Title order={2} id="my-goals" mb="sm">
            {t('questionnaires.goals.heading')}
          </Title>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm" component="ol" style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {goals.data.goals.map((g, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the participant's own goals in their order, read-only here; two may read the same
                <li key={i}>
                  <Text fw={600}>{g.text}</Text>
                  {g.typologyCode ? (
                    <Text fz="sm" c="dimmed">
                      {typology.label(g.typologyCode)}
                    </Text>
                  ) : null}
                  {g.cefrNow || g.cefrTarget ? (
                    <Text fz="sm" c="dimmed">
                      {t('questionnaires.goals.level', { now: g.cefrNow ?? '?', target: g.cefrTarget ?? '?' })}
                    </Text>
                  ) : null}
                </li>
              ))}
            </Stack>
          </Paper>
        </section>
      ) : null}

      <section aria-labelledby="my-answers">
        <Title order={2} id="my-answers" mb="sm">
          {t('questionnaires.survey.yourAnswers')}
        </Title>
        <div className="survey-card">
          <dl className="q-dl" style={{ gridTemplateColumns: '1fr' }}>
            {survey.items.map((item, i) => (
              <div key={item.key} style={{ marginBottom: '0.6rem' }}>
                <dt>
                  {i + 1}. {item.text}
                </dt>
                <dd>{answerText(item)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </section>
    </Stack>
  );
}

/** The participant's answers to the state items at each moment so far: the same statements, so change shows. */
function HistoryTable({ history, items }: { history: SurveyHistoryView; items: Item[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const moments = [...history.moments].sort((a, b) => MOMENTS.indexOf(a.moment) - MOMENTS.indexOf(b.moment));
  const cell = (value: number | string | undefined) => (value === undefined || value === '' ? '–' : value === 0 ? t('questionnaires.scaleNa') : String(value));
  return (
    <section aria-labelledby="history-heading">
      <Title order={2} id="history-heading" mb="xs">
        {t('questionnaires.survey.history')}
      </Title>
      {history.anonymous ? (
        <Text c="dimmed">{t('questionnaires.survey.anonymous')}</Text>
      ) : (
        <>
          <Text fz="sm" c="dimmed" mb="sm">
            {moments.length > 1
              ? t('questionnaires.survey.historyIntro')
              : `${t('questionnaires.survey.historyIntro')} ${t('questionnaires.survey.historyOne')}`}
          </Text>
          <TableRegion label={t('questionnaires.survey.historyTable')}>
            <Table className="history-table" aria-label={t('questionnaires.survey.historyTable')} horizontalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('questionnaires.survey.statement')}</Table.Th>
                  {moments.map((m) => (
                    <Table.Th scope="col" key={m.moment} ta="center">
                      {t(`questionnaires.moments.${m.moment}`)}
                      <span className="q-col-name">{t(`questionnaires.momentNames.${m.moment}`)}</span>
                      <span className="q-col-name">{shortDate(m.submittedAt, locale)}</span>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.key}>
                    <Table.Th scope="row" fw={400} fz="sm">
                      {item.text}
                    </Table.Th>
                    {moments.map((m) => (
                      <Table.Td key={m.moment} fw={600}>
                        {cell(m.answers[item.key])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableRegion>
        </>
      )}
    </section>
  );
}
