import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, type LearningGoalsView } from '../../../shared/questionnaires.js';
import { useCodeOptions } from './ui.js';

const LANGUAGE_GOAL = 'PRO.language';

/** A learning goal as it is being written; `uid` tells goals apart while they are added and removed. */
export interface GoalDraft {
  uid: number;
  text: string;
  typologyCode: string;
  cefrNow: string;
  cefrTarget: string;
}

let nextUid = 1;
export const emptyGoal = (): GoalDraft => ({ uid: nextUid++, text: '', typologyCode: '', cefrNow: '', cefrTarget: '' });
export const toDraft = (g: LearningGoalsView['goals'][number]): GoalDraft => ({
  uid: nextUid++,
  text: g.text,
  typologyCode: g.typologyCode ?? '',
  cefrNow: g.cefrNow ?? '',
  cefrTarget: g.cefrTarget ?? '',
});

/** The learning goals as the server takes them: blank ones left out, CEFR levels only for a language goal. */
export function goalsInput(goals: GoalDraft[]) {
  const list = goals
    .filter((g) => g.text.trim() !== '')
    .map((g) => ({
      text: g.text.trim(),
      typologyCode: g.typologyCode || null,
      cefrNow: g.typologyCode === LANGUAGE_GOAL && g.cefrNow ? g.cefrNow : null,
      cefrTarget: g.typologyCode === LANGUAGE_GOAL && g.cefrTarget ? g.cefrTarget : null,
    }));
  return { goals: list };
}

/** The participant's own learning goals at T0, with a CEFR level now and aimed for when it is a language goal. */
export function GoalsEditor({ goals, onChange, errors }: { goals: GoalDraft[]; onChange: (goals: GoalDraft[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const typology = useCodeOptions('typology');
  const cefr = [{ value: '', label: t('questionnaires.goals.cefrNone') }, ...CEFR_LEVELS.map((l) => ({ value: l, label: l }))];
  const update = (uid: number, patch: Partial<GoalDraft>) => onChange(goals.map((g) => (g.uid === uid ? { ...g, ...patch } : g)));
  return (
    <section aria-labelledby="goals-heading">
      <Title order={2} id="goals-heading" mb="xs">
        {t('questionnaires.goals.heading')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        {t('questionnaires.goals.intro')}
      </Text>
      <Stack gap="md">
        {goals.map((goal, i) => (
          <fieldset key={goal.uid} className="item-editor">
            <legend>{t('questionnaires.goals.goal', { n: i + 1 })}</legend>
            <Stack gap="sm">
              <Textarea
                label={t('questionnaires.goals.text')}
                autosize
                minRows={2}
                maxLength={1000}
                value={goal.text}
                onChange={(e) => update(goal.uid, { text: e.currentTarget.value })}
                error={errors[`goals.${i}.text`]}
              />
              <NativeSelect
                label={t('questionnaires.goals.typology')}
                description={t('questionnaires.goals.typologyHint')}
                value={goal.typologyCode}
                onChange={(e) => update(goal.uid, { typologyCode: e.currentTarget.value })}
                data={[{ value: '', label: t('questionnaires.goals.none') }, ...typology.options]}
                error={errors[`goals.${i}.typologyCode`]}
              />
              {goal.typologyCode === LANGUAGE_GOAL ? (
                <SimpleGrid cols={{ base: 1, xs: 2 }}>
                  <NativeSelect
                    label={t('questionnaires.goals.cefrNow')}
                    value={goal.cefrNow}
                    onChange={(e) => update(goal.uid, { cefrNow: e.currentTarget.value })}
                    data={cefr}
                    error={errors[`goals.${i}.cefrNow`]}
                  />
                  <NativeSelect
                    label={t('questionnaires.goals.cefrTarget')}
                    value={goal.cefrTarget}
                    onChange={(e) => update(goal.uid, { cefrTarget: e.currentTarget.value })}
                    data={cefr}
                    error={errors[`goals.${i}.cefrTarget`]}
                  />
                </SimpleGrid>
              ) : null}
              {goals.length > 1 ? (
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red.9"
                    c="red.9"
                    size="compact-sm"
                    aria-label={t('questionnaires.goals.remove', { n: i + 1 })}
                    onClick={() => onChange(goals.filter((g) => g.uid !== goal.uid))}
                  >
                    {t('questionnaires.goals.removeShort')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </fieldset>
        ))}
        {goals.length < 10 ? (
          <Group>
            <Button variant="light" onClick={() => onChange([...goals, emptyGoal()])}>
              {t('questionnaires.goals.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </section>
  );
}
