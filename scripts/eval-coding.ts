// `node --import tsx scripts/eval-coding.ts [--split test|dev] [--json] [--errors]`
// Measures the code suggesters, the learned one beside the lexicon, in two ways:
// 1. On the labelled set's held-out split (server/modules/coding/eval/labelled.json, `test` unless
//    `--split dev`): the learned model trains on what a fresh installation ships, the labelled
//    fragments of the other splits plus the demo's coded segments, never on the measured split
//    (and for `dev` never on `test` either: scripts/tune-coding.ts is where settings are compared).
// 2. On the demo's coded segments (the report's five cases), one case held out at a time: the model
//    trains on the labelled set and the other four cases (leave-one-case-out cross-validation).
// A suggester's codes for a fragment are its top two at or above its threshold. Per domain and
// micro-averaged over all: at code level a suggested code is right when the fragment carries it;
// at domain level when the fragment carries a code of its domain. n is the number of gold codes
// (or domains); fragments without impact carry none, so every code suggested for one counts wrong.
import { parseArgs } from 'node:util';
import { DEMO_CASES } from '../server/db/seed/demo-data.js';
import labelled from '../server/modules/coding/eval/labelled.json' with { type: 'json' };
import {
  type Figures,
  groupOfIn,
  type Measurement,
  measure,
  scoreText,
  decide,
  type TrainingExample,
  trainAndMeasure,
} from '../server/modules/coding/learner.js';
import { suggestCodes, type SuggestLanguage } from '../server/modules/coding/suggest.js';
import { SUGGESTION_LIMIT, TYPOLOGY_SETTINGS } from '../server/modules/coding/suggestions.service.js';
import { TYPOLOGY_CODES } from '../shared/reference.js';

interface Fragment {
  id: string;
  lang: SuggestLanguage;
  split: 'dev' | 'test' | 'train';
  text: string;
  codes: string[];
}

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, split: { type: 'string', default: 'test' }, errors: { type: 'boolean', default: false } },
});
if (!['dev', 'test'].includes(values.split)) {
  console.error('Usage: node --import tsx scripts/eval-coding.ts [--split test|dev] [--json] [--errors]');
  process.exit(2);
}
const split = values.split as 'dev' | 'test';

const codebook = TYPOLOGY_CODES.map((key) => ({ key, parent: key.includes('.') ? key.split('.')[0]! : null }));
const domainOf = groupOfIn(codebook);
const fragments = (labelled as { fragments: Fragment[] }).fragments;

const demo = DEMO_CASES.flatMap((c) =>
  c.projects.flatMap((p, pi) => p.evidence.map((e, ei) => ({ caseKey: c.key, id: `${c.key}-${pi}-${ei}`, text: e.text, codes: e.typology as string[] }))),
);
const example = (ref: string, group: string, text: string, codes: string[]): TrainingExample => ({ ref, group, text, codes, evaluate: false });
const labelledExamples = (lang: SuggestLanguage, keep: (f: Fragment) => boolean) =>
  fragments.filter((f) => f.lang === lang && keep(f)).map((f) => example(`labelled:${f.id}`, f.id, f.text, f.codes));

interface Scored {
  id: string;
  text: string;
  gold: string[];
  lexicon: string[];
  learned: string[];
}

function train(examples: TrainingExample[], lang: SuggestLanguage) {
  return trainAndMeasure({ examples, codebook, lang, limit: SUGGESTION_LIMIT, settings: TYPOLOGY_SETTINGS }).model;
}
const lexiconCodes = (text: string, lang: SuggestLanguage) => suggestCodes(text, lang, { limit: SUGGESTION_LIMIT }).map((s) => s.code as string);

// 1. the labelled set's held-out split
const heldOut: Scored[] = [];
for (const lang of ['nl', 'en'] as const) {
  const demoTraining = lang === 'nl' ? demo.map((d) => example(`demo:${d.id}`, d.caseKey, d.text, d.codes)) : [];
  const model = train([...labelledExamples(lang, (f) => f.split !== split && f.split !== 'test'), ...demoTraining], lang);
  for (const f of fragments.filter((x) => x.lang === lang && x.split === split)) {
    const learned = decide(scoreText(model, f.text, { words: 0 }), model, SUGGESTION_LIMIT).map((s) => s.code);
    heldOut.push({ id: f.id, text: f.text, gold: f.codes, lexicon: lexiconCodes(f.text, lang), learned });
  }
}

// 2. the demo's coded segments, one case held out at a time
const demoScored: Scored[] = [];
for (const held of DEMO_CASES.map((c) => c.key)) {
  const training = [
    ...labelledExamples('nl', () => true),
    ...demo.filter((d) => d.caseKey !== held).map((d) => example(`demo:${d.id}`, d.caseKey, d.text, d.codes)),
  ];
  const model = train(training, 'nl');
  for (const d of demo.filter((x) => x.caseKey === held)) {
    const learned = decide(scoreText(model, d.text, { words: 0 }), model, SUGGESTION_LIMIT).map((s) => s.code);
    demoScored.push({ id: d.id, text: d.text, gold: d.codes, lexicon: lexiconCodes(d.text, 'nl'), learned });
  }
}

function report(scored: Scored[]) {
  const of = (who: 'lexicon' | 'learned') =>
    measure(
      scored.map((s) => ({ gold: s.gold, predicted: s[who] })),
      domainOf,
    );
  const negatives = scored.filter((s) => s.gold.length === 0);
  const silent = (who: 'lexicon' | 'learned') => negatives.filter((s) => s[who].length === 0).length;
  return {
    fragments: scored.length,
    withoutImpact: negatives.length,
    lexicon: { ...of('lexicon'), silentOnNoImpact: silent('lexicon') },
    learned: { ...of('learned'), silentOnNoImpact: silent('learned') },
  };
}

const results = {
  labelledHeldOut: { split, ...report(heldOut), codedOnly: report(heldOut.filter((s) => s.gold.length > 0)) },
  demoLeaveOneCaseOut: report(demoScored),
};

if (values.json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const f3 = (v: number | null) => (v === null ? '   -' : v.toFixed(2));
  const DOMAINS = ['PRO', 'PER', 'INT', 'ORG', 'COL'];
  const line = (name: string, a: Figures | undefined, b: Figures | undefined) => {
    const cell = (x: Figures | undefined) => (x ? `${f3(x.precision)}  ${f3(x.recall)}  ${f3(x.f1)}` : '   -     -     -');
    return `${name.padEnd(16)}${String(a?.n ?? b?.n ?? 0).padStart(4)}   ${cell(a)}    ${cell(b)}`;
  };
  const table = (title: string, r: ReturnType<typeof report>) => {
    const block = (label: string, pick: (m: Measurement) => [Record<string, Figures>, Figures]) => {
      const [lexGroups, lexAll] = pick(r.lexicon);
      const [lrnGroups, lrnAll] = pick(r.learned);
      return [
        `  ${label}`,
        `  ${'domain'.padEnd(16)}${'n'.padStart(4)}   lexicon P     R    F1    learned P     R    F1`,
        ...DOMAINS.map((d) => `  ${line(d, lexGroups[d], lrnGroups[d])}`),
        `  ${line('micro', lexAll, lrnAll)}`,
      ];
    };
    return [
      title,
      `  ${r.fragments} fragments, ${r.withoutImpact} without impact: silent on ${r.lexicon.silentOnNoImpact} (lexicon) and ${r.learned.silentOnNoImpact} (learned)`,
      ...block('domain level (the suggested code is in a domain the fragment carries)', (m) => [m.groupLevel, m.groupLevelOverall]),
      ...block('code level (the suggested code is one the fragment carries), per domain', (m) => [m.groups, m.overall]),
      '',
    ];
  };
  const lines = [
    `Top ${SUGGESTION_LIMIT} suggestions at or above the threshold (lexicon 0.5; learned: chosen by cross-validation on its training data).`,
    '',
    ...table(`1. Labelled set, held-out split '${split}' (learned: trained on the other splits and the demo's coded segments)`, results.labelledHeldOut),
    ...table(`   the same, only the ${results.labelledHeldOut.codedOnly.fragments} fragments that carry codes`, results.labelledHeldOut.codedOnly),
    ...table("2. Demo's coded segments, leave-one-case-out (learned: trained on the labelled set and the other four cases)", results.demoLeaveOneCaseOut),
  ];
  if (values.errors) {
    for (const s of [...heldOut, ...demoScored]) {
      if (s.learned.join() !== [...s.gold].sort().join() && s.learned.sort().join() !== [...s.gold].sort().join())
        lines.push(`${s.id}  gold ${s.gold.join(',') || '-'}  learned ${s.learned.join(',') || '-'}  lexicon ${s.lexicon.join(',') || '-'}\n    ${s.text}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
