// `node --import tsx scripts/eval-coding.ts [--json] [--split dev|test] [--limit 2] [--min-score 0.5] [--by-code] [--errors]`
// Measures the code suggester against the hand-labelled fragments in server/modules/coding/eval/labelled.json.
// The top `--limit` suggestions at or above the threshold are the predicted codes of a fragment. Per
// typology domain, micro-averaged over its indicators: a predicted code is correct when it is among
// the fragment's gold codes (true positive), otherwise a false positive; a gold code not predicted is
// a false negative. `--split dev` is the part that may be looked at when tuning the lexicon; report `test`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_MIN_SCORE, suggestCodes, type SuggestLanguage } from '../server/modules/coding/suggest.js';

interface Fragment {
  id: string;
  lang: SuggestLanguage;
  split: 'dev' | 'test';
  text: string;
  codes: string[];
}

interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

interface Figures extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

const DOMAINS = ['PRO', 'PER', 'INT', 'ORG', 'COL'] as const;

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    split: { type: 'string' },
    limit: { type: 'string', default: '2' },
    'min-score': { type: 'string', default: String(DEFAULT_MIN_SCORE) },
    'by-code': { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
  },
});
const limit = Number(values.limit);
const minScore = Number(values['min-score']);
if (!Number.isInteger(limit) || limit < 1 || !(minScore >= 0 && minScore <= 1) || (values.split && !['dev', 'test'].includes(values.split))) {
  console.error('Usage: node --import tsx scripts/eval-coding.ts [--json] [--split dev|test] [--limit N>=1] [--min-score 0..1] [--by-code] [--errors]');
  process.exit(2);
}

const file = new URL('../server/modules/coding/eval/labelled.json', import.meta.url);
const all = (JSON.parse(readFileSync(file, 'utf8')) as { fragments: Fragment[] }).fragments;
const fragments = values.split ? all.filter((f) => f.split === values.split) : all;

const domainOf = (code: string) => code.split('.')[0]!;
const byDomain = new Map<string, Counts>(DOMAINS.map((d) => [d, { gold: 0, predicted: 0, correct: 0 }]));
const byCode = new Map<string, Counts>();
const countsFor = (map: Map<string, Counts>, key: string) => {
  let c = map.get(key);
  if (!c) {
    c = { gold: 0, predicted: 0, correct: 0 };
    map.set(key, c);
  }
  return c;
};
const errors: { id: string; text: string; gold: string[]; predicted: string[] }[] = [];

for (const f of fragments) {
  const predicted = suggestCodes(f.text, f.lang, { limit, minScore }).map((s) => s.code as string);
  const gold = new Set(f.codes);
  for (const code of predicted) {
    for (const map of [byDomain, byCode]) {
      const c = countsFor(map, map === byDomain ? domainOf(code) : code);
      c.predicted++;
      if (gold.has(code)) c.correct++;
    }
  }
  for (const code of gold) {
    countsFor(byDomain, domainOf(code)).gold++;
    countsFor(byCode, code).gold++;
  }
  if (predicted.length !== gold.size || predicted.some((c) => !gold.has(c))) errors.push({ id: f.id, text: f.text, gold: [...gold], predicted });
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
function figures(c: Counts): Figures {
  const precision = ratio(c.correct, c.predicted);
  const recall = ratio(c.correct, c.gold);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? c.correct === 0 && c.gold + c.predicted > 0
        ? 0
        : null
      : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
const sum = (cs: Counts[]) =>
  cs.reduce((a, c) => ({ gold: a.gold + c.gold, predicted: a.predicted + c.predicted, correct: a.correct + c.correct }), { gold: 0, predicted: 0, correct: 0 });

const domains = Object.fromEntries([...byDomain].map(([d, c]) => [d, figures(c)]));
const overall = figures(sum([...byDomain.values()]));
const codes = Object.fromEntries([...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([code, c]) => [code, figures(c)]));

if (values.json) {
  const result = {
    fragments: fragments.length,
    split: values.split ?? 'all',
    limit,
    minScore,
    domains,
    overall,
    ...(values['by-code'] ? { codes } : {}),
    ...(values.errors ? { errors } : {}),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const pct = (v: number | null) => (v === null ? '-' : v.toFixed(3));
  const row = (name: string, f: Figures) =>
    [
      name.padEnd(26),
      String(f.gold).padStart(5),
      String(f.predicted).padStart(10),
      String(f.correct).padStart(8),
      pct(f.precision).padStart(10),
      pct(f.recall).padStart(7),
      pct(f.f1).padStart(6),
    ].join('  ');
  const header = [
    'domain'.padEnd(26),
    'gold'.padStart(5),
    'predicted'.padStart(10),
    'correct'.padStart(8),
    'precision'.padStart(10),
    'recall'.padStart(7),
    'F1'.padStart(6),
  ].join('  ');
  const lines = [
    `${fragments.length} fragments (${values.split ?? 'all'}), top ${limit} suggestions with score >= ${minScore}`,
    '',
    header,
    ...DOMAINS.map((d) => row(d, domains[d]!)),
    row('overall (micro)', overall),
  ];
  if (values['by-code']) lines.push('', header.replace('domain'.padEnd(26), 'code'.padEnd(26)), ...Object.entries(codes).map(([code, f]) => row(code, f)));
  if (values.errors) lines.push('', ...errors.map((e) => `${e.id}  gold ${e.gold.join(',')}  predicted ${e.predicted.join(',') || '-'}\n    ${e.text}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}
