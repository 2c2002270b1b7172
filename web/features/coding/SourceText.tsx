import {
  type CSSProperties,
  Fragment,
  forwardRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentView } from '../../../shared/coding.js';
import { highlight, ink } from './codes.js';
import { codePointTable, pieces, selectionSpan, type Span, sentences } from './text.js';

const PENDING = '\u0000pending';
const ACTIVE_FRAME = 'inset 0 -3px 0 #1a1b1e, inset 0 3px 0 #1a1b1e';

export interface SourceTextHandle {
  /** Scrolls to a segment's first highlight; in sentence mode also moves the keyboard focus there. */
  showSegment: (segmentId: string) => void;
  /** Puts the keyboard focus back on the text (the current sentence in sentence mode). */
  focus: () => void;
  /** Scrolls to the pending selection. */
  showSelection: () => void;
}

interface Props {
  text: string;
  language: string;
  segments: SegmentView[];
  colourOf: (segment: SegmentView) => string | null;
  pending: Span | null;
  sentenceMode: boolean;
  activeSegmentId: string | null;
  describedBy: string;
  onSelect: (span: Span | null, via: 'mouse' | 'keyboard') => void;
  /** Enter in sentence mode: open the coding panel for the selection. */
  onRequestCode: (span: Span) => void;
  onActivateSegment: (segmentId: string | null) => void;
}

/**
 * The source text as one element of plain text runs and <mark>s, so a DOM selection maps to text
 * offsets. The text is cut at every segment boundary (overlapping segments each keep their marks)
 * and grouped by sentence; in sentence mode the sentences form a listbox for keyboard selection.
 */
export const SourceText = forwardRef<SourceTextHandle, Props>(function SourceText(
  { text, language, segments, colourOf, pending, sentenceMode, activeSegmentId, describedBy, onSelect, onRequestCode, onActivateSegment },
  ref,
) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const table = useMemo(() => codePointTable(text), [text]);
  const sents = useMemo(() => sentences(text, language), [text, language]);
  const [cursor, setCursor] = useState(0);
  const [anchor, setAnchor] = useState<number | null>(null);
  const focusWanted = useRef(false);
  const length = table.length - 1;

  const ordered = useMemo(() => [...segments].sort((a, b) => a.start - b.start || b.end - a.end), [segments]);
  const byId = useMemo(() => new Map(ordered.map((s) => [s.id, s])), [ordered]);
  const blocks = useMemo(() => {
    const spans = ordered.map((s) => ({ id: s.id, start: s.start, end: s.end }));
    if (pending) spans.push({ id: PENDING, ...pending });
    const cuts = sents.flatMap((s) => [s.block.start, s.start, s.end, s.block.end]);
    const all = pieces(length, spans, cuts);
    if (!sents.length) return [{ index: -1, pieces: all }];
    const out: { index: number; pieces: typeof all }[] = sents.map((_, index) => ({ index, pieces: [] }));
    let b = 0;
    for (const piece of all) {
      while (b < sents.length - 1 && piece.start >= sents[b]!.block.end) b++;
      out[b]!.pieces.push(piece);
    }
    return out;
  }, [ordered, pending, sents, length]);

  const selected = (i: number) => !!pending && sents[i]!.start >= pending.start && sents[i]!.end <= pending.end;
  const sentenceSpan = (from: number, to: number): Span => ({ start: sents[Math.min(from, to)]!.start, end: sents[Math.max(from, to)]!.end });

  // after an arrow key, the focus follows the current sentence
  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    container.current?.querySelector<HTMLElement>(`[data-sentence="${cursor}"]`)?.focus();
  }, [cursor]);
  useEffect(() => setCursor((c) => Math.min(c, Math.max(0, sents.length - 1))), [sents.length]);

  useImperativeHandle(ref, () => ({
    showSegment(segmentId) {
      const segment = byId.get(segmentId);
      const mark = container.current?.querySelector<HTMLElement>(`mark[data-segments~="${CSS.escape(segmentId)}"]`);
      mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (sentenceMode && segment) {
        const i = Math.max(
          0,
          sents.findIndex((s) => s.end > segment.start),
        );
        focusWanted.current = true;
        setCursor(i);
        if (i === cursor) container.current?.querySelector<HTMLElement>(`[data-sentence="${i}"]`)?.focus();
      }
    },
    focus() {
      if (sentenceMode) container.current?.querySelector<HTMLElement>(`[data-sentence="${cursor}"]`)?.focus();
      else container.current?.focus();
    },
    showSelection() {
      container.current?.querySelector<HTMLElement>('mark.is-pending')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
  }));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!sentenceMode || !sents.length) return;
    let next = cursor;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(sents.length - 1, cursor + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, cursor - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = sents.length - 1;
        break;
      case ' ': {
        // Space chooses the current sentence alone, or clears the choice when it was just that sentence
        event.preventDefault();
        const one = sentenceSpan(cursor, cursor);
        const same = pending?.start === one.start && pending.end === one.end;
        setAnchor(same ? null : cursor);
        onSelect(same ? null : one, 'keyboard');
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const span = pending ?? sentenceSpan(cursor, cursor);
        if (!pending) {
          setAnchor(cursor);
          onSelect(span, 'keyboard');
        }
        onRequestCode(span);
        return;
      }
      case 'Escape':
        if (pending) {
          event.preventDefault();
          setAnchor(null);
          onSelect(null, 'keyboard');
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    focusWanted.current = true;
    setCursor(next);
    if (next === cursor) focusWanted.current = false;
    if (event.shiftKey) {
      const from = anchor ?? cursor;
      setAnchor(from);
      onSelect(sentenceSpan(from, next), 'keyboard');
    }
  }

  function onMouseUp(event: MouseEvent<HTMLDivElement>) {
    if (!container.current) return;
    const span = selectionSpan(container.current, text, table);
    if (span) {
      window.getSelection()?.removeAllRanges();
      onSelect(span, 'mouse');
      return;
    }
    const target = event.target as HTMLElement;
    if (sentenceMode) {
      const sentence = target.closest<HTMLElement>('[data-sentence]');
      if (!sentence) return;
      const i = Number(sentence.dataset.sentence);
      setCursor(i);
      if (event.shiftKey) onSelect(sentenceSpan(anchor ?? cursor, i), 'mouse');
      else {
        setAnchor(i);
        onSelect(sentenceSpan(i, i), 'mouse');
      }
      return;
    }
    const mark = target.closest<HTMLElement>('mark[data-segments]');
    const ids = mark?.dataset.segments?.split(' ').filter(Boolean) ?? [];
    onActivateSegment(ids[ids.length - 1] ?? null);
  }

  const run = (list: Piece[]) =>
    list.map((piece) => (
      <Fragment key={piece.start}>{markOf(piece, text.slice(table[piece.start], table[piece.end]), (id) => colourOf(byId.get(id)!), activeSegmentId)}</Fragment>
    ));

  const body = blocks.map((block) => {
    if (block.index < 0) return run(block.pieces);
    const sentence = sents[block.index]!;
    return (
      <Sentence key={block.index} index={block.index} isCursor={block.index === cursor} option={sentenceMode ? { selected: selected(block.index) } : null}>
        {run(block.pieces.filter((p) => p.end <= sentence.start))}
        {/* the sentence itself in its own span, so the focus ring and the selection leave out the white space around it */}
        <span className="sentence-body">{run(block.pieces.filter((p) => p.start >= sentence.start && p.end <= sentence.end))}</span>
        {run(block.pieces.filter((p) => p.start >= sentence.end))}
      </Sentence>
    );
  });

  return sentenceMode ? (
    <div
      ref={container}
      className="source-text"
      lang={language}
      role="listbox"
      aria-multiselectable
      aria-label={t('coding.coding.sentencesLabel')}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
    >
      {body}
    </div>
  ) : (
    // biome-ignore lint/a11y/noStaticElementInteractions: a mouse drag over the text is the pointer's way to choose a span; the keyboard's way is sentence mode, where this is a listbox
    <div ref={container} className="source-text" lang={language} tabIndex={-1} onMouseUp={onMouseUp}>
      {body}
    </div>
  );
});

type Piece = ReturnType<typeof pieces>[number];

/** A run of the text: plain, or a <mark> coloured by the segments that cover it (and marked while it is the pending selection). */
function markOf(piece: Piece, content: string, colourOf: (segmentId: string) => string | null, activeSegmentId: string | null): ReactNode {
  if (!piece.covers.length) return content;
  const ids = piece.covers.filter((id) => id !== PENDING);
  const isPending = ids.length !== piece.covers.length;
  const isActive = activeSegmentId !== null && ids.includes(activeSegmentId);
  const colours = ids.map(colourOf);
  // the innermost (last starting) segment gives the colour; each covering segment adds an
  // underline, unless the segment pointed at in the list frames the piece instead
  const style: CSSProperties = isPending
    ? {}
    : {
        background: highlight(colours[colours.length - 1], ids.length),
        boxShadow: isActive
          ? ACTIVE_FRAME
          : colours
              .slice(-3)
              .reverse()
              .map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${ink(c)}`)
              .join(', '),
      };
  const className = [isPending ? 'is-pending' : '', isActive ? 'is-active' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <mark className={className} style={style} data-segments={ids.join(' ')}>
      {content}
    </mark>
  );
}

/** A sentence of the text: an option of the listbox in sentence mode, else a plain run of text. */
function Sentence({ index, isCursor, option, children }: { index: number; isCursor: boolean; option: { selected: boolean } | null; children: ReactNode }) {
  const className = `sentence${isCursor ? ' is-cursor' : ''}`;
  if (!option) {
    return (
      <span className={className} data-sentence={index}>
        {children}
      </span>
    );
  }
  return (
    <span className={className} data-sentence={index} role="option" aria-selected={option.selected} tabIndex={isCursor ? 0 : -1}>
      {children}
    </span>
  );
}
