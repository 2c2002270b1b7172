import { Button } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceView } from '../../../shared/coding.js';
import { useLocale } from '../../lib/useLocale.js';
import { type CodeIndex, codeName } from './codes.js';
import { type CodingStep, codingStep } from './history.js';
import { useUndoCoding } from './queries.js';

/**
 * The workspace's memory of the last coding action: `history` goes to the CodingHistory provider
 * (every segment write reports there), `undo` takes the action back. A new source starts afresh.
 */
export function useLastCodingStep(sourceId: string, me: string) {
  // the step is kept with the source it was taken on, so another source shows nothing to undo
  const [kept, setKept] = useState<{ sourceId: string; step: CodingStep | null }>({ sourceId, step: null });
  const step = kept.sourceId === sourceId ? kept.step : null;
  const undoWrite = useUndoCoding();
  const history = useMemo(
    () => ({ record: (before: SourceView | undefined, after: SourceView) => setKept({ sourceId: after.id, step: codingStep(before, after, me) }) }),
    [me],
  );
  async function undo(): Promise<CodingStep | null> {
    if (!step) return null;
    await undoWrite.mutateAsync(step.writes);
    setKept({ sourceId, step: null });
    return step;
  }
  return { history, step, undo, undoing: undoWrite.isPending, error: undoWrite.error };
}

/** What a step did, in words: "PRO.language Foreign-language skills increased coded". */
export function useStepLabel(index: CodeIndex) {
  const { t } = useTranslation();
  const locale = useLocale();
  const names = (ids: string[]) =>
    ids
      .map((id) => index.byId.get(id))
      .map((c) => (c ? (c.book.kind === 'typology' ? `${c.key} ${codeName(c, locale)}` : codeName(c, locale)) : '?'))
      .join(', ');
  return (step: CodingStep) =>
    step.added.length ? t('coding.undo.added', { codes: names(step.added) }) : t('coding.undo.removed', { codes: names(step.removed) });
}

/**
 * "Undo: …" in the toolbar, and Ctrl+Z (⌘Z) anywhere in the workspace but in a text field, where
 * the browser's own undo of typing comes first.
 */
export function UndoButton({ label, disabled, busy, onUndo }: { label: string | null; disabled: boolean; busy: boolean; onUndo: () => void }) {
  const { t } = useTranslation();
  const latest = useRef(onUndo);
  latest.current = onUndo;
  const enabled = label !== null && !disabled && !busy;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
  return (
    <Button variant="default" size="sm" disabled={!enabled} loading={busy} onClick={onUndo} aria-keyshortcuts="Control+Z" title={label ?? undefined}>
      {label ? t('coding.undo.button', { action: label }) : t('coding.undo.nothing')}
    </Button>
  );
}
