// The learned code suggester: a linear model per codebook and language, trained on coded segments
// (and, for the typology, on the labelled fragments shipped in eval/labelled.json).
//
// Why this model: the Agency codes hundreds, not millions, of segments; on so few examples a
// linear model over word stems learns as well as anything heavier, trains in well under a second
// on the server's CPU, needs no download, and every score can be taken apart into the words that
// made it, which is what a coder needs to judge a suggestion.
//
// - Features: Snowball stems of the words and pairs of neighbouring stems (bigrams), transcript
//   markup blanked first (transcript.ts); weighted by TF-IDF (log term frequency, smoothed inverse
//   document frequency over the training texts) and scaled to unit length.
// - Classifier: one logistic regression per code (one-vs-rest), L2-regularised, trained by
//   stochastic gradient descent with AdaGrad steps in a fixed, seeded order (the same data give
//   the same model). Fragments coded with nothing are negatives for every code: that is what
//   teaches the model to stay silent on text without impact. A code's domain (its top-level code)
//   gets a classifier of its own, trained on every fragment of that domain; a code's score is the
//   geometric mean of its own and its domain's probability, so that a suggestion must convince at
//   both levels.
// - Impact gate: when the training has fragments coded with nothing, one more classifier learns
//   "does this fragment show anything of the codebook at all" (all coded fragments against the
//   uncoded ones). A fragment the gate rejects gets no suggestion, however well one code's words
//   fit: most false alarms are fragments about travel or logistics that share a word with a code.
// - Decision: the `limit` best codes whose score reaches the threshold, for a fragment whose gate
//   probability reaches the gate's threshold; both thresholds are chosen together by
//   cross-validation on the training data only (never on held-out data).
// - Explanation: the words of the text (never a function word, stopwords.ts) whose features pushed
//   the code's score up the most, and the training fragments of that code nearest to the text
//   (cosine of the TF-IDF vectors).
import { isStopWord } from './stopwords.js';
import { type SuggestLanguage, suggestCodes, wordTokens } from './suggest.js';

export interface TrainingExample {
  /** Where the example comes from: `labelled:<id>` for the shipped set, `segment:<id>` for a coded segment. */
  ref: string;
  /** Examples of one group (a source's segments) always fall in the same cross-validation fold. */
  group: string;
  text: string;
  /** Codes of the codebook; none for a fragment that shows none of them. */
  codes: string[];
  /** Counted in the cross-validated figures (coded segments); the shipped fragments only train. */
  evaluate: boolean;
}

/** A code of the codebook and its parent (null for a top-level code). */
export interface CodeNode {
  key: string;
  parent: string | null;
}

export interface LearnerSettings {
  epochs: number;
  /** L2 penalty per example and step. */
  l2: number;
  learningRate: number;
  /** Weight of a positive example relative to a negative one (codes are rare, so > 1). */
  positiveWeight: number;
  bigrams: boolean;
  /** Features seen in fewer training texts than this are left out. */
  minDf: number;
  /** Geometric mean with the domain classifier (true) or the code's own probability alone. */
  domainGate: boolean;
  /** Share of the domain's probability in a code's score (0.5: geometric mean). */
  domainPower: number;
  /** Character n-grams of this length inside words as extra features (0: none). */
  charGrams: number;
  /** Weight of the lexicon's score per code as an extra feature (typology only); 0 leaves the lexicon out. */
  lexicon: number;
  /** Train the impact gate when the examples include fragments coded with nothing. */
  gate: boolean;
  /** Function words: kept as features, or left out (their unigrams, and pairs of two of them). */
  stopWords: 'keep' | 'drop';
  /** Folds of the cross-validation that measures the model and chooses its threshold. */
  folds: number;
  seed: number;
}

// Chosen by cross-validation on the labelled set's dev and train fragments (never the test split).
export const DEFAULT_SETTINGS: LearnerSettings = {
  epochs: 15,
  l2: 1e-4,
  learningRate: 0.5,
  positiveWeight: 1,
  bigrams: true,
  minDf: 1,
  domainGate: true,
  lexicon: 0,
  domainPower: 0.5,
  charGrams: 0,
  gate: true,
  stopWords: 'keep',
  folds: 5,
  seed: 20261129,
};

/** The threshold when cross-validation cannot choose one (too few examples). */
export const FALLBACK_THRESHOLD = 0.5;
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);
const GATE_THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const NEXT_RATIOS = [0, 0.5, 0.7, 0.85];
const FALLBACK_THRESHOLDS: Thresholds = { threshold: FALLBACK_THRESHOLD, gateThreshold: 0, nextRatio: 0 };
/** The gate's class: a key no code can have (code keys are letters, digits, '.', '-', '_'). */
const GATE = '@impact';
/** Fragments needed on either side before a gate is trained. */
const MIN_GATE_EXAMPLES = 5;

/** Stored models of another version are trained again rather than read. */
export const MODEL_VERSION = 2;

export interface LearnedModel {
  version: typeof MODEL_VERSION;
  lang: SuggestLanguage;
  /** Feature keys: `w:<stem>` for a word, `b:<stem> <stem>` for a pair of neighbouring words. */
  features: string[];
  idf: number[];
  /** Code keys, domains included; `scored[i]` says whether class i is a code that can be suggested. */
  classes: string[];
  scored: boolean[];
  /** Index of each class's domain class, or -1 (a top-level code, or domain gating off). */
  domainOf: number[];
  /** Index of the impact gate's class, or -1 (no gate: no fragments without codes to learn it from). */
  gateClass: number;
  bias: number[];
  /** Per class, the weight of every feature as base64 of little-endian 16-bit integers, times `weightScale`. */
  weights: string[];
  weightScale: number[];
  /** Positive training examples per class. */
  positives: number[];
  threshold: number;
  /** A fragment whose gate probability is below this gets no suggestion (0: no gate). */
  gateThreshold: number;
  /** Codes after the best need this share of its score (decide). */
  nextRatio: number;
  /** Weight of the lexicon features (0: none). */
  lexicon: number;
  domainPower: number;
  bigrams: boolean;
  charGrams: number;
  stopWords: 'keep' | 'drop';
  /** The training fragments, for "examples like this one": ref, class indexes, sparse TF-IDF vector. */
  examples: { ref: string; classes: number[]; vector: [number, number][] }[];
}

// --- features ---------------------------------------------------------------------------------

interface Occurrence {
  key: string;
  /** Token indexes covered, `to` exclusive. */
  from: number;
  to: number;
}

interface Featurised {
  tokens: ReturnType<typeof wordTokens>;
  occurrences: Occurrence[];
}

type FeatureSettings = Pick<LearnerSettings, 'bigrams' | 'charGrams' | 'stopWords'>;

function featurise(text: string, lang: SuggestLanguage, settings: FeatureSettings): Featurised {
  const tokens = wordTokens(text, lang).filter((t) => !/^\d+$/u.test(t.norm));
  const occurrences: Occurrence[] = [];
  const drop = settings.stopWords === 'drop';
  const stop = tokens.map((t) => drop && isStopWord(t.norm, lang));
  for (let i = 0; i < tokens.length; i++) {
    if (!stop[i]) occurrences.push({ key: `w:${tokens[i]!.stem}`, from: i, to: i + 1 });
    if (settings.bigrams && i + 1 < tokens.length && !(stop[i] && stop[i + 1]))
      occurrences.push({ key: `b:${tokens[i]!.stem} ${tokens[i + 1]!.stem}`, from: i, to: i + 2 });
    const n = settings.charGrams;
    const word = `<${tokens[i]!.norm}>`;
    if (n > 0 && word.length > n + 2) for (let k = 0; k + n <= word.length; k++) occurrences.push({ key: `c:${word.slice(k, k + n)}`, from: i, to: i + 1 });
  }
  return { tokens, occurrences };
}

function termCounts(occurrences: readonly Occurrence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
  return counts;
}

type SparseVector = [number, number][];

function vectorise(counts: Map<string, number>, index: Map<string, number>, idf: readonly number[], lexical: Map<string, number> = new Map()): SparseVector {
  const v: SparseVector = [];
  for (const [key, n] of counts) {
    const f = index.get(key);
    if (f !== undefined) v.push([f, (1 + Math.log(n)) * idf[f]!]);
  }
  const norm = Math.sqrt(v.reduce((s, [, x]) => s + x * x, 0));
  if (norm > 0) for (const e of v) e[1] /= norm;
  for (const [key, value] of lexical) {
    const f = index.get(key);
    if (f !== undefined) v.push([f, value]);
  }
  return v.sort((a, b) => a[0] - b[0]);
}

/** The lexicon's score per typology code as features `l:<code>`, scaled by the settings' weight. */
function lexicalFeatures(text: string, lang: SuggestLanguage, weight: number): Map<string, number> {
  if (weight <= 0) return new Map();
  return new Map(suggestCodes(text, lang, { minScore: 0 }).map((s) => [`l:${s.code}`, s.score * weight]));
}

// --- training ---------------------------------------------------------------------------------

interface Prepared {
  counts: Map<string, number>;
  lexical: Map<string, number>;
}
// Cross-validation fits the same examples several times; their features are computed once.
const preparedCache = new WeakMap<TrainingExample, { key: string; value: Prepared }>();

function prepare(e: TrainingExample, lang: SuggestLanguage, settings: LearnerSettings): Prepared {
  const key = `${lang}|${settings.bigrams}|${settings.charGrams}|${settings.lexicon}|${settings.stopWords}`;
  const hit = preparedCache.get(e);
  if (hit?.key === key) return hit.value;
  const value = { counts: termCounts(featurise(e.text, lang, settings).occurrences), lexical: lexicalFeatures(e.text, lang, settings.lexicon) };
  preparedCache.set(e, { key, value });
  return value;
}

/** A small deterministic generator (mulberry32), so that the same data always give the same model. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The classes of a codebook's model: the codes used in the examples, and their domains when gating. */
function classesFor(examples: readonly TrainingExample[], codebook: readonly CodeNode[], settings: LearnerSettings) {
  const parentOf = new Map(codebook.map((c) => [c.key, c.parent]));
  const rootOf = (key: string) => {
    let k = key;
    for (let guard = 0; guard < 20 && parentOf.get(k); guard++) k = parentOf.get(k)!;
    return k;
  };
  const used = new Set(examples.flatMap((e) => e.codes).filter((k) => parentOf.has(k)));
  const scored = [...used].sort();
  const domains = settings.domainGate ? [...new Set(scored.map(rootOf))] : [];
  const coded = examples.filter((e) => e.codes.some((k) => parentOf.has(k))).length;
  const withGate = settings.gate && coded >= MIN_GATE_EXAMPLES && examples.length - coded >= MIN_GATE_EXAMPLES;
  const classes = [...new Set([...scored, ...domains]), ...(withGate ? [GATE] : [])];
  const indexOf = new Map(classes.map((c, i) => [c, i]));
  const gateClass = withGate ? classes.length - 1 : -1;
  const domainOf = classes.map((c) => {
    if (!settings.domainGate || c === GATE) return -1;
    const root = rootOf(c);
    return root === c ? -1 : (indexOf.get(root) ?? -1);
  });
  const isScored = classes.map((c) => used.has(c));
  /** The class indexes an example is positive for: its codes, their domains, and the gate when it has any. */
  const labels = (codes: readonly string[]) => {
    const set = new Set<number>();
    for (const code of codes) {
      const i = indexOf.get(code);
      if (i === undefined) continue;
      set.add(i);
      if (domainOf[i]! >= 0) set.add(domainOf[i]!);
      if (gateClass >= 0) set.add(gateClass);
    }
    return set;
  };
  return { classes, isScored, domainOf, gateClass, labels };
}

/** Trains a model on the examples (all of one language); the threshold is left at FALLBACK_THRESHOLD. */
export function fitModel(
  examples: readonly TrainingExample[],
  codebook: readonly CodeNode[],
  lang: SuggestLanguage,
  settings: LearnerSettings = DEFAULT_SETTINGS,
): LearnedModel {
  const { classes, isScored, domainOf, gateClass, labels } = classesFor(examples, codebook, settings);
  const prepared = examples.map((e) => prepare(e, lang, settings));
  const counted = prepared.map((p) => p.counts);
  const lexical = prepared.map((p) => p.lexical);
  const df = new Map<string, number>();
  for (const c of counted) for (const key of c.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const lexicalKeys = [...new Set(lexical.flatMap((l) => [...l.keys()]))];
  const features = [...[...df.entries()].filter(([, n]) => n >= settings.minDf).map(([k]) => k), ...lexicalKeys].sort();
  const index = new Map(features.map((k, i) => [k, i]));
  const n = examples.length;
  const idf = features.map((k) => (k.startsWith('l:') ? 1 : Math.log((1 + n) / (1 + df.get(k)!)) + 1));
  const vectors = counted.map((c, i) => vectorise(c, index, idf, lexical[i]));
  const positives = examples.map((e) => labels(e.codes));

  const C = classes.length;
  const F = features.length;
  const w = Array.from({ length: C }, () => new Float64Array(F));
  const g2 = Array.from({ length: C }, () => new Float64Array(F));
  const b = new Float64Array(C);
  const b2 = new Float64Array(C);
  // typed arrays: the inner loop runs some ten million times
  const idx = vectors.map((v) => Int32Array.from(v, ([f]) => f));
  const val = vectors.map((v) => Float64Array.from(v, ([, x]) => x));
  const isPositive = positives.map((p) => Uint8Array.from({ length: C }, (_, c) => (p.has(c) ? 1 : 0)));
  const { learningRate: rate, l2, positiveWeight } = settings;
  const next = random(settings.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const fi = idx[i]!;
      const xi = val[i]!;
      const yi = isPositive[i]!;
      const nnz = fi.length;
      for (let c = 0; c < C; c++) {
        const wc = w[c]!;
        const gc = g2[c]!;
        let z = b[c]!;
        for (let k = 0; k < nnz; k++) z += wc[fi[k]!]! * xi[k]!;
        const y = yi[c]!;
        const grad = (sigmoid(z) - y) * (y ? positiveWeight : 1);
        for (let k = 0; k < nnz; k++) {
          const f = fi[k]!;
          const g = grad * xi[k]! + l2 * wc[f]!;
          gc[f] = gc[f]! + g * g;
          wc[f] = wc[f]! - (rate * g) / Math.sqrt(gc[f]! + 1e-8);
        }
        b2[c] = b2[c]! + grad * grad;
        b[c] = b[c]! - (rate * grad) / Math.sqrt(b2[c]! + 1e-8);
      }
    }
  }
  return {
    version: MODEL_VERSION,
    lang,
    features,
    idf,
    classes,
    scored: isScored,
    domainOf,
    gateClass,
    bias: [...b],
    ...packWeights(w),
    positives: classes.map((_, c) => positives.filter((p) => p.has(c)).length),
    ...FALLBACK_THRESHOLDS,
    lexicon: settings.lexicon,
    domainPower: settings.domainPower,
    bigrams: settings.bigrams,
    charGrams: settings.charGrams,
    stopWords: settings.stopWords,
    // only coded fragments can be named as examples of a code
    examples: examples.flatMap((e, i) =>
      positives[i]!.size
        ? [
            {
              ref: e.ref,
              classes: [...positives[i]!].sort((a, c) => a - c),
              vector: vectors[i]!.map(([f, x]): [number, number] => [f, Math.round(x * 1000) / 1000]),
            },
          ]
        : [],
    ),
  };
}

// A model is stored in the database: 16-bit weights keep it to a few hundred kilobytes, and a
// step of 1/32767 of the largest weight moves no score visibly.
function packWeights(w: readonly Float64Array[]): { weights: string[]; weightScale: number[] } {
  const weightScale = w.map((wc) => wc.reduce((m, x) => Math.max(m, Math.abs(x)), 0) / 32767 || 1);
  const weights = w.map((wc, c) => {
    const q = new Int16Array(wc.length);
    for (let f = 0; f < wc.length; f++) q[f] = Math.round(wc[f]! / weightScale[c]!);
    return Buffer.from(new Uint8Array(q.buffer)).toString('base64');
  });
  return { weights, weightScale };
}

function unpackWeights(model: LearnedModel): Float32Array[] {
  return model.weights.map((b64, c) => {
    const bytes = Buffer.from(b64, 'base64');
    const q = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return Float32Array.from(q, (v) => v * model.weightScale[c]!);
  });
}

// --- prediction -------------------------------------------------------------------------------

function probabilities(s: Scorer, x: SparseVector): number[] {
  const model = s.model;
  return model.classes.map((_, c) => {
    let z = model.bias[c]!;
    const wc = s.dense[c]!;
    for (const [f, v] of x) z += wc[f]! * v;
    return sigmoid(z);
  });
}

function codeScore(model: LearnedModel, probability: readonly number[], c: number): number {
  const d = model.domainOf[c]!;
  const a = model.domainPower;
  return d >= 0 ? probability[d]! ** a * probability[c]! ** (1 - a) : probability[c]!;
}

/** Scores of an example whose features are already computed (cross-validation). */
function scorePrepared(model: LearnedModel, p: Prepared): LearnedScore[] {
  const s = scorerFor(model);
  const probability = probabilities(s, vectorise(p.counts, s.index, model.idf, p.lexical));
  const impact = model.gateClass >= 0 ? probability[model.gateClass]! : 1;
  const results: LearnedScore[] = [];
  for (let c = 0; c < model.classes.length; c++)
    if (model.scored[c]) results.push({ code: model.classes[c]!, score: codeScore(model, probability, c), impact, words: [], examples: [] });
  return results.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}

export interface LearnedScore {
  code: string;
  score: number;
  /** The gate's probability that the text shows anything of the codebook (1 without a gate). */
  impact: number;
  /** The words of the text (as written) that raised the score most, in text order. */
  words: string[];
  /** Refs of the training examples of this code most like the text, best first. */
  examples: string[];
}

/** Dense weights for scoring, built once per loaded model. */
interface Scorer {
  model: LearnedModel;
  index: Map<string, number>;
  dense: Float32Array[];
}
const scorers = new WeakMap<LearnedModel, Scorer>();

function scorerFor(model: LearnedModel): Scorer {
  let s = scorers.get(model);
  if (!s) {
    s = { model, index: new Map(model.features.map((k, i) => [k, i])), dense: unpackWeights(model) };
    scorers.set(model, s);
  }
  return s;
}

export interface ScoreOptions {
  /** How many explaining examples to name per code; 0 skips the search. */
  examples?: number;
  /** How many explaining words per code; 0 skips them (cross-validation needs only the scores). */
  words?: number;
}

/** Every suggestible code of the model with its score, best first (no threshold applied). */
export function scoreText(model: LearnedModel, text: string, options: ScoreOptions = {}): LearnedScore[] {
  const s = scorerFor(model);
  const { tokens, occurrences } = featurise(text, model.lang, model);
  const x = vectorise(termCounts(occurrences), s.index, model.idf, lexicalFeatures(text, model.lang, model.lexicon));
  const xs = new Map(x);
  const probability = probabilities(s, x);
  const impact = model.gateClass >= 0 ? probability[model.gateClass]! : 1;
  const results: LearnedScore[] = [];
  for (let c = 0; c < model.classes.length; c++) {
    if (!model.scored[c]) continue;
    const d = model.domainOf[c]!;
    const score = codeScore(model, probability, c);
    const words = options.words === 0 ? [] : explainWords(s, c, d, tokens, occurrences, xs, text, options.words ?? 4);
    results.push({ code: model.classes[c]!, score, impact, words, examples: [] });
  }
  results.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  if (options.examples) for (const r of results.slice(0, 3)) r.examples = nearestExamples(model, model.classes.indexOf(r.code), x, options.examples);
  return results;
}

function explainWords(
  s: Scorer,
  c: number,
  d: number,
  tokens: Featurised['tokens'],
  occurrences: readonly Occurrence[],
  x: Map<number, number>,
  text: string,
  limit: number,
): string[] {
  const credit = new Map<number, number>();
  const seen = new Set<string>();
  const lang = s.model.lang;
  for (const o of occurrences) {
    if (seen.has(o.key)) continue;
    seen.add(o.key);
    const f = s.index.get(o.key);
    if (f === undefined) continue;
    const weight = s.dense[c]![f]! + (d >= 0 ? s.dense[d]![f]! : 0);
    const push = weight * x.get(f)!;
    if (push <= 0) continue;
    // a pair's push is shared by its two words; a function word is never named as a reason
    for (let t = o.from; t < o.to; t++) if (!isStopWord(tokens[t]!.norm, lang)) credit.set(t, (credit.get(t) ?? 0) + push / (o.to - o.from));
  }
  const ranked = [...credit.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  const chosen = ranked
    .filter(([, v]) => v >= top * 0.25)
    .slice(0, limit)
    .map(([t]) => t)
    .sort((a, b) => a - b);
  return [...new Set(chosen.map((t) => text.slice(tokens[t]!.start, tokens[t]!.end)))];
}

function nearestExamples(model: LearnedModel, c: number, x: SparseVector, limit: number): string[] {
  const xs = new Map(x);
  return model.examples
    .filter((e) => e.classes.includes(c))
    .map((e) => ({ ref: e.ref, sim: e.vector.reduce((sum, [f, v]) => sum + v * (xs.get(f) ?? 0), 0) }))
    .filter((e) => e.sim > 0)
    .sort((a, b) => b.sim - a.sim || a.ref.localeCompare(b.ref))
    .slice(0, limit)
    .map((e) => e.ref);
}

export interface Thresholds {
  threshold: number;
  gateThreshold: number;
  /** A code after the best one is suggested only with at least this share of the best one's score. */
  nextRatio: number;
}

/**
 * The codes a model suggests for a text: none when the gate rejects it, else the `limit` best at or
 * above the threshold, the ones after the first only when they come close to it.
 */
export function decide(scores: readonly LearnedScore[], thresholds: Thresholds, limit: number): LearnedScore[] {
  const best = scores[0];
  if (!best || best.impact < thresholds.gateThreshold) return [];
  return scores.filter((s) => s.score >= thresholds.threshold && s.score >= best.score * thresholds.nextRatio).slice(0, limit);
}

// --- measuring --------------------------------------------------------------------------------

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Figures {
  /** Gold codes (the n of recall). */
  n: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function figures(c: Counts): Figures {
  const precision = c.predicted === 0 ? null : c.correct / c.predicted;
  const recall = c.gold === 0 ? null : c.correct / c.gold;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : c.gold + c.predicted > 0 && c.correct === 0
        ? 0
        : null;
  return { n: c.gold, predicted: c.predicted, correct: c.correct, precision, recall, f1 };
}

export interface Measurement {
  /** Fragments measured. */
  fragments: number;
  /** Per group (typology: domain; a flat codebook: code), a predicted code is right when it is one of the fragment's codes. */
  groups: Record<string, Figures>;
  overall: Figures;
  /** The same at group level: a predicted code is right when its group is one of the fragment's groups. */
  groupLevel: Record<string, Figures>;
  groupLevelOverall: Figures;
}

/** Precision, recall and F1 of predicted against gold codes, micro-averaged, per group and overall. */
export function measure(pairs: readonly { gold: readonly string[]; predicted: readonly string[] }[], groupOf: (code: string) => string): Measurement {
  const codeLevel = new Map<string, Counts>();
  const groupLevel = new Map<string, Counts>();
  const at = (m: Map<string, Counts>, k: string) => m.get(k) ?? m.set(k, { gold: 0, predicted: 0, correct: 0 }).get(k)!;
  for (const { gold, predicted } of pairs) {
    const goldSet = new Set(gold);
    for (const p of new Set(predicted)) {
      const c = at(codeLevel, groupOf(p));
      c.predicted++;
      if (goldSet.has(p)) c.correct++;
    }
    for (const g of goldSet) at(codeLevel, groupOf(g)).gold++;
    const goldGroups = new Set(gold.map(groupOf));
    for (const p of new Set(predicted.map(groupOf))) {
      const c = at(groupLevel, p);
      c.predicted++;
      if (goldGroups.has(p)) c.correct++;
    }
    for (const g of goldGroups) at(groupLevel, g).gold++;
  }
  const total = (m: Map<string, Counts>) =>
    [...m.values()].reduce((a, c) => ({ gold: a.gold + c.gold, predicted: a.predicted + c.predicted, correct: a.correct + c.correct }), {
      gold: 0,
      predicted: 0,
      correct: 0,
    });
  const table = (m: Map<string, Counts>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, figures(c)]));
  return {
    fragments: pairs.length,
    groups: table(codeLevel),
    overall: figures(total(codeLevel)),
    groupLevel: table(groupLevel),
    groupLevelOverall: figures(total(groupLevel)),
  };
}

/** Stable fold of a group: a string hash, so that a fragment keeps its fold as data are added. */
function foldOf(group: string, folds: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619) >>> 0;
  return h % folds;
}

export interface CrossValidation {
  /** Out-of-fold scores per example (in the order given). */
  scores: LearnedScore[][];
  folds: number;
}

/** Scores every example with a model trained on the other folds. */
export function crossValidate(
  examples: readonly TrainingExample[],
  codebook: readonly CodeNode[],
  lang: SuggestLanguage,
  settings: LearnerSettings = DEFAULT_SETTINGS,
): CrossValidation {
  const fold = examples.map((e) => foldOf(e.group, settings.folds, settings.seed));
  const scores: LearnedScore[][] = examples.map(() => []);
  for (let k = 0; k < settings.folds; k++) {
    const train = examples.filter((_, i) => fold[i] !== k);
    if (!examples.some((_, i) => fold[i] === k) || train.length === 0) continue;
    const model = fitModel(train, codebook, lang, settings);
    examples.forEach((e, i) => {
      if (fold[i] === k) scores[i] = scorePrepared(model, prepare(e, lang, settings));
    });
  }
  return { scores, folds: settings.folds };
}

/**
 * The thresholds (the codes' and the gate's, chosen together) that give the best micro-F1 at group
 * level over out-of-fold scores; on a tie the lower ones, which stay silent less.
 */
export function chooseThresholds(
  examples: readonly TrainingExample[],
  cv: CrossValidation,
  groupOf: (code: string) => string,
  limit: number,
  withGate: boolean,
): Thresholds {
  let best = { thresholds: { ...FALLBACK_THRESHOLDS }, f1: -1 };
  for (const gateThreshold of withGate ? GATE_THRESHOLDS : [0]) {
    for (const nextRatio of limit > 1 ? NEXT_RATIOS : [0]) {
      for (const threshold of THRESHOLDS) {
        const thresholds = { threshold, gateThreshold, nextRatio };
        const pairs = examples.map((e, i) => ({ gold: e.codes, predicted: decide(cv.scores[i]!, thresholds, limit).map((s) => s.code) }));
        const f1 = measure(pairs, groupOf).groupLevelOverall.f1 ?? 0;
        if (f1 > best.f1 + 1e-9) best = { thresholds, f1 };
      }
    }
  }
  return best.thresholds;
}

// --- the whole training -----------------------------------------------------------------------

export interface TrainingInput {
  examples: TrainingExample[];
  codebook: CodeNode[];
  lang: SuggestLanguage;
  /** At most this many suggestions per text, as the API gives them. */
  limit: number;
  settings?: Partial<LearnerSettings>;
}

export interface TrainingResult {
  model: LearnedModel;
  /** Cross-validated figures over the examples marked `evaluate`; null when there are too few of them. */
  measurement: Measurement | null;
}

/** Examples to be measured before cross-validated figures mean anything. */
export const MIN_MEASURED = 10;

/** Cross-validates (choosing the threshold and measuring), then trains the model on every example. */
export function trainAndMeasure(input: TrainingInput): TrainingResult {
  const settings = { ...DEFAULT_SETTINGS, ...input.settings };
  const groupOf = groupOfIn(input.codebook);
  const measured = input.examples.filter((e) => e.evaluate).length;
  const groups = new Set(input.examples.map((e) => e.group));
  let thresholds: Thresholds = { ...FALLBACK_THRESHOLDS };
  let measurement: Measurement | null = null;
  const model = fitModel(input.examples, input.codebook, input.lang, settings);
  if (groups.size >= settings.folds) {
    const cv = crossValidate(input.examples, input.codebook, input.lang, settings);
    thresholds = chooseThresholds(input.examples, cv, groupOf, input.limit, model.gateClass >= 0);
    if (measured >= MIN_MEASURED) {
      const pairs = input.examples.flatMap((e, i) =>
        e.evaluate ? [{ gold: e.codes, predicted: decide(cv.scores[i]!, thresholds, input.limit).map((s) => s.code) }] : [],
      );
      measurement = measure(pairs, groupOf);
    }
  }
  model.threshold = thresholds.threshold;
  model.gateThreshold = thresholds.gateThreshold;
  model.nextRatio = thresholds.nextRatio;
  return { model, measurement };
}

/** The group a code is measured in: its top-level code (a typology domain), or itself in a flat codebook. */
export function groupOfIn(codebook: readonly CodeNode[]): (code: string) => string {
  const parentOf = new Map(codebook.map((c) => [c.key, c.parent]));
  return (code) => {
    let k = code;
    for (let guard = 0; guard < 20 && parentOf.get(k); guard++) k = parentOf.get(k)!;
    return k;
  };
}
