import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SurveyView } from '../../../shared/questionnaires.js';
import { ApiError } from '../../api/client.js';
import { keys } from '../../api/keys.js';
import { survey as surveyApi } from '../../api/questionnaires.js';
import { type AnswerChange, clearDraft, markSent, type PendingAnswers, readPending, writePending, writeStoredView } from './draftStore.js';

type Answers = Record<string, number | string>;

/**
 * idle: nothing to send · waiting: a change is about to be sent · saving: on its way · saved: the server has
 * every answer · offline: kept on this device until the connection is back · error: the server refused.
 */
export type SaveState = 'idle' | 'waiting' | 'saving' | 'saved' | 'offline' | 'error';

/** A pause in answering this long sends what changed: one request per pause, not per keystroke. */
const QUIET_MS = 800;
/** After a server hiccup (5xx, 429) the answers are offered again this much later. */
const RETRY_MS = 5000;

const isNetworkError = (error: unknown) => error instanceof ApiError && error.status === 0;
const hasPending = (pending: PendingAnswers) => Object.keys(pending).length > 0;
const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

function withPending(saved: SurveyView['answers'], pending: PendingAnswers): Answers {
  const answers: Answers = {};
  for (const [key, value] of Object.entries(saved)) if (value !== null) answers[key] = value;
  for (const [key, value] of Object.entries(pending)) {
    if (value === null || value === '') delete answers[key];
    else answers[key] = value;
  }
  return answers;
}

/**
 * The answers of a questionnaire as the participant gives them: each change is kept in this browser at once
 * and sent to the server after a short pause; what could not be sent is sent when the connection returns or
 * when the link is opened again.
 */
export function useAutosave(token: string, survey: SurveyView) {
  const client = useQueryClient();
  const pending = useRef<PendingAnswers>(readPending(token));
  const [answers, setAnswers] = useState<Answers>(() => withPending(survey.answers, pending.current));
  const [state, setState] = useState<SaveState>(() => (Object.keys(pending.current).length ? 'waiting' : 'idle'));
  const [error, setError] = useState<unknown>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flight = useRef<Promise<void> | null>(null);
  const unmounted = useRef(false);

  const send = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (flight.current) return flight.current;
    const batch: PendingAnswers = { ...pending.current };
    if (!Object.keys(batch).length) return;
    if (isOffline()) {
      setState('offline');
      return;
    }
    setState('saving');
    // when to try again: soon for changes made meanwhile, later after a lost connection or a server hiccup
    let again: number | null = null;
    const run = (async () => {
      try {
        await surveyApi.saveItems(token, { answers: batch });
        pending.current = markSent(token, batch, pending.current);
        setError(undefined);
        setState(hasPending(pending.current) ? 'waiting' : 'saved');
        again = QUIET_MS;
      } catch (err) {
        if (isNetworkError(err)) {
          setState('offline');
          again = RETRY_MS;
        } else if (err instanceof ApiError && err.status === 409) {
          // submitted meanwhile (another tab or device): show it as submitted, keep nothing here
          pending.current = {};
          clearDraft(token);
          setState('idle');
          void client.invalidateQueries({ queryKey: keys.survey.all(token) });
        } else if (err instanceof ApiError && err.status === 400) {
          // an answer the questionnaire no longer takes (another version) can never be saved: let it go, keep the rest
          const refused = (err.problem.errors ?? []).map((e) => e.path.replace(/^body\./, '')).filter((p) => p.startsWith('answers.'));
          const next = { ...pending.current };
          for (const path of refused) delete next[path.slice('answers.'.length)];
          pending.current = next;
          writePending(token, next);
          setError(err);
          setState('error');
          again = refused.length ? QUIET_MS : null;
        } else {
          setError(err);
          setState('error');
          again = RETRY_MS;
        }
      }
    })();
    flight.current = run;
    await run;
    flight.current = null;
    if (again !== null && !unmounted.current && hasPending(pending.current) && !isOffline()) timer.current = setTimeout(() => void send(), again);
  }, [token, client]);

  // the last questionnaire seen opens the page without the network
  useEffect(() => {
    if (!survey.submittedAt) writeStoredView(token, survey);
  }, [token, survey]);

  useEffect(() => {
    unmounted.current = false;
    // answers this browser could not send last time go now
    if (hasPending(pending.current)) void send();
    const online = () => void send();
    const offline = () => {
      if (hasPending(pending.current) || flight.current) setState('offline');
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      unmounted.current = true;
      clearTimeout(timer.current);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, [send]);

  // leaving with answers the server does not have yet asks first
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasPending(pending.current)) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const set = useCallback(
    (key: string, value: number | string) => {
      setAnswers((a) => withPending(a, { [key]: value }));
      const change: AnswerChange = value === '' ? null : value;
      pending.current = { ...pending.current, [key]: change };
      writePending(token, pending.current);
      clearTimeout(timer.current);
      if (isOffline()) setState('offline');
      else {
        setState('waiting');
        timer.current = setTimeout(() => void send(), QUIET_MS);
      }
    },
    [token, send],
  );

  /** Sends what is pending now and waits for it; answers whether the server has every answer. */
  const flush = useCallback(async () => {
    // a change made during a save goes in the next one: a few rounds at most
    for (let round = 0; round < 3 && hasPending(pending.current) && !isOffline(); round++) {
      if (flight.current) await flight.current;
      await send();
    }
    return !hasPending(pending.current);
  }, [send]);

  /** The answers the server does not have yet: sent along with a submission. */
  const unsent = useCallback((): PendingAnswers => ({ ...pending.current }), []);

  /** The questionnaire was submitted (here, or elsewhere: reload it): nothing of it stays in this browser. */
  const forget = useCallback(
    (reload = false) => {
      clearTimeout(timer.current);
      pending.current = {};
      clearDraft(token);
      setState('idle');
      if (reload) void client.invalidateQueries({ queryKey: keys.survey.all(token) });
    },
    [token, client],
  );

  return useMemo(() => ({ answers, set, state, error, flush, unsent, forget }), [answers, set, state, error, flush, unsent, forget]);
}
