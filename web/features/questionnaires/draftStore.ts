import type { SurveyView } from '../../../shared/questionnaires.js';
import { ApiError } from '../../api/client.js';

// What this browser keeps of a questionnaire until the server has it: the answers not yet sent, and the last
// questionnaire seen, so the page opens without the network. Kept under a hash of the personal link, never
// the link itself, and removed once the questionnaire is submitted.

export type AnswerChange = number | string | null;
export type PendingAnswers = Record<string, AnswerChange>;
interface Draft {
  pending: PendingAnswers;
  view: SurveyView | null;
}

const PREFIX = 'impact-monitor.survey.';

/** Two 32-bit FNV-1a passes with different offsets: enough to tell links apart, nothing to read a link from. */
function linkHash(token: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ token.length;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const keyOf = (token: string) => PREFIX + linkHash(token);

function read(token: string): Draft {
  try {
    const raw = localStorage.getItem(keyOf(token));
    const parsed = raw ? (JSON.parse(raw) as Partial<Draft>) : {};
    return { pending: parsed.pending && typeof parsed.pending === 'object' ? parsed.pending : {}, view: parsed.view ?? null };
  } catch {
    return { pending: {}, view: null };
  }
}

function write(token: string, draft: Draft): boolean {
  try {
    if (!Object.keys(draft.pending).length && !draft.view) localStorage.removeItem(keyOf(token));
    else localStorage.setItem(keyOf(token), JSON.stringify(draft));
    return true;
  } catch {
    // storage full or disabled (private mode): the answers then live in the page and on the server only
    return false;
  }
}

export const readPending = (token: string): PendingAnswers => read(token).pending;
export const readStoredView = (token: string): SurveyView | null => read(token).view;
export const writePending = (token: string, pending: PendingAnswers) => write(token, { ...read(token), pending });
export const writeStoredView = (token: string, view: SurveyView) => write(token, { ...read(token), view });

/**
 * The server has this batch: its answers leave the unsent ones (unless changed again meanwhile) and join the
 * kept questionnaire, so that a reload without the network still shows them. Answers what is still unsent.
 */
export function markSent(token: string, batch: PendingAnswers, pending: PendingAnswers): PendingAnswers {
  const rest = { ...pending };
  for (const [key, value] of Object.entries(batch)) if (rest[key] === value) delete rest[key];
  const { view } = read(token);
  write(token, { pending: rest, view: view ? { ...view, answers: { ...view.answers, ...batch } } : null });
  return rest;
}

/** After submission nothing of the questionnaire stays in this browser. */
export function clearDraft(token: string): void {
  try {
    localStorage.removeItem(keyOf(token));
  } catch {
    // nothing was stored
  }
}

/** For a failed load: the stored questionnaire when the network is what failed, else the failure as it was. */
export const offlineCopy =
  (token: string) =>
  (error: unknown): SurveyView => {
    const stored = error instanceof ApiError && error.status === 0 ? readStoredView(token) : null;
    if (!stored) throw error;
    return stored;
  };
