import { createContext, useContext } from 'react';
import type { SourceView } from '../../../shared/coding.js';
import type { Polarity } from '../../../shared/reference.js';

// Undo of the last coding action. Every write on a segment answers with the whole source, so what
// an action did is the difference between the source before and after it, counted in the coder's
// own codings: segments they created, codes they added to a segment, codes they removed. Undoing
// is the opposite writes. Removing a whole segment is not undone here (it asks first, and may
// carry other coders' codings that one coder cannot give back).

export type UndoWrite =
  | { kind: 'removeSegment'; segmentId: string }
  | { kind: 'removeCoding'; codingId: string }
  | { kind: 'addCoding'; segmentId: string; codeId: string; polarity: Polarity | null };

export interface CodingStep {
  /** What the action did, for the undo button: the codes added or removed. */
  added: string[];
  removed: string[];
  writes: UndoWrite[];
  /** A segment the action created or changed, to show after an undo. */
  segmentId: string;
}

/**
 * The coder's own change from `before` to `after`, as the writes that take it back; null when
 * nothing of theirs changed, or when a segment of theirs disappeared (that is not undone).
 */
export function codingStep(before: SourceView | undefined, after: SourceView, me: string): CodingStep | null {
  if (!before || before.id !== after.id) return null;
  const old = new Map(before.segmentList.map((s) => [s.id, s]));
  const now = new Map(after.segmentList.map((s) => [s.id, s]));
  if (before.segmentList.some((s) => !now.has(s.id) && (s.createdBy === me || s.codings.some((c) => c.coderId === me)))) return null;
  const step: CodingStep = { added: [], removed: [], writes: [], segmentId: '' };
  for (const segment of after.segmentList) {
    const was = old.get(segment.id);
    const mine = segment.codings.filter((c) => c.coderId === me);
    if (!was) {
      if (segment.createdBy !== me) continue;
      step.writes.push({ kind: 'removeSegment', segmentId: segment.id });
      step.added.push(...mine.map((c) => c.codeId));
      step.segmentId = segment.id;
      continue;
    }
    const had = new Set(was.codings.map((c) => c.id));
    const has = new Set(segment.codings.map((c) => c.id));
    for (const c of mine) {
      if (had.has(c.id)) continue;
      step.writes.push({ kind: 'removeCoding', codingId: c.id });
      step.added.push(c.codeId);
      step.segmentId = segment.id;
    }
    for (const c of was.codings) {
      if (c.coderId !== me || has.has(c.id)) continue;
      step.writes.push({ kind: 'addCoding', segmentId: segment.id, codeId: c.codeId, polarity: c.polarity });
      step.removed.push(c.codeId);
      step.segmentId = segment.id;
    }
  }
  return step.writes.length ? step : null;
}

/** Where segment writes report what they did: the coding workspace, which keeps the last step. */
export const CodingHistory = createContext<{ record: (before: SourceView | undefined, after: SourceView) => void } | null>(null);

export const useCodingHistory = () => useContext(CodingHistory);
