import type { Locale } from '../../../../shared/reference.js';

// A generated report as plain data: what the content builders write and the three renderers
// (HTML, DOCX, PDF) print. Only text, never markup, so nothing typed by a user can inject into a
// document; each renderer escapes in its own way.

export type Cell = string | number;

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** `narrative`: the analyst's own words; `data`: generated from the records; `note`: how to read what follows */
  | { kind: 'paragraph'; text: string; tone: 'narrative' | 'data' | 'note' }
  | { kind: 'list'; items: string[] }
  | { kind: 'quote'; text: string; attribution: string }
  /** The first column holds each row's header; `strong` rows are totals or groups (a typology domain above its indicators). */
  | { kind: 'table'; caption: string; columns: string[]; rows: { header: string; cells: Cell[]; strong?: boolean }[] }
  /** A chart or diagram as SVG, with the text a reader without sight gets instead. */
  | { kind: 'figure'; caption: string; alt: string; svg: string; width: number; height: number };

export interface ReportDocument {
  lang: Locale;
  title: string;
  /** lines under the title: what the report covers, when it was made, the privacy note */
  intro: string[];
  blocks: Block[];
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const data = (text: string): Block => ({ kind: 'paragraph', text, tone: 'data' });
export const note = (text: string): Block => ({ kind: 'paragraph', text, tone: 'note' });

/** The analyst's text of a section: paragraphs split at blank lines. */
export function narrative(text: string | undefined): Block[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p, tone: 'narrative' }) as const);
}
