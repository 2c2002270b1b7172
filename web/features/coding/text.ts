// Offsets in a source's text. The server counts Unicode code points (`[...text]`), the DOM counts
// UTF-16 code units: an emoji or a character outside the BMP is one of the first and two of the second.

/** The UTF-16 index of every code point boundary: `table[cp]` is where code point `cp` starts; the last entry is text.length. */
export function codePointTable(text: string): Int32Array {
  const table = new Int32Array(countCodePoints(text) + 1);
  let cp = 0;
  for (let i = 0; i < text.length; ) {
    table[cp++] = i;
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  table[cp] = text.length;
  return table;
}

export function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // a low surrogate after a high one continues the same code point
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) n++;
  }
  return n;
}
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The code point offset of a UTF-16 index (an index inside a surrogate pair counts as the pair's start). */
export function utf16ToCodePoint(table: Int32Array, index: number): number {
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A span in code points, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Narrows a span so it neither starts nor ends with white space; null when nothing but white space is left. */
export function trimSpan(chars: string[], span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(chars[start]!)) start++;
  while (end > start && /\s/u.test(chars[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** A run of text between two boundaries, with the ids of the spans that cover it. */
export interface Piece extends Span {
  covers: string[];
}

/**
 * The text cut at every boundary of every span, so that overlapping spans can each be shown:
 * a piece carries all spans that cover it. `cuts` adds boundaries that belong to no span (sentences).
 */
export function pieces(length: number, spans: (Span & { id: string })[], cuts: number[] = []): Piece[] {
  const bounds = new Set<number>([0, length, ...cuts]);
  for (const s of spans) {
    bounds.add(Math.max(0, Math.min(length, s.start)));
    bounds.add(Math.max(0, Math.min(length, s.end)));
  }
  const sorted = [...bounds].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    if (start === end) continue;
    out.push({ start, end, covers: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id) });
  }
  return out;
}

/**
 * The sentences of a text in code points, trimmed of white space. Each also has the `block` it
 * occupies on screen: from its start to the next sentence's start (so the blocks tile the text).
 */
export function sentences(text: string, locale: string): (Span & { block: Span })[] {
  const table = codePointTable(text);
  const found: Span[] = [];
  const chars = [...text];
  const push = (from16: number, to16: number) => {
    const span = trimSpan(chars, { start: utf16ToCodePoint(table, from16), end: utf16ToCodePoint(table, to16) });
    if (span) found.push(span);
  };
  // paragraphs first: a line break always ends a sentence, also one without a full stop
  const paragraph = /[^\n]+/g;
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const segmenter = Segmenter ? new Segmenter(locale, { granularity: 'sentence' }) : null;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const base = m.index;
    if (segmenter) {
      for (const s of segmenter.segment(m[0])) push(base + s.index, base + s.index + s.segment.length);
    } else {
      const sentence = /[^.!?…]+(?:[.!?…]+["'”’)]*|$)\s*/g;
      for (let n = sentence.exec(m[0]); n?.[0]; n = sentence.exec(m[0])) push(base + n.index, base + n.index + n[0].length);
    }
  }
  const length = table.length - 1;
  return found.map((s, i) => ({ ...s, block: { start: i === 0 ? 0 : s.start, end: i + 1 < found.length ? found[i + 1]!.start : length } }));
}

/** The offset of a DOM position as UTF-16 index into the text of `container` (its text nodes only). */
export function domOffset(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The current mouse selection as a code-point span of `text`, clamped to the container and trimmed
 * of white space; null when nothing (or nothing inside the container) is selected.
 */
export function selectionSpan(container: HTMLElement, text: string, table: Int32Array): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  const inside = document.createRange();
  inside.selectNodeContents(container);
  const startBefore = range.compareBoundaryPoints(Range.START_TO_START, inside) < 0;
  const endAfter = range.compareBoundaryPoints(Range.END_TO_END, inside) > 0;
  const from16 = startBefore ? 0 : domOffset(container, range.startContainer, range.startOffset);
  const to16 = endAfter ? text.length : domOffset(container, range.endContainer, range.endOffset);
  if (from16 >= to16) return null;
  return trimSpan([...text], { start: utf16ToCodePoint(table, from16), end: utf16ToCodePoint(table, Math.min(to16, text.length)) });
}
