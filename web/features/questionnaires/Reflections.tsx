import { NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../shared/questionnaires.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { longDay } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useInstruments, useReflections } from './queries.js';

const today = () => new Date().toISOString().slice(0, 10);

/** The group's daily reflections of one day of the activity, question by question, to adjust the programme. */
export function Reflections({ projectId, participants }: { projectId: string; participants: ParticipantView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const days = useMemo(() => {
    const byDay = new Map<string, { total: number; done: number }>();
    for (const p of participants)
      for (const i of p.invitations)
        if (i.moment === 'D' && i.status !== 'cancelled') {
          const d = byDay.get(i.day) ?? { total: 0, done: 0 };
          d.total += 1;
          if (i.status === 'completed') d.done += 1;
          byDay.set(i.day, d);
        }
    return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, n]) => ({ day, ...n }));
  }, [participants]);
  // the latest day with reflections in, else the latest day that has begun, else the first one planned
  const begun = days.filter((d) => d.day <= today());
  const fallback = begun.filter((d) => d.done > 0).at(-1)?.day ?? begun.at(-1)?.day ?? days[0]?.day ?? '';
  const [chosen, setChosen] = useState<string | null>(null);
  const day = chosen && days.some((d) => d.day === chosen) ? chosen : fallback;

  const reflections = useReflections(projectId, day);
  const library = useInstruments();
  const questions = useMemo(() => {
    const latest = (library.data ?? []).filter((i) => i.moment === 'D').sort((a, b) => b.version - a.version)[0];
    return new Map((latest?.items ?? []).map((i) => [i.key, locale === 'en' ? i.en : i.nl]));
  }, [library.data, locale]);

  if (!days.length) return <Empty>{t('questionnaires.reflections.noDays')}</Empty>;
  const current = days.find((d) => d.day === day);
  const list = reflections.data ?? [];
  // the questions of the latest daily questionnaire first, then any other question someone answered
  const keys = [...new Set([...questions.keys(), ...list.flatMap((r) => Object.keys(r.answers))])].filter((k) => list.some((r) => r.answers[k]));

  return (
    <Stack gap="md">
      <NativeSelect
        label={t('questionnaires.reflections.day')}
        value={day}
        onChange={(e) => setChosen(e.currentTarget.value)}
        data={days.map((d) => ({
          value: d.day,
          label: t('questionnaires.reflections.dayOption', { date: longDay(d.day, locale), done: d.done, total: d.total }),
        }))}
        maw={420}
      />
      <QueryState query={reflections}>
        {() =>
          list.length === 0 ? (
            <Empty>{t('questionnaires.reflections.none')}</Empty>
          ) : (
            <>
              <Text fz="sm" fw={600}>
                {t('questionnaires.reflections.count', { count: list.length, total: current?.total ?? list.length })}
              </Text>
              {keys.map((key) => (
                <Paper key={key} withBorder radius="md" p="md" component="section" aria-labelledby={`reflection-${key}`}>
                  <Title order={3} fz="md" mb="sm" id={`reflection-${key}`}>
                    {questions.get(key) ?? key}
                  </Title>
                  <Stack gap="xs" component="ul" className="plain-list">
                    {list
                      .filter((r) => r.answers[key])
                      .map((r) => (
                        <li key={r.respondent}>
                          <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
                            {r.answers[key]}
                          </Text>
                          <Text fz="xs" c="dimmed">
                            {r.respondent}
                          </Text>
                        </li>
                      ))}
                  </Stack>
                </Paper>
              ))}
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
