import { Alert, Button, Group, Paper, Radio, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  READINESS_PHASES,
  READINESS_QUESTIONS,
  type ReadinessPhase,
  type ReadinessProfileView,
  type ReadinessQuestion,
  type ReadinessView,
  readinessInput,
} from '../../../shared/impact-model.js';
import { READINESS_TEXTS } from '../../../shared/readiness-texts.js';
import { FormError } from '../../components/FormError.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { useCodebook } from './labels.js';
import { useReadiness, useSaveReadiness } from './queries.js';

/**
 * The readiness check: the report's success factors as questions, answered 1-5 before the project
 * and again at its end; a profile per factor side by side, with advice for each weak factor.
 */
export function ReadinessCheck({ projectId }: { projectId: string }) {
  const readiness = useReadiness(projectId);
  return <QueryState query={readiness}>{(view) => <Readiness projectId={projectId} view={view} />}</QueryState>;
}

function Readiness({ projectId, view }: { projectId: string; view: ReadinessView }) {
  const { t } = useTranslation();
  const answered = view.before !== null || view.end !== null;
  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('impactModel.readiness.heading')}</Title>
        <Text c="dimmed" mt={4} maw="75ch">
          {t('impactModel.readiness.intro')}
        </Text>
      </div>
      {answered ? (
        <>
          <Profile view={view} />
          <Advice view={view} />
        </>
      ) : (
        <Empty>{t('impactModel.readiness.noProfile')}</Empty>
      )}
      {view.canEdit ? <ReadinessForm projectId={projectId} view={view} /> : null}
    </Stack>
  );
}

function ScoreCell({ profile, question }: { profile: ReadinessProfileView | null; question: ReadinessQuestion }) {
  const { t } = useTranslation();
  const score = profile?.scores.find((s) => s.question === question);
  if (!score || score.score === null) {
    return (
      <Text fz="sm" c="dimmed">
        {t('impactModel.readiness.notAnsweredShort')}
      </Text>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap">
      <div className="im-bar" aria-hidden="true">
        <div className={score.weak ? 'im-bar__fill im-bar__fill--weak' : 'im-bar__fill'} style={{ width: `${(score.score / 5) * 100}%` }} />
      </div>
      <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {t('impactModel.readiness.score', { score: score.score })}
      </Text>
      {score.weak ? <span className="im-weak">{t('impactModel.readiness.weak')}</span> : null}
    </Group>
  );
}

function Profile({ view }: { view: ReadinessView }) {
  const { t } = useTranslation();
  const factors = useCodebook('factor');
  const locale = useLocale();
  const phaseHeader = (phase: ReadinessPhase) => {
    const profile = view[phase];
    return (
      <>
        {t(`impactModel.readiness.phases.${phase}`)}
        <Text component="span" display="block" fz="xs" fw={400} c="dimmed">
          {profile ? t('impactModel.readiness.answeredAt', { date: formatDate(profile.answeredAt, locale) }) : t('impactModel.readiness.notAnswered')}
        </Text>
      </>
    );
  };
  return (
    <section aria-labelledby="readiness-profile-heading">
      <Title order={3} id="readiness-profile-heading">
        {t('impactModel.readiness.profile')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        {t('impactModel.readiness.profileIntro')}
      </Text>
      <TableRegion label={t('impactModel.readiness.profile')}>
        <Table aria-labelledby="readiness-profile-heading" className="im-profile">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('impactModel.readiness.factor')}</Table.Th>
              {READINESS_PHASES.map((phase) => (
                <Table.Th scope="col" key={phase} style={{ whiteSpace: 'normal' }}>
                  {phaseHeader(phase)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {READINESS_QUESTIONS.map((question) => (
              <Table.Tr key={question}>
                <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top' }}>
                  <Text fz="sm" fw={600}>
                    {factors.label(READINESS_TEXTS[question].factor)}
                  </Text>
                  <Text fz="xs" c="dimmed" maw="48ch">
                    {READINESS_TEXTS[question].question[locale]}
                  </Text>
                </Table.Th>
                {READINESS_PHASES.map((phase) => (
                  <Table.Td key={phase} style={{ verticalAlign: 'top', minWidth: '14rem' }}>
                    <ScoreCell profile={view[phase]} question={question} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr className="im-profile__average">
              <Table.Th scope="row">{t('impactModel.readiness.average')}</Table.Th>
              {READINESS_PHASES.map((phase) => (
                <Table.Td key={phase} fw={700}>
                  {view[phase]?.average != null
                    ? t('impactModel.readiness.score', { score: formatNumber(view[phase]!.average!, locale, { maximumFractionDigits: 1 }) })
                    : '—'}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </TableRegion>
    </section>
  );
}

function Advice({ view }: { view: ReadinessView }) {
  const { t } = useTranslation();
  const factors = useCodebook('factor');
  const locale = useLocale();
  return (
    <section aria-labelledby="readiness-advice-heading">
      <Title order={3} id="readiness-advice-heading" mb="sm">
        {t('impactModel.readiness.advice')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {READINESS_PHASES.map((phase) => {
          const profile = view[phase];
          const weak = profile?.scores.filter((s) => s.weak) ?? [];
          return (
            <Paper key={phase} withBorder radius="md" p="md" component="section" aria-labelledby={`advice-${phase}`}>
              <Title order={4} fz="md" id={`advice-${phase}`} mb="xs">
                {t(`impactModel.readiness.phases.${phase}`)}
              </Title>
              {!profile ? (
                <Text fz="sm" c="dimmed">
                  {t('impactModel.readiness.noProfile')}
                </Text>
              ) : weak.length ? (
                <Stack component="ul" gap="sm" className="plain-list">
                  {weak.map((s) => (
                    <li key={s.question} className="im-advice">
                      <Text fz="sm" fw={700}>
                        {factors.label(READINESS_TEXTS[s.question].factor)} ({t('impactModel.readiness.score', { score: s.score })})
                      </Text>
                      <Text fz="sm">{READINESS_TEXTS[s.question].advice[locale]}</Text>
                    </li>
                  ))}
                </Stack>
              ) : (
                <Text fz="sm">{t('impactModel.readiness.noAdvice')}</Text>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </section>
  );
}

type Answers = Partial<Record<ReadinessQuestion, number>>;

function answersOf(profile: ReadinessProfileView | null): Answers {
  return Object.fromEntries((profile?.scores ?? []).filter((s) => s.score !== null).map((s) => [s.question, s.score])) as Answers;
}

function ReadinessForm({ projectId, view }: { projectId: string; view: ReadinessView }) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<ReadinessPhase>(view.before && !view.end ? 'end' : 'before');
  return (
    <section aria-labelledby="readiness-form-heading">
      <Title order={3} id="readiness-form-heading" mb="sm">
        {t('impactModel.readiness.formHeading', { phase: t(`impactModel.readiness.phases.${phase}`) })}
      </Title>
      <Stack gap={4} mb="md">
        <Text fz="sm" fw={500} id="readiness-phase-label">
          {t('impactModel.readiness.phaseLabel')}
        </Text>
        <SegmentedControl
          aria-labelledby="readiness-phase-label"
          value={phase}
          onChange={(v) => setPhase(v as ReadinessPhase)}
          data={READINESS_PHASES.map((p) => ({ value: p, label: t(`impactModel.readiness.phases.${p}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <PhaseForm key={phase} projectId={projectId} phase={phase} initial={answersOf(view[phase])} />
    </section>
  );
}

function PhaseForm({ projectId, phase, initial }: { projectId: string; phase: ReadinessPhase; initial: Answers }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [answers, setAnswers] = useState<Answers>(initial);
  const [saved, setSaved] = useState(false);
  const form = useSubmit(readinessInput, useSaveReadiness(projectId, phase), () => setSaved(true));
  return (
    <form ref={form.formRef} onSubmit={(e: FormEvent) => void form.submit(e, { answers })} noValidate>
      <Stack gap="md">
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        {READINESS_QUESTIONS.map((question, i) => (
          <Paper key={question} withBorder radius="md" p="md">
            <Radio.Group
              label={`${i + 1}. ${READINESS_TEXTS[question].question[locale]}`}
              description={t('impactModel.readiness.scale')}
              value={answers[question] ? String(answers[question]) : null}
              onChange={(v) => {
                setSaved(false);
                setAnswers((a) => ({ ...a, [question]: Number(v) }));
              }}
              error={form.errors[`answers.${question}`]}
            >
              <Group gap="lg" mt="xs">
                {(['1', '2', '3', '4', '5'] as const).map((score) => (
                  <Radio key={score} value={score} label={t(`impactModel.readiness.option.${score}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Paper>
        ))}
        {saved ? (
          <Alert color="green" variant="light" role="status">
            <Text fz="sm" c="dark.9">
              {t('impactModel.readiness.saved')}
            </Text>
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={form.busy}>
            {t('impactModel.readiness.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
