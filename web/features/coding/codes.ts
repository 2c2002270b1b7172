import type { FullCodebookView, FullCodeView } from '../../../shared/coding.js';
import type { Locale } from '../../../shared/reference.js';

/** A code with the codebook it belongs to, for look-ups by id or key. */
export interface CodeEntry extends FullCodeView {
  book: FullCodebookView;
  depth: number;
}

export interface CodeIndex {
  books: FullCodebookView[];
  byId: Map<string, CodeEntry>;
  /** by `${codebookKey}:${codeKey}` */
  byKey: Map<string, CodeEntry>;
  /** The codes of a book in tree order (parents before their children), each with its depth. */
  ordered: (book: FullCodebookView) => CodeEntry[];
}

export function indexCodebooks(books: FullCodebookView[]): CodeIndex {
  const byId = new Map<string, CodeEntry>();
  const byKey = new Map<string, CodeEntry>();
  const orderedByBook = new Map<string, CodeEntry[]>();
  for (const book of books) {
    const children = new Map<string | null, FullCodeView[]>();
    const ids = new Set(book.codes.map((c) => c.id));
    for (const code of book.codes) {
      const parent = code.parentId && ids.has(code.parentId) ? code.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), code]);
    }
    const list: CodeEntry[] = [];
    const walk = (parent: string | null, depth: number) => {
      for (const code of children.get(parent) ?? []) {
        const entry = { ...code, book, depth };
        list.push(entry);
        byId.set(code.id, entry);
        byKey.set(`${book.key}:${code.key}`, entry);
        walk(code.id, depth + 1);
      }
    };
    walk(null, 0);
    orderedByBook.set(book.id, list);
  }
  return { books, byId, byKey, ordered: (book) => orderedByBook.get(book.id) ?? [] };
}

export const codeName = (code: Pick<FullCodeView, 'nl' | 'en'>, locale: Locale) => code[locale] || code.nl;
export const bookName = (book: Pick<FullCodebookView, 'nl' | 'en'>, locale: Locale) => book[locale] || book.nl;

export const NEUTRAL_COLOUR = '#495057';

/** `#rrggbb` mixed with white: `amount` 0 is the colour itself, 1 is white. */
export function tint(hex: string | null | undefined, amount: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '') ?? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(NEUTRAL_COLOUR)!;
  const mix = (h: string) => Math.round(parseInt(h, 16) * (1 - amount) + 255 * amount);
  return `#${[m[1]!, m[2]!, m[3]!].map((h) => mix(h).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance and contrast: the swatches and highlights are checked against the dark text on them. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** The dark text colour used on every highlight. */
export const TEXT_ON_TINT = '#1a1b1e';

/**
 * A light background for a code's colour on which the dark text keeps at least 7:1 (AAA, so AA
 * surely). Overlapping highlights use a little more colour (`strength` 2, 3...) within that bound.
 */
export function highlight(hex: string | null | undefined, strength = 1): string {
  for (let amount = Math.max(0.6, 0.86 - (strength - 1) * 0.08); amount < 1; amount += 0.02) {
    const colour = tint(hex, amount);
    if (contrast(colour, TEXT_ON_TINT) >= 7) return colour;
  }
  return '#ffffff';
}

/** A colour dark enough for text or a border on white (4.5:1); the code's own when it is. */
export function ink(hex: string | null | undefined): string {
  const colour = hex && /^#[0-9a-f]{6}$/i.test(hex) ? hex : NEUTRAL_COLOUR;
  if (contrast(colour, '#ffffff') >= 4.5) return colour;
  for (let amount = 0.1; amount <= 1; amount += 0.1) {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour)!;
    const darker = `#${[m[1]!, m[2]!, m[3]!]
      .map((h) =>
        Math.round(parseInt(h, 16) * (1 - amount))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (contrast(darker, '#ffffff') >= 4.5) return darker;
  }
  return '#000000';
}

/** The codebooks whose codes may be used in a project: the shared ones and the project organisation's own. */
export const usableBooks = (books: FullCodebookView[], organisationId: string) =>
  books.filter((b) => b.organisationId === null || b.organisationId === organisationId);

export interface CodeOption {
  value: string;
  label: string;
}

/** A code as an option: indented under its parent; typology codes also show their key so they can be searched by it. */
export function codeOptionLabel(code: CodeEntry, locale: Locale, domainLabel?: (name: string) => string): string {
  const name = codeName(code, locale);
  if (code.book.kind === 'typology') return code.depth === 0 && domainLabel ? `${code.key} · ${domainLabel(name)}` : `${code.key} · ${name}`;
  return `${'– '.repeat(code.depth)}${name}`;
}

/** The codes of some codebooks as grouped select options: a group per typology domain, otherwise per codebook. */
export function groupedCodeOptions(
  index: CodeIndex,
  books: FullCodebookView[],
  locale: Locale,
  options: { valueFor?: (code: CodeEntry) => string; withArchived?: boolean; domainLabel?: (name: string) => string } = {},
): { group: string; items: CodeOption[] }[] {
  const optionValue = options.valueFor ?? ((code: CodeEntry) => code.id);
  const groups: { group: string; items: CodeOption[] }[] = [];
  for (const book of books) {
    const codes = index.ordered(book).filter((c) => options.withArchived || !c.archived);
    if (book.kind === 'typology') {
      for (const domain of codes.filter((c) => c.depth === 0)) {
        const members = codes.filter((c) => c.id === domain.id || c.key.startsWith(`${domain.key}.`));
        groups.push({
          group: codeName(domain, locale),
          items: members.map((c) => ({ value: optionValue(c), label: codeOptionLabel(c, locale, options.domainLabel) })),
        });
      }
    } else if (codes.length) {
      groups.push({ group: bookName(book, locale), items: codes.map((c) => ({ value: optionValue(c), label: codeOptionLabel(c, locale) })) });
    }
  }
  return groups;
}
