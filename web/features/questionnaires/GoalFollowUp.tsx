import { NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, type GoalAnswerInput, type SurveyView } from '../../../shared/questionnaires.js';

type Goal = SurveyView['goals'][number];
const REACHED = [1, 2, 3, 4, 5] as const;

/**
 * The participant's own learning goals followed up: on a day of the activity a note per goal, at
 * T1 and T2 how far each was reached (and the CEFR level now for a language goal).
 */
export function GoalFollowUp({
  survey,
  answers,
  onChange,
}: {
  survey: SurveyView;
  answers: Record<string, GoalAnswerInput>;
  onChange: (goalId: string, patch: GoalAnswerInput) => void;
}) {
  const { t } = useTranslation();
  const note = survey.goalFormat === 'note';
  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed">
        {t(note ? 'instruments.survey.goalsIntroNote' : 'instruments.survey.goalsIntro')}
      </Text>
      {survey.goals.map((goal, n) =>
        note ? (
          <Textarea
            key={goal.id}
            id={`goal-${goal.id}`}
            label={t('instruments.survey.goal', { n: n + 1, text: goal.text })}
            description={t('instruments.survey.note')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            value={answers[goal.id]?.note ?? ''}
            onChange={(e) => onChange(goal.id, { note: e.currentTarget.value })}
            styles={{ label: { fontWeight: 600, fontSize: '1rem', lineHeight: 1.45, marginBottom: 4 } }}
          />
        ) : (
          <GoalReached key={goal.id} goal={goal} n={n + 1} answer={answers[goal.id] ?? {}} onChange={(patch) => onChange(goal.id, patch)} />
        ),
      )}
    </Stack>
  );
}

/** How far one goal was reached, on a native radio group like the statements; a language goal also asks the level now. */
function GoalReached({ goal, n, answer, onChange }: { goal: Goal; n: number; answer: GoalAnswerInput; onChange: (patch: GoalAnswerInput) => void }) {
  const { t } = useTranslation();
  const id = `goal-${goal.id}`;
  const option = (v: 0 | 1 | 2 | 3 | 4 | 5, className = 'scale-option') => (
    <label key={v} className={className}>
      <input type="radio" name={id} value={v} checked={answer.reached === v} onChange={() => onChange({ ...answer, reached: v })} />
      {v === 0 ? null : <span className="scale-value">{v}</span>}
      <span>{t(`instruments.survey.reached.v${v}`)}</span>
    </label>
  );
  return (
    <fieldset className="scale" id={id}>
      <legend>{t('instruments.survey.goal', { n, text: goal.text })}</legend>
      {goal.language && (goal.cefrStart || goal.cefrTarget) ? (
        <Text fz="sm" c="dimmed" mb={6}>
          {t('instruments.survey.target', { start: goal.cefrStart ?? '–', target: goal.cefrTarget ?? '–' })}
        </Text>
      ) : null}
      <div className="scale-options">{REACHED.map((v) => option(v))}</div>
      {option(0, 'scale-option scale-na')}
      {goal.language ? (
        <NativeSelect
          mt="sm"
          label={t('instruments.survey.cefrNow')}
          value={answer.cefr ?? ''}
          onChange={(e) => onChange({ ...answer, cefr: (e.currentTarget.value || null) as GoalAnswerInput['cefr'] })}
          data={[{ value: '', label: t('instruments.survey.cefrUnknown') }, ...CEFR_LEVELS.map((l) => ({ value: l, label: l }))]}
        />
      ) : null}
    </fieldset>
  );
}
