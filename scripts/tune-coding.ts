// `npm run tune:coding -- [--settings '{"epochs":20}'] [--folds 5]`
// How the learner's settings were chosen without looking at the held-out `test` split: a
// cross-validation over the labelled set's `train` and `dev` fragments only (five folds by
// fragment; the demo's coded segments always train, never measure). Each fold's model chooses its
// own thresholds by its own inner cross-validation, as a server does, so the figures are those of
// fragments the whole training never saw. `npm run eval:coding` then reports the chosen settings
// once on `test`.
import { parseArgs } from 'node:util';
import { DEMO_CASES } from '../server/db/seed/demo-data.js';
import labelled from '../server/modules/coding/eval/labelled.json' with { type: 'json' };
import { decide, groupOfIn, type LearnerSettings, measure, scoreText, type TrainingExample, trainAndMeasure } from '../server/modules/coding/learner.js';
import type { SuggestLanguage } from '../server/modules/coding/suggest.js';
import { SUGGESTION_LIMIT, TYPOLOGY_SETTINGS } from '../server/modules/coding/suggestions.service.js';
import { TYPOLOGY_CODES } from '../shared/reference.js';

interface Fragment {
  id: string;
  lang: SuggestLanguage;
  split: 'dev' | 'test' | 'train';
  text: string;
  codes: string[];
}

const { values } = parseArgs({ options: { settings: { type: 'string', default: '{}' }, folds: { type: 'string', default: '5' } } });
const settings: Partial<LearnerSettings> = { ...TYPOLOGY_SETTINGS, ...JSON.parse(values.settings) };
const folds = Number(values.folds);

const codebook = TYPOLOGY_CODES.map((key) => ({ key, parent: key.includes('.') ? key.split('.')[0]! : null }));
const domainOf = groupOfIn(codebook);
// never the test split
const fragments = (labelled as { fragments: Fragment[] }).fragments.filter((f) => f.split !== 'test');
const demo = DEMO_CASES.flatMap((c) =>
  c.projects.flatMap((p, pi) =>
    p.evidence.map(
      (e, ei): TrainingExample => ({ ref: `demo:${c.key}-${pi}-${ei}`, group: c.key, text: e.text, codes: e.typology as string[], evaluate: false }),
    ),
  ),
);
const foldOf = (id: string) => {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % folds;
};

const pairs: { gold: string[]; predicted: string[] }[] = [];
const started = Date.now();
for (const lang of ['nl', 'en'] as const) {
  const own = fragments.filter((f) => f.lang === lang);
  for (let k = 0; k < folds; k++) {
    const training = [
      ...own
        .filter((f) => foldOf(f.id) !== k)
        .map((f): TrainingExample => ({ ref: `labelled:${f.id}`, group: f.id, text: f.text, codes: f.codes, evaluate: false })),
      ...(lang === 'nl' ? demo : []),
    ];
    const { model } = trainAndMeasure({ examples: training, codebook, lang, limit: SUGGESTION_LIMIT, settings });
    for (const f of own.filter((x) => foldOf(x.id) === k)) {
      pairs.push({ gold: f.codes, predicted: decide(scoreText(model, f.text, { words: 0 }), model, SUGGESTION_LIMIT).map((s) => s.code) });
    }
  }
}
const m = measure(pairs, domainOf);
const negatives = pairs.filter((p) => p.gold.length === 0);
const f2 = (v: number | null) => (v === null ? '-' : v.toFixed(3));
const d = m.groupLevelOverall;
const c = m.overall;
process.stdout.write(
  `${JSON.stringify(settings)}\n  domain P ${f2(d.precision)} R ${f2(d.recall)} F1 ${f2(d.f1)} | code F1 ${f2(c.f1)} | silent on ${
    negatives.filter((p) => p.predicted.length === 0).length
  }/${negatives.length} without impact | ${pairs.length} fragments, ${Math.round((Date.now() - started) / 1000)} s\n`,
);
