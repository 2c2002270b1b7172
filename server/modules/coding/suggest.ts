// Suggests typology codes for a text from a lexicon of cue words (lexicon/<lang>.json), so that an
// analyst coding a source sees where to look first. Transparent on purpose: every suggestion names
// the words in the text that triggered it, and the score is a simple function of the matched cues.
// Pure: it never applies a code; the analyst decides.
//
// Lexicon entries (natural word forms; stemmed when the lexicon is loaded):
//   "word"          matches a token with the same Snowball stem            weight 1
//   "two words"     matches consecutive tokens with these stems (a phrase)  weight 2
//   "prefix*"       matches a token that begins with `prefix` (unstemmed)   weight 1
//                   — for Dutch compounds: "taal*" catches taalvaardigheid, taalcursus
//   "*head"         matches a token whose stem ends with the stem of `head` weight 1
//                   — for compound heads: "*systeem" catches onderwijssysteem
//   "...^0.5"       an explicit weight, for cues that only count together with others
//                   ("leerlingen^0.5": nearly every fragment mentions pupils)
// Score of a code: w / (w + 1), with w the sum of the weights of the distinct cues of that code
// found in the text (a cue found twice counts once; a cue inside a longer matched cue of the same
// code does not count separately). One single-word cue gives 0.5, a phrase 0.67, a phrase and a
// word 0.75. The default threshold, 0.5, asks for the weight of one full cue.
import snowball, { type Stemmer } from 'snowball-stemmers';
import { TYPOLOGY_CODES, type TypologyCode } from '../../../shared/reference.js';
import en from './lexicon/en.json' with { type: 'json' };
import nl from './lexicon/nl.json' with { type: 'json' };
import { blankTranscriptMarkup } from './transcript.js';

export type SuggestLanguage = 'nl' | 'en';

export interface CodeSuggestion {
  code: TypologyCode;
  /** w / (w + 1) for the summed weight w of the matched cues: 0..1. */
  score: number;
  /** The words of the text that triggered the code, as written there, in text order; a phrase as one entry. */
  words: string[];
  /** The lexicon entries that matched, as written in the lexicon. */
  cues: string[];
}

export interface SuggestOptions {
  /** Suggestions scoring below this are left out; default DEFAULT_MIN_SCORE. */
  minScore?: number;
  /** At most this many suggestions, best first; default all above the threshold. */
  limit?: number;
}

export interface SentenceSpan {
  /** Offsets in Unicode code points (indexes into `[...text]`), end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface SentenceSuggestions extends SentenceSpan {
  suggestions: CodeSuggestion[];
}

export const DEFAULT_MIN_SCORE = 0.5;
const PHRASE_WEIGHT = 2;
const MIN_PREFIX_LENGTH = 3;

/** Typology codes that the text seems to show, best first, each with the words that triggered it. */
export function suggestCodes(text: string, lang: SuggestLanguage, options: SuggestOptions = {}): CodeSuggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const tokens = wordTokens(text, lang);
  const suggestions: CodeSuggestion[] = [];
  for (const entry of lexiconFor(lang)) {
    const found = matchCode(entry.cues, tokens);
    if (found.length === 0) continue;
    const weight = sumDistinctCueWeights(found);
    const score = weight / (weight + 1);
    if (score < minScore) continue;
    const ordered = [...found].sort((a, b) => a.from - b.from);
    suggestions.push({
      code: entry.code,
      score,
      words: unique(ordered.map((m) => text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end))),
      cues: unique(ordered.map((m) => m.cue.source)),
    });
  }
  const rank = (code: TypologyCode) => TYPOLOGY_CODES.indexOf(code);
  suggestions.sort((a, b) => b.score - a.score || rank(a.code) - rank(b.code));
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}

/** Splits a source into sentences and suggests codes for each; sentences without suggestions are kept. */
export function suggestForSentences(text: string, lang: SuggestLanguage, options: SuggestOptions = {}): SentenceSuggestions[] {
  return splitSentences(text).map((s) => ({ ...s, suggestions: suggestCodes(s.text, lang, options) }));
}

// --- sentences -------------------------------------------------------------------------------

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
/** Words that end in a full stop without ending the sentence, also before a capital ("Dr. Jansen", "e.g. English"). */
const ABBREVIATIONS = new Set([
  // nl
  'bijv',
  'bv',
  'o.a',
  'd.w.z',
  'm.b.t',
  'i.p.v',
  'enz',
  'mevr',
  'dhr',
  'drs',
  'ir',
  'ca',
  'nr',
  'zgn',
  'vgl',
  'resp',
  'incl',
  'excl',
  't.a.v',
  'm.i.v',
  'n.a.v',
  // en
  'e.g',
  'i.e',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'vs',
  'approx',
  'st',
  'cf',
]);

/**
 * Sentences of a text with their offsets in code points. A sentence ends at . ! ? … (with any
 * closing quotes or brackets) before white space, unless a lower-case word follows or the full
 * stop ends a known abbreviation; and at a line break, unless the next line goes on in lower case
 * (a hard-wrapped sentence).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const cps = [...text];
  const spans: SentenceSpan[] = [];
  const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpace(cps[s])) s++;
    while (e > s && isSpace(cps[e - 1])) e--;
    if (s < e) spans.push({ start: s, end: e, text: cps.slice(s, e).join('') });
  };
  const nextVisible = (from: number) => {
    let k = from;
    while (k < cps.length && isSpace(cps[k])) k++;
    return cps[k];
  };
  const startsLower = (ch: string | undefined) => ch !== undefined && /\p{Ll}/u.test(ch);

  let start = 0;
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!;
    if (ch === '\n') {
      if (!startsLower(nextVisible(i + 1))) {
        push(start, i);
        start = i + 1;
      }
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    let j = i + 1;
    while (j < cps.length && (TERMINATORS.has(cps[j]!) || CLOSERS.has(cps[j]!))) j++;
    const endsHere = (j === cps.length || isSpace(cps[j])) && !(ch === '.' && (startsLower(nextVisible(j)) || ABBREVIATIONS.has(wordBefore(cps, i))));
    if (endsHere) {
      push(start, j);
      start = j;
    }
    i = j - 1;
  }
  push(start, cps.length);
  return spans;
}

/** The word (letters and inner full stops) just before position `dot`, lower case: "o.a" for "o.a.". */
function wordBefore(cps: string[], dot: number): string {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(cps[k - 1]!)) k--;
  return cps.slice(k, dot).join('').toLowerCase();
}

// --- tokens ----------------------------------------------------------------------------------

export interface Token {
  /** Lower case, without diacritics and apostrophes: the form prefixes are matched on. */
  norm: string;
  stem: string;
  /** UTF-16 offsets into the text, for quoting the original words. */
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes (collega's, don't); hyphens and other marks separate words.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Lower case, no diacritics (geïnspireerd → geinspireerd, café → cafe), no possessive or plural 's (collega's → collega). */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
}

/** The words of a text with their stems, speaker labels and other transcript markup left out (transcript.ts). */
export function wordTokens(text: string, lang: SuggestLanguage): Token[] {
  return tokenize(blankTranscriptMarkup(text), stemmerFor(lang));
}

function tokenize(text: string, stemmer: Stemmer): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeWord(m[0]);
    if (!norm) continue;
    tokens.push({ norm, stem: stemmer.stem(norm), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

// --- lexicon ---------------------------------------------------------------------------------

type WordMatcher = { kind: 'stem'; stem: string } | { kind: 'prefix'; prefix: string } | { kind: 'head'; stem: string };

interface Cue {
  source: string;
  words: WordMatcher[];
  weight: number;
}

interface LexiconEntry {
  code: TypologyCode;
  cues: Cue[];
}

/** The typology indicators: every code below a domain (DESIGN.md), 25 of them. */
export const INDICATOR_CODES = TYPOLOGY_CODES.filter((c) => c.includes('.'));

const RAW_LEXICONS: Record<SuggestLanguage, unknown> = { nl, en };
const STEMMER_NAMES: Record<SuggestLanguage, string> = { nl: 'dutch', en: 'english' };
const stemmers = new Map<SuggestLanguage, Stemmer>();
const lexicons = new Map<SuggestLanguage, LexiconEntry[]>();

function stemmerFor(lang: SuggestLanguage): Stemmer {
  let stemmer = stemmers.get(lang);
  if (!stemmer) {
    stemmer = snowball.newStemmer(STEMMER_NAMES[lang]);
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}

function lexiconFor(lang: SuggestLanguage): LexiconEntry[] {
  let lexicon = lexicons.get(lang);
  if (!lexicon) {
    lexicon = compileLexicon(RAW_LEXICONS[lang], stemmerFor(lang), lang);
    lexicons.set(lang, lexicon);
  }
  return lexicon;
}

/** Checks the lexicon file (indicator codes only, a list of cue strings each) and parses every cue. */
function compileLexicon(raw: unknown, stemmer: Stemmer, lang: string): LexiconEntry[] {
  const cues = (raw as { cues?: unknown } | null)?.cues;
  if (typeof cues !== 'object' || cues === null) throw new Error(`lexicon/${lang}.json: "cues" must be an object of code → cue list.`);
  return Object.entries(cues).map(([code, list]) => {
    if (!(INDICATOR_CODES as readonly string[]).includes(code)) throw new Error(`lexicon/${lang}.json: ${code} is not a typology indicator.`);
    if (!Array.isArray(list) || !list.every((c) => typeof c === 'string')) throw new Error(`lexicon/${lang}.json: ${code} must list cue strings.`);
    // Word forms that stem alike (share, shared, sharing) are one cue: found twice, it counts once.
    const bySignature = new Map<string, Cue>();
    for (const cue of list.map((c: string) => parseCue(c, stemmer, `lexicon/${lang}.json ${code}`))) {
      const signature = JSON.stringify(cue.words);
      if (!bySignature.has(signature)) bySignature.set(signature, cue);
    }
    return { code: code as TypologyCode, cues: [...bySignature.values()] };
  });
}

function parseCue(source: string, stemmer: Stemmer, where: string): Cue {
  const weighted = /^(.*?)\^(\d+(?:\.\d+)?)$/u.exec(source.trim());
  const body = weighted ? weighted[1]! : source.trim();
  const words: WordMatcher[] = body
    .split(/[\s\-–]+/u)
    .filter(Boolean)
    .map((part) => {
      const prefix = part.endsWith('*');
      const head = part.startsWith('*');
      const norm = normalizeWord(part.replace(/^\*|\*$/gu, ''));
      if (!/^[\p{L}\p{N}]+$/u.test(norm)) throw new Error(`${where}: cannot read the cue "${source}".`);
      if (prefix) {
        if (norm.length < MIN_PREFIX_LENGTH) throw new Error(`${where}: the prefix in "${source}" is too short.`);
        return { kind: 'prefix', prefix: norm };
      }
      return head ? { kind: 'head', stem: stemmer.stem(norm) } : { kind: 'stem', stem: stemmer.stem(norm) };
    });
  if (words.length === 0) throw new Error(`${where}: empty cue.`);
  const weight = weighted ? Number(weighted[2]) : words.length > 1 ? PHRASE_WEIGHT : 1;
  return { source, words, weight };
}

// --- matching --------------------------------------------------------------------------------

interface Match {
  cue: Cue;
  /** Token indexes, `to` exclusive. */
  from: number;
  to: number;
}

function wordMatches(m: WordMatcher, t: Token): boolean {
  switch (m.kind) {
    case 'stem':
      return t.stem === m.stem;
    case 'prefix':
      return t.norm.startsWith(m.prefix);
    case 'head':
      return t.stem.endsWith(m.stem);
  }
}

/** All places where a cue of one code occurs, longest first taking their tokens, so that a phrase is not also counted as its words. */
function matchCode(cues: readonly Cue[], tokens: readonly Token[]): Match[] {
  const all: Match[] = [];
  for (const cue of cues) {
    const n = cue.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      if (cue.words.every((w, k) => wordMatches(w, tokens[i + k]!))) all.push({ cue, from: i, to: i + n });
    }
  }
  all.sort((a, b) => b.to - b.from - (a.to - a.from) || b.cue.weight - a.cue.weight || a.from - b.from);
  const taken = new Set<number>();
  const kept: Match[] = [];
  for (const m of all) {
    let free = true;
    for (let i = m.from; i < m.to && free; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = m.from; i < m.to; i++) taken.add(i);
    kept.push(m);
  }
  return kept;
}

function sumDistinctCueWeights(matches: readonly Match[]): number {
  return [...new Set(matches.map((m) => m.cue))].reduce((sum, cue) => sum + cue.weight, 0);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
