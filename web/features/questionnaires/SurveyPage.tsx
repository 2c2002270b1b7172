import { Alert, Button, Group, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type ReactNode, type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { CEFR_LEVELS, type LearningGoalsView, learningGoalsInput, type SurveyView } from '../../../shared/questionnaires.js';
import { LOCALES, type Locale, type Moment } from '../../../shared/reference.js';
import { ApiError } from '../../api/client.js';
import { type SurveyHistory, survey as surveyApi } from '../../api/questionnaires.js';
import { MAIN_ID } from '../../components/SkipLink.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { i18next, isLocale, storedLocale } from '../../i18n/index.js';
import { errorMessage, messageForKey } from '../../lib/errors.js';
import { useApi } from '../../lib/useApi.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { validate } from '../../lib/validation.js';
import { dateTime, longDay, shortDate, useCodeOptions, useLocale } from './ui.js';

// A participant's questionnaire behind their personal link: no account and no application menu,
// in the participant's own language, made for a phone first.

type Item = SurveyView['items'][number];
type Answers = Record<string, number | string>;
type GoalDraft = { text: string; typologyCode: string; cefrNow: string; cefrTarget: string };

const SCALE = [1, 2, 3, 4, 5] as const;
const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };
const LANGUAGE_GOAL = 'PRO.language';
const MOMENT_ORDER: Moment[] = ['T0', 'D', 'T1', 'T2', 'T3'];

/** Before the questionnaire says which language is the participant's: a choice made before, or the browser's. */
function fallbackLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  return typeof navigator !== 'undefined' && /^en\b/i.test(navigator.language) ? 'en' : 'nl';
}

const fieldId = (key: string) => `q-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function SurveyPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang');
  const lang = isLocale(asked) ? asked : undefined;
  const state = useApi(`${token}|${lang ?? ''}`, (signal) => surveyApi.get(token, lang, signal));
  // the language the participant chose on this page wins, then the one their coordinator registered
  const locale: Locale = lang ?? state.data?.locale ?? fallbackLocale();
  const [justSubmitted, setJustSubmitted] = useState(false);

  useEffect(() => {
    // only this page's language: not remembered as the browser's choice for the application
    if (i18next.resolvedLanguage !== locale) void i18next.changeLanguage(locale);
  }, [locale]);

  const problem = state.error && !state.data ? surveyProblem(state.error) : null;
  const title = state.data
    ? state.data.submittedAt
      ? t('questionnaires.survey.thanks')
      : state.data.title
    : problem
      ? t(`questionnaires.survey.${problem}Title`)
      : null;
  useDocumentTitle(title);

  const chooseLanguage = (next: Locale) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('lang', next);
        return copy;
      },
      { replace: true },
    );

  let content: ReactNode;
  if (problem) content = <SurveyProblem kind={problem} />;
  else if (state.error && !state.data) content = <ErrorAlert error={state.error} onRetry={state.reload} />;
  else if (!state.data) content = <LoadingState />;
  else if (state.data.submittedAt) content = <ThankYou token={token} survey={state.data} focusOnShow={justSubmitted} />;
  else
    content = (
      <SurveyForm
        token={token}
        survey={state.data}
        onSubmitted={(view) => {
          setJustSubmitted(true);
          state.setData(view);
        }}
      />
    );

  return (
    <SurveyShell locale={locale} onLanguage={chooseLanguage}>
      {state.error && state.data ? <ErrorAlert error={state.error} onRetry={state.reload} /> : null}
      {content}
    </SurveyShell>
  );
}

type Problem = 'expired' | 'cancelled' | 'notFound';

function surveyProblem(error: unknown): Problem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'survey.cancelled') return 'cancelled';
  if (error.status === 410 || error.code === 'survey.expired') return 'expired';
  // an unknown link, or one that is not even shaped like a link (400 on the token)
  if (error.status === 404 || error.status === 400) return 'notFound';
  return null;
}

/** The page around the questionnaire: a plain header with the name and the language, and the content. */
function SurveyShell({ locale, onLanguage, children }: { locale: Locale; onLanguage: (locale: Locale) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="survey-shell">
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="survey-header">
        <div className="survey-header-inner">
          <span className="survey-brand">
            <span className="product-mark" aria-hidden="true" />
            {t('questionnaires.survey.brand')}
          </span>
          <Group role="group" aria-label={t('questionnaires.survey.language')} gap={4} wrap="nowrap">
            {LOCALES.map((l) => (
              <Button
                key={l}
                size="compact-sm"
                variant={l === locale ? 'filled' : 'default'}
                aria-pressed={l === locale}
                lang={l}
                onClick={() => onLanguage(l)}
              >
                {LANGUAGE_NAMES[l]}
              </Button>
            ))}
          </Group>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="survey-main">
        {children}
      </main>
    </div>
  );
}

function SurveyProblem({ kind }: { kind: Problem }) {
  const { t } = useTranslation();
  const text = kind === 'notFound' ? t('errors.survey.not_found') : kind === 'expired' ? t('errors.survey.expired') : t('errors.survey.cancelled');
  return (
    <div className="survey-card">
      <Stack gap="md">
        <Title order={1}>{t(`questionnaires.survey.${kind}Title`)}</Title>
        <Text>{text}</Text>
        <Text c="dimmed">{t('questionnaires.survey.contact')}</Text>
      </Stack>
    </div>
  );
}

/** Project, title, day (for a daily reflection) and the introduction. */
function SurveyHeading({
  survey,
  title,
  headingRef,
  showDay = false,
}: {
  survey: SurveyView;
  title: string;
  headingRef?: Ref<HTMLHeadingElement>;
  showDay?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Stack gap={6}>
      <Text fz="sm" fw={600} c="impact.9">
        {survey.projectTitle}
      </Text>
      <Title order={1} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </Title>
      {showDay && survey.day ? <Text fw={600}>{t('questionnaires.survey.day', { date: longDay(survey.day, locale) })}</Text> : null}
    </Stack>
  );
}

const isAnswered = (value: number | string | undefined) => value !== undefined && value !== '';

function SurveyForm({ token, survey, onSubmitted }: { token: string; survey: SurveyView; onSubmitted: (view: SurveyView) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [answers, setAnswers] = useState<Answers>(() => {
    const initial: Answers = {};
    for (const [key, value] of Object.entries(survey.answers)) if (value !== null) initial[key] = value;
    return initial;
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const withGoals = survey.moment === 'T0';
  const savedGoals = useApi(withGoals ? `goals:${token}` : null, (signal) => surveyApi.goals(token, signal));
  const [goals, setGoals] = useState<GoalDraft[] | null>(null);
  const [goalsDirty, setGoalsDirty] = useState(false);
  useEffect(() => {
    if (savedGoals.data && goals === null) setGoals(savedGoals.data.goals.length ? savedGoals.data.goals.map(toDraft) : [emptyGoal()]);
  }, [savedGoals.data, goals]);
  const changeGoals = (next: GoalDraft[]) => {
    setGoals(next);
    setGoalsDirty(true);
  };

  const set = (key: string, value: number | string) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    if (fieldErrors[key]) setFieldErrors(({ [key]: _, ...rest }) => rest);
  };
  const answered = survey.items.filter((i) => isAnswered(answers[i.key])).length;
  const unanswered = survey.items.length - answered;

  const payload = () => ({ answers: Object.fromEntries(survey.items.map((i) => [i.key, isAnswered(answers[i.key]) ? answers[i.key]! : null])) });

  /** The learning goals as the server takes them: blank ones left out, CEFR levels only for a language goal. */
  function goalsInput() {
    const list = (goals ?? [])
      .filter((g) => g.text.trim() !== '')
      .map((g) => ({
        text: g.text.trim(),
        typologyCode: g.typologyCode || null,
        cefrNow: g.typologyCode === LANGUAGE_GOAL && g.cefrNow ? g.cefrNow : null,
        cefrTarget: g.typologyCode === LANGUAGE_GOAL && g.cefrTarget ? g.cefrTarget : null,
      }));
    return { goals: list };
  }

  const focusFirstError = () =>
    setTimeout(() => {
      const target = formRef.current?.querySelector<HTMLElement>('[data-invalid="true"] input, textarea[aria-invalid="true"], [data-invalid="true"] textarea');
      (target ?? formRef.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
    }, 0);

  function fail(err: unknown) {
    const fields: Record<string, string> = {};
    if (err instanceof ApiError) {
      for (const e of err.problem.errors ?? []) {
        const path = e.path.replace(/^body\./, '');
        if (path.startsWith('answers.')) fields[path.slice('answers.'.length)] ??= messageForKey(t, e.message);
        else if (path.startsWith('goals.')) fields[path] ??= messageForKey(t, e.message);
      }
    }
    setFieldErrors(fields);
    setError(err);
    focusFirstError();
  }

  async function storeGoals() {
    if (!withGoals || !goalsDirty) return;
    const checked = validate(learningGoalsInput, goalsInput());
    if (!checked.ok)
      throw new ApiError({
        type: 'about:blank',
        title: 'invalid_input',
        status: 400,
        code: 'invalid_input',
        detail: '',
        errors: Object.entries(checked.errors).map(([path, message]) => ({ path, message })),
      });
    const saved: LearningGoalsView = await surveyApi.saveGoals(token, checked.value);
    savedGoals.setData(saved);
    setGoalsDirty(false);
  }

  async function save() {
    setBusy('save');
    setError(undefined);
    setNotice(null);
    try {
      const view = await surveyApi.save(token, payload());
      await storeGoals();
      setFieldErrors({});
      setNotice(t('questionnaires.survey.saved', { date: dateTime(view.expiresAt, locale) }));
      setTimeout(() => noticeRef.current?.focus(), 0);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  async function submit() {
    setBusy('submit');
    setError(undefined);
    setNotice(null);
    try {
      await storeGoals();
      const view = await surveyApi.submit(token, payload());
      setConfirming(false);
      onSubmitted(view);
    } catch (err) {
      setConfirming(false);
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  const groups = groupItems(survey.items);
  const daily = survey.moment === 'D';
  let number = 0;
  const firstScaleGroup = groups.findIndex((g) => g.kind !== 'open');

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming(true);
      }}
    >
      <Stack gap="lg">
        <div className="survey-card">
          <Stack gap="sm">
            <SurveyHeading survey={survey} title={survey.title} showDay={survey.moment === 'D'} />
            {survey.intro ? <Text>{survey.intro}</Text> : null}
            <Text fz="sm" c="dimmed">
              {t('questionnaires.survey.until', { date: dateTime(survey.expiresAt, locale) })}
            </Text>
          </Stack>
        </div>

        {error ? (
          <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')} tabIndex={-1}>
            <Text fz="sm" c="dark.9">
              {Object.keys(fieldErrors).length ? t('common.formErrors') : errorMessage(t, error)}
            </Text>
          </Alert>
        ) : null}

        {groups.map((group, g) => {
          const questions = group.items.map((item) => {
            number += 1;
            return item.kind === 'open' ? (
              <Textarea
                key={item.key}
                id={fieldId(item.key)}
                label={`${number}. ${item.text}`}
                required={item.required}
                autosize
                minRows={daily ? 2 : 3}
                maxRows={12}
                maxLength={4000}
                value={typeof answers[item.key] === 'string' ? (answers[item.key] as string) : ''}
                onChange={(e) => set(item.key, e.currentTarget.value)}
                error={fieldErrors[item.key]}
                styles={{ label: { fontWeight: 600, fontSize: '1rem', lineHeight: 1.45, marginBottom: 6 } }}
              />
            ) : (
              <ScaleQuestion
                key={item.key}
                item={item}
                number={number}
                value={answers[item.key]}
                onChange={(v) => set(item.key, v)}
                error={fieldErrors[item.key]}
              />
            );
          });
          if (daily) {
            return (
              <div key={g} className="survey-card">
                <Stack gap="md">{questions}</Stack>
              </div>
            );
          }
          const headingId = `group-${g}`;
          return (
            <section key={g} aria-labelledby={headingId}>
              <Title order={2} id={headingId} mb="xs">
                {t(`questionnaires.survey.sections.${group.kind}`)}
              </Title>
              {g === firstScaleGroup ? (
                <Text fz="sm" c="dimmed" mb="sm">
                  {t('questionnaires.survey.scaleHint')}
                </Text>
              ) : null}
              <Stack gap="md">{questions}</Stack>
            </section>
          );
        })}

        {withGoals && goals ? <GoalsEditor goals={goals} onChange={changeGoals} errors={fieldErrors} /> : null}
        {withGoals && savedGoals.error ? <ErrorAlert error={savedGoals.error} onRetry={savedGoals.reload} /> : null}

        <div className="survey-card">
          <div role="status">
            {notice ? (
              <Alert
                ref={noticeRef}
                tabIndex={-1}
                mb="md"
                color="green"
                variant="light"
                withCloseButton
                onClose={() => setNotice(null)}
                closeButtonLabel={t('questionnaires.survey.close')}
              >
                <Text fz="sm" c="dark.9">
                  {notice}
                </Text>
              </Alert>
            ) : null}
          </div>
          <div className="survey-actions">
            <Text fz="sm" c="dimmed">
              {t('questionnaires.survey.progress', { done: answered, total: survey.items.length })}
            </Text>
            <div className="survey-buttons">
              <Button variant="default" onClick={() => void save()} loading={busy === 'save'} disabled={busy === 'submit'}>
                {t('questionnaires.survey.save')}
              </Button>
              <Button type="submit" disabled={busy === 'save'}>
                {t('questionnaires.survey.submit')}
              </Button>
            </div>
          </div>
        </div>
      </Stack>

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('questionnaires.survey.confirmTitle')}
        size="md"
        closeButtonProps={{ 'aria-label': t('questionnaires.survey.close') }}
      >
        <Stack>
          <Text>{t('questionnaires.survey.confirmText')}</Text>
          <Text fw={600}>{unanswered ? t('questionnaires.survey.unanswered', { count: unanswered }) : t('questionnaires.survey.allAnswered')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('questionnaires.survey.back')}
            </Button>
            <Button onClick={() => void submit()} loading={busy === 'submit'} data-autofocus>
              {t('questionnaires.survey.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}

/** Runs of items of the same kind, each shown under its own heading. */
function groupItems(items: Item[]): { kind: Item['kind']; items: Item[] }[] {
  const groups: { kind: Item['kind']; items: Item[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.kind === item.kind) last.items.push(item);
    else groups.push({ kind: item.kind, items: [item] });
  }
  return groups;
}

/** One statement on the five-point agreement scale plus "not applicable": a native radio group, so arrow keys and Space work. */
function ScaleQuestion({
  item,
  number,
  value,
  onChange,
  error,
}: {
  item: Item;
  number: number;
  value: number | string | undefined;
  onChange: (value: number) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = fieldId(item.key);
  const option = (v: 0 | 1 | 2 | 3 | 4 | 5, className = 'scale-option') => (
    <label key={v} className={className}>
      <input type="radio" name={id} value={v} checked={value === v} onChange={() => onChange(v)} />
      {v === 0 ? null : <span className="scale-value">{v}</span>}
      <span>{t(`questionnaires.scale.v${v}`)}</span>
    </label>
  );
  return (
    <fieldset className="scale" id={id} data-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        <span className="scale-number">{number}.</span>
        {item.text}
        {item.required ? <Text span c="red.9" fz="sm" fw={500}>{` (${t('questionnaires.survey.required')})`}</Text> : null}
      </legend>
      <div className="scale-options">{SCALE.map((v) => option(v))}</div>
      {option(0, 'scale-option scale-na')}
      {error ? (
        <p className="scale-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

const emptyGoal = (): GoalDraft => ({ text: '', typologyCode: '', cefrNow: '', cefrTarget: '' });
const toDraft = (g: LearningGoalsView['goals'][number]): GoalDraft => ({
  text: g.text,
  typologyCode: g.typologyCode ?? '',
  cefrNow: g.cefrNow ?? '',
  cefrTarget: g.cefrTarget ?? '',
});

/** The participant's own learning goals at T0, with a CEFR level now and aimed for when it is a language goal. */
function GoalsEditor({ goals, onChange, errors }: { goals: GoalDraft[]; onChange: (goals: GoalDraft[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const typology = useCodeOptions('typology');
  const cefr = [{ value: '', label: t('questionnaires.goals.cefrNone') }, ...CEFR_LEVELS.map((l) => ({ value: l, label: l }))];
  const update = (i: number, patch: Partial<GoalDraft>) => onChange(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
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
          <fieldset key={i} className="item-editor">
            <legend>{t('questionnaires.goals.goal', { n: i + 1 })}</legend>
            <Stack gap="sm">
              <Textarea
                label={t('questionnaires.goals.text')}
                autosize
                minRows={2}
                maxLength={1000}
                value={goal.text}
                onChange={(e) => update(i, { text: e.currentTarget.value })}
                error={errors[`goals.${i}.text`]}
              />
              <NativeSelect
                label={t('questionnaires.goals.typology')}
                description={t('questionnaires.goals.typologyHint')}
                value={goal.typologyCode}
                onChange={(e) => update(i, { typologyCode: e.currentTarget.value })}
                data={[{ value: '', label: t('questionnaires.goals.none') }, ...typology.options]}
                error={errors[`goals.${i}.typologyCode`]}
              />
              {goal.typologyCode === LANGUAGE_GOAL ? (
                <SimpleGrid cols={{ base: 1, xs: 2 }}>
                  <NativeSelect
                    label={t('questionnaires.goals.cefrNow')}
                    value={goal.cefrNow}
                    onChange={(e) => update(i, { cefrNow: e.currentTarget.value })}
                    data={cefr}
                    error={errors[`goals.${i}.cefrNow`]}
                  />
                  <NativeSelect
                    label={t('questionnaires.goals.cefrTarget')}
                    value={goal.cefrTarget}
                    onChange={(e) => update(i, { cefrTarget: e.currentTarget.value })}
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
                    onClick={() => onChange(goals.filter((_, j) => j !== i))}
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

/** After submitting: thanks, the participant's own answers, and how their answers to the same statements changed. */
function ThankYou({ token, survey, focusOnShow }: { token: string; survey: SurveyView; focusOnShow: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const stateItems = survey.items.filter((i) => i.kind === 'state');
  const history = useApi(stateItems.length ? `history:${token}` : null, (signal) => surveyApi.history(token, signal));
  const goals = useApi(survey.moment === 'T0' ? `goals:${token}` : null, (signal) => surveyApi.goals(token, signal));
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

      {history.data ? <HistoryTable history={history.data} items={stateItems} /> : null}

      {survey.moment === 'T0' && goals.data && goals.data.goals.length ? (
        <section aria-labelledby="my-goals">
          <Title order={2} id="my-goals" mb="sm">
            {t('questionnaires.goals.heading')}
          </Title>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm" component="ol" style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {goals.data.goals.map((g, i) => (
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
function HistoryTable({ history, items }: { history: SurveyHistory; items: Item[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const moments = [...history.moments].sort((a, b) => MOMENT_ORDER.indexOf(a.moment) - MOMENT_ORDER.indexOf(b.moment));
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
          <div className="table-wrap">
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
          </div>
        </>
      )}
    </section>
  );
}
