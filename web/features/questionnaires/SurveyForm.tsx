import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../../shared/messages.js';
import { learningGoalsInput, type SurveyView } from '../../../shared/questionnaires.js';
import type { Locale } from '../../../shared/reference.js';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/States.js';
import { errorMessage } from '../../lib/errors.js';
import { dateTime } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { validate } from '../../lib/validation.js';
import { emptyGoal, type GoalDraft, GoalsEditor, goalsInput, toDraft } from './GoalsEditor.js';
import { useLearningGoals, useSaveLearningGoals, useSubmitAnswers } from './queries.js';
import { Questions, SurveyHeading } from './SurveyParts.js';
import { offlineRefusal, SurveyProgress } from './SurveySaving.js';
import { useAutosave } from './useAutosave.js';

const isAnswered = (value: number | string | undefined) => value !== undefined && value !== '';

/** The questionnaire to fill in: its questions, the learning goals at T0, saving for later and submitting (after a confirmation). */
export function SurveyForm({ token, lang, survey, onSubmitted }: { token: string; lang: Locale | undefined; survey: SurveyView; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const autosave = useAutosave(token, survey);
  const answers = autosave.answers;
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // busy from the first request to the last: saving answers and goals, or goals and submitting
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const submit = useSubmitAnswers(token, lang);

  const withGoals = survey.moment === 'T0';
  const savedGoals = useLearningGoals(token, withGoals);
  const saveGoals = useSaveLearningGoals(token);
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
    autosave.set(key, value);
    if (fieldErrors[key]) setFieldErrors(({ [key]: _, ...rest }) => rest);
  };
  const answered = survey.items.filter((i) => isAnswered(answers[i.key])).length;
  const unanswered = survey.items.length - answered;

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
        if (path.startsWith('answers.')) fields[path.slice('answers.'.length)] ??= messageText(e.message, locale);
        else if (path.startsWith('goals.')) fields[path] ??= messageText(e.message, locale);
      }
    }
    setFieldErrors(fields);
    setError(err);
    focusFirstError();
  }

  /** The learning goals go first, when changed: checked here as the server checks them. */
  async function storeGoals() {
    if (!withGoals || !goalsDirty) return;
    const checked = validate(learningGoalsInput, goalsInput(goals ?? []));
    if (!checked.ok)
      throw new ApiError({
        type: 'about:blank',
        title: 'invalid_input',
        status: 400,
        code: 'invalid_input',
        detail: '',
        errors: Object.entries(checked.errors).map(([path, message]) => ({ path, message })),
      });
    await saveGoals.mutateAsync(checked.value);
    setGoalsDirty(false);
  }

  async function saveForLater() {
    setBusy('save');
    setError(undefined);
    setNotice(null);
    try {
      const sent = await autosave.flush();
      await storeGoals();
      setFieldErrors({});
      setNotice(sent ? t('questionnaires.survey.saved', { date: dateTime(survey.expiresAt, locale) }) : t('surveySaving.saveOffline'));
      setTimeout(() => noticeRef.current?.focus(), 0);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  async function submitAll() {
    setBusy('submit');
    setError(undefined);
    setNotice(null);
    try {
      if (!navigator.onLine) throw offlineRefusal();
      await storeGoals();
      await autosave.flush();
      await submit.mutateAsync({ answers: autosave.unsent() });
      autosave.forget();
      setConfirming(false);
      onSubmitted();
    } catch (err) {
      setConfirming(false);
      // submitted already (a second press, another tab): the page shows it as submitted
      if (err instanceof ApiError && err.code === 'survey.already_submitted') {
        autosave.forget(true);
        onSubmitted();
      } else fail(err);
    } finally {
      setBusy(null);
    }
  }

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

        <SurveyProgress survey={survey} answers={answers} state={autosave.state} error={autosave.error} />

        {error ? (
          <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')} tabIndex={-1}>
            <Text fz="sm" c="dark.9">
              {Object.keys(fieldErrors).length ? t('common.formErrors') : errorMessage(error, locale)}
            </Text>
          </Alert>
        ) : null}

        <Questions survey={survey} answers={answers} errors={fieldErrors} onAnswer={set} />

        {withGoals && goals ? <GoalsEditor goals={goals} onChange={changeGoals} errors={fieldErrors} /> : null}
        {withGoals && savedGoals.error ? <ErrorAlert error={savedGoals.error} onRetry={() => void savedGoals.refetch()} /> : null}

        <SurveyActions
          notice={notice}
          noticeRef={noticeRef}
          onCloseNotice={() => setNotice(null)}
          answered={answered}
          total={survey.items.length}
          busy={busy}
          onSave={() => void saveForLater()}
        />
      </Stack>

      <ConfirmSubmit
        opened={confirming}
        unanswered={unanswered}
        busy={busy === 'submit'}
        onClose={() => setConfirming(false)}
        onConfirm={() => void submitAll()}
      />
    </form>
  );
}

/** The end of the questionnaire: what was saved, how far the participant is, and the two ways on. */
function SurveyActions({
  notice,
  noticeRef,
  onCloseNotice,
  answered,
  total,
  busy,
  onSave,
}: {
  notice: string | null;
  noticeRef: RefObject<HTMLDivElement | null>;
  onCloseNotice: () => void;
  answered: number;
  total: number;
  busy: 'save' | 'submit' | null;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
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
            onClose={onCloseNotice}
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
          {t('questionnaires.survey.progress', { done: answered, total })}
        </Text>
        <div className="survey-buttons">
          <Button variant="default" onClick={onSave} loading={busy === 'save'} disabled={busy === 'submit'}>
            {t('questionnaires.survey.save')}
          </Button>
          <Button type="submit" disabled={busy === 'save'}>
            {t('questionnaires.survey.submit')}
          </Button>
        </div>
      </div>
    </div>
  );
}

/** Submitting is final: the participant confirms, told how many questions are still open. */
function ConfirmSubmit({
  opened,
  unanswered,
  busy,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  unanswered: number;
  busy: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('questionnaires.survey.confirmTitle')}
      size="md"
      closeButtonProps={{ 'aria-label': t('questionnaires.survey.close') }}
    >
      <Stack>
        <Text>{t('questionnaires.survey.confirmText')}</Text>
        <Text fw={600}>{unanswered ? t('questionnaires.survey.unanswered', { count: unanswered }) : t('questionnaires.survey.allAnswered')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('questionnaires.survey.back')}
          </Button>
          <Button onClick={onConfirm} loading={busy} data-autofocus>
            {t('questionnaires.survey.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
