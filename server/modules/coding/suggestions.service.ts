// Code suggestions that learn from coding (issue 16). A model per codebook, language and training
// scope (learner.ts) is trained in the background off the main thread and stored; suggestions come
// from the model the caller's scope may use, or from the typology's lexicon until there is one.
import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import type { SuggestInput, SuggestionModelsView, SuggestionView, SuggestView } from '../../../shared/coding.js';
import { LOCALES, type Locale } from '../../../shared/reference.js';
import type { Deps } from '../../deps.js';
import { z } from 'zod';
import { parseJson, toJson } from '../../db/json.js';
import type { LearningScopeKey } from '../../db/schema.js';
import {
  type Actor,
  canSeeCodebook,
  type LearningScope,
  learningPool,
  maySeeExample,
  requireActor,
  requireLearningScope,
  requireSeesCodebook,
} from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import labelled from './eval/labelled.json' with { type: 'json' };
import {
  type CodeNode,
  DEFAULT_SETTINGS,
  MODEL_VERSION,
  decide,
  type Figures,
  type LearnedModel,
  type LearnerSettings,
  type Measurement,
  scoreText,
  type TrainingExample,
  type TrainingInput,
  type TrainingResult,
  trainAndMeasure,
} from './learner.js';
import { splitSentences, suggestCodes, wordTokens } from './suggest.js';
import * as q from './suggestions.queries.js';

/** At most this many codes per text: most coded fragments carry one or two. */
export const SUGGESTION_LIMIT = 2;
/** A scope's model is trained again once this many codings were added or removed since. */
export const RETRAIN_AFTER = 10;
/** Explaining examples per suggestion. */
const EXAMPLES_PER_SUGGESTION = 2;
/** How long a server may hold a model for training before another may take it over. */
const CLAIM_MS = 10 * 60_000;
/** The typology's learner settings beside the defaults: the lexicon's cue score per code is a feature (learner.ts). */
export const TYPOLOGY_SETTINGS: Partial<LearnerSettings> = { lexicon: 2 };

// --- who learns from what ------------------------------------------------------------------------
// The rules (learningScopeFor, learningPool, maySeeExample, canShareSourceForLearning) are the
// access module's; here only the key a scope's model is stored under.

const scopeKey = (scope: LearningScope): LearningScopeKey => (scope.kind === 'organisation' ? `organisation:${scope.organisationId}` : scope.kind);

const isAgencyRole = (role: string | null) => role === 'na_admin' || role === 'na_analyst';

// --- the labelled set ----------------------------------------------------------------------------

interface LabelledFragment {
  id: string;
  lang: Locale;
  split: 'dev' | 'test' | 'train';
  text: string;
  codes: string[];
}
const LABELLED = (labelled as { fragments: LabelledFragment[] }).fragments;
const LABELLED_BY_ID = new Map(LABELLED.map((f) => [f.id, f]));

function labelledExamples(lang: Locale): TrainingExample[] {
  return LABELLED.filter((f) => f.lang === lang).map((f) => ({
    ref: `labelled:${f.id}`,
    group: `labelled:${f.id}`,
    text: f.text,
    codes: f.codes,
    evaluate: false,
  }));
}

// --- codebooks -----------------------------------------------------------------------------------

interface LearnableCodebook {
  id: string;
  key: string;
  kind: string;
  codes: CodeNode[];
}

async function learnableCodebooks(deps: Deps): Promise<LearnableCodebook[]> {
  const books = new Map<string, LearnableCodebook>();
  for (const r of await q.listCodebooksForLearning(deps.db)) {
    const book = books.get(r.codebook_id) ?? books.set(r.codebook_id, { id: r.codebook_id, key: r.codebook_key, kind: r.kind, codes: [] }).get(r.codebook_id)!;
    if (r.key) book.codes.push({ key: r.key, parent: r.parent_key });
  }
  return [...books.values()];
}

const isTypology = (book: { kind: string }) => book.kind === 'typology';

// --- training ------------------------------------------------------------------------------------

interface DueModel {
  book: LearnableCodebook;
  scope: LearningScope;
  language: Locale;
  codings: number;
}

/** The scopes worth a model, with their codings now: Agency and shared always for the typology, an organisation once it codes itself. */
function scopesWithCounts(books: readonly LearnableCodebook[], counts: Awaited<ReturnType<typeof q.countCodingsForLearning>>) {
  const result: DueModel[] = [];
  for (const book of books) {
    for (const language of LOCALES) {
      const rows = counts.filter((r) => r.codebook_id === book.id && r.language === language);
      const agency = rows.filter((r) => isAgencyRole(r.role));
      const shared = agency.filter((r) => r.agency_shared === 1);
      const sum = (rs: typeof rows) => rs.reduce((n, r) => n + Number(r.n), 0);
      if (isTypology(book) || sum(agency) > 0) result.push({ book, scope: { kind: 'agency' }, language, codings: sum(agency) });
      if (isTypology(book) || sum(shared) > 0) result.push({ book, scope: { kind: 'shared' }, language, codings: sum(shared) });
      for (const organisationId of new Set(rows.map((r) => r.organisation_id))) {
        const own = rows.filter((r) => r.organisation_id === organisationId);
        // an organisation whose only codings are shared material learns nothing the shared model lacks
        if (sum(own) === sum(shared.filter((r) => r.organisation_id === organisationId))) continue;
        const sharedElsewhere = shared.filter((r) => r.organisation_id !== organisationId);
        result.push({ book, scope: { kind: 'organisation', organisationId }, language, codings: sum(own) + sum(sharedElsewhere) });
      }
    }
  }
  return result;
}

/** Uncoded sentences taken per coded segment of a source, at most. */
const UNCODED_PER_SEGMENT = 2;
/** Sources whose uncoded sentences are read, newest first. */
const UNCODED_SOURCES = 200;
/** An uncoded sentence shorter than this (in words) says too little to learn silence from. */
const UNCODED_MIN_WORDS = 4;

/**
 * Negatives from real coding: the sentences of a source that no segment touches, in the part its
 * coders worked through (up to the end of its last segment; the rest may simply not be read yet).
 * A coder who skips a sentence says it shows nothing worth coding; so every codebook, not only the
 * typology with its written no-impact fragments, learns when to stay silent. Spread evenly over the
 * part read, at most UNCODED_PER_SEGMENT per segment, so an interview coded sparsely does not drown
 * its codes.
 */
export function uncodedSentences(content: string, spans: readonly { start: number; end: number }[], language: Locale) {
  if (spans.length === 0) return [];
  const reached = Math.max(...spans.map((s) => s.end));
  const free = splitSentences(content).filter(
    (sentence) =>
      sentence.end <= reached &&
      !spans.some((g) => g.start < sentence.end && g.end > sentence.start) &&
      wordTokens(sentence.text, language).length >= UNCODED_MIN_WORDS,
  );
  const most = spans.length * UNCODED_PER_SEGMENT;
  if (free.length <= most) return free;
  return Array.from({ length: most }, (_, i) => free[Math.floor(((i + 0.5) * free.length) / most)]!);
}

async function examplesFor(deps: Deps, book: LearnableCodebook, scope: LearningScope, language: Locale): Promise<TrainingExample[]> {
  const pool = learningPool(scope);
  const rows = await q.listCodingsForLearning(deps.db, book.id, language, pool);
  const bySegment = new Map<string, TrainingExample>();
  for (const r of rows) {
    const e =
      bySegment.get(r.segment_id) ??
      bySegment
        .set(r.segment_id, { ref: `segment:${r.segment_id}`, group: `source:${r.source_id}`, text: r.text, codes: [], evaluate: true })
        .get(r.segment_id)!;
    if (!e.codes.includes(r.key)) e.codes.push(r.key);
  }
  const sources = await q.listSourcesOfCodingsForLearning(deps.db, book.id, language, pool, UNCODED_SOURCES);
  const spans = await q.listSegmentSpansOfSources(
    deps.db,
    sources.map((x) => x.id),
  );
  const uncoded = sources.flatMap((source) =>
    uncodedSentences(
      source.content,
      spans.filter((g) => g.source_id === source.id).map((g) => ({ start: g.start_offset, end: g.end_offset })),
      language,
    ).map(
      (sentence): TrainingExample => ({
        ref: `sentence:${source.id}:${sentence.start}`,
        group: `source:${source.id}`,
        text: sentence.text,
        codes: [],
        evaluate: true,
      }),
    ),
  );
  return [...(isTypology(book) ? labelledExamples(language) : []), ...bySegment.values(), ...uncoded];
}

/** Runs the learner in a worker thread; the event loop stays free for coders meanwhile. */
function trainOffThread(input: TrainingInput): Promise<TrainingResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./learner.worker.mjs', import.meta.url), { workerData: input });
    worker.once('message', (result: TrainingResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the training worker stopped with code ${code}`));
    });
  });
}

// --- stored models, read back through their schemas (db/json.ts) ------------------------------

const figuresSchema = z.object({
  n: z.number(),
  predicted: z.number(),
  correct: z.number(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  f1: z.number().nullable(),
}) satisfies z.ZodType<Figures>;
const measurementSchema = z.object({
  fragments: z.number(),
  groups: z.record(z.string(), figuresSchema),
  overall: figuresSchema,
  groupLevel: z.record(z.string(), figuresSchema),
  groupLevelOverall: figuresSchema,
}) satisfies z.ZodType<Measurement>;
const storedMetricsSchema = z.object({
  /** the learner's model version; a model of another version is trained again */
  version: z.number().default(1),
  measurement: measurementSchema.nullable(),
  folds: z.number(),
  threshold: z.number(),
  gateThreshold: z.number().default(0),
  nextRatio: z.number().default(0),
});
type StoredMetrics = z.infer<typeof storedMetricsSchema>;
const learnedModelSchema = z.object({
  version: z.literal(MODEL_VERSION),
  lang: z.enum(LOCALES),
  features: z.array(z.string()),
  idf: z.array(z.number()),
  classes: z.array(z.string()),
  scored: z.array(z.boolean()),
  domainOf: z.array(z.number()),
  gateClass: z.number(),
  bias: z.array(z.number()),
  weights: z.array(z.string()),
  weightScale: z.array(z.number()),
  positives: z.array(z.number()),
  threshold: z.number(),
  gateThreshold: z.number(),
  nextRatio: z.number(),
  lexicon: z.number(),
  domainPower: z.number(),
  bigrams: z.boolean(),
  charGrams: z.number(),
  stopWords: z.enum(['keep', 'drop']),
  examples: z.array(z.object({ ref: z.string(), classes: z.array(z.number()), vector: z.array(z.tuple([z.number(), z.number()])) })),
}) satisfies z.ZodType<LearnedModel>;

const metricsOf = (row: { metrics: string | null }) => (row.metrics ? parseJson(storedMetricsSchema, row.metrics, 'suggestion_models.metrics') : null);

export interface TrainingReport {
  trained: { codebook: string; scope: string; language: Locale; examples: number }[];
}

const running = new WeakSet<Deps>();

/**
 * Trains every model that is due: missing, or its scope's codings moved by RETRAIN_AFTER or more
 * since it was trained. Each model is claimed first, so that several app servers train it once.
 * `offThread: false` trains in this thread (scripts; tests that want to wait for it say so too).
 */
export async function trainDueModels(
  deps: Deps,
  options: { worker?: string; offThread?: boolean; codebooks?: string[]; languages?: Locale[] } = {},
): Promise<TrainingReport> {
  const report: TrainingReport = { trained: [] };
  if (running.has(deps)) return report;
  running.add(deps);
  try {
    const worker = options.worker ?? `trainer-${process.pid}`;
    const books = await learnableCodebooks(deps);
    const stored = new Map((await q.listModelSummaries(deps.db)).map((m) => [`${m.codebook_id}|${m.scope}|${m.language}`, m]));
    const wanted = books.filter((b) => !options.codebooks || options.codebooks.includes(b.key));
    for (const due of scopesWithCounts(wanted, await q.countCodingsForLearning(deps.db))) {
      if (options.languages && !options.languages.includes(due.language)) continue;
      const key = scopeKey(due.scope);
      const row = stored.get(`${due.book.id}|${key}|${due.language}`);
      const current = row?.trained_at && metricsOf(row)?.version === MODEL_VERSION;
      if (current && Math.abs(due.codings - row.codings_count) < RETRAIN_AFTER) continue;
      await q.insertModelRowIfMissing(deps.db, { id: newId(), codebook_id: due.book.id, scope: key, language: due.language });
      const now = deps.clock();
      if (!(await q.claimModel(deps.db, due.book.id, key, due.language, worker, now.toISOString(), new Date(now.getTime() + CLAIM_MS).toISOString()))) continue;
      try {
        const examples = await examplesFor(deps, due.book, due.scope, due.language);
        const input: TrainingInput = {
          examples,
          codebook: due.book.codes,
          lang: due.language,
          limit: SUGGESTION_LIMIT,
          settings: isTypology(due.book) ? TYPOLOGY_SETTINGS : {},
        };
        const result = options.offThread === false ? trainAndMeasure(input) : await trainOffThread(input);
        const metrics: StoredMetrics = {
          version: MODEL_VERSION,
          measurement: result.measurement,
          folds: DEFAULT_SETTINGS.folds,
          threshold: result.model.threshold,
          gateThreshold: result.model.gateThreshold,
          nextRatio: result.model.nextRatio,
        };
        await q.saveModel(deps.db, due.book.id, key, due.language, worker, {
          trained_at: deps.clock().toISOString(),
          codings_count: due.codings,
          examples_count: examples.length,
          model: toJson(result.model),
          metrics: toJson(metrics),
        });
        report.trained.push({ codebook: due.book.key, scope: key, language: due.language, examples: examples.length });
      } catch (err) {
        await q.releaseModel(deps.db, due.book.id, key, due.language, worker);
        throw err;
      }
    }
    return report;
  } finally {
    running.delete(deps);
  }
}

const kickers = new WeakMap<Deps, () => void>();

/** Asks the background trainer (when this app runs one) to look for due models now rather than at its next round. */
function kickTrainer(deps: Deps) {
  kickers.get(deps)?.();
}

/** Trains due models every `intervalMs` in this process, off the main thread; returns the stop function. */
export function startSuggestionTrainer(deps: Deps, log: FastifyBaseLogger, intervalMs: number): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const round = async () => {
    try {
      const report = await trainDueModels(deps);
      if (report.trained.length) log.info({ trained: report.trained }, 'suggestion models trained');
    } catch (err) {
      log.warn({ err }, 'suggestion training failed');
    }
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void round().then(() => schedule(intervalMs)), ms);
    timer.unref();
  };
  kickers.set(deps, () => schedule(0));
  schedule(1000);
  return () => {
    stopped = true;
    clearTimeout(timer);
    kickers.delete(deps);
  };
}

// --- models in use -------------------------------------------------------------------------------

interface LoadedModel {
  id: string;
  trainedAt: string;
  model: LearnedModel;
}
// Parsed models per scope; each use checks the stored training date first (cheap), so that every
// app server picks up a model another one trained.
const loaded = new Map<string, LoadedModel>();

async function loadModel(deps: Deps, codebookId: string, scope: LearningScopeKey, language: Locale): Promise<LoadedModel | null> {
  const stamp = await q.findModelStamp(deps.db, codebookId, scope, language);
  if (!stamp?.trained_at) return null;
  const key = `${codebookId}|${scope}|${language}`;
  const hit = loaded.get(key);
  if (hit && hit.id === stamp.id && hit.trainedAt === stamp.trained_at) return hit;
  const row = await q.findModel(deps.db, codebookId, scope, language);
  if (!row?.model || !row.trained_at) return null;
  // a model of an older learner is not used: it is trained again at the trainer's next round
  if (metricsOf(row)?.version !== MODEL_VERSION) return null;
  const fresh = { id: row.id, trainedAt: row.trained_at, model: parseJson(learnedModelSchema, row.model, 'suggestion_models.model') };
  loaded.set(key, fresh);
  return fresh;
}

/** The model a scope uses: an organisation's own once it has one, else the shared material's; the Agency's own. */
async function modelInUse(deps: Deps, codebookId: string, scope: LearningScope, language: Locale) {
  const own = await loadModel(deps, codebookId, scopeKey(scope), language);
  if (own) return { ...own, learnedFrom: scope.kind };
  if (scope.kind !== 'organisation') return null;
  const shared = await loadModel(deps, codebookId, 'shared', language);
  return shared ? { ...shared, learnedFrom: 'shared' as const } : null;
}

async function requireCodebookForSuggestions(deps: Deps, actor: Actor, key: string) {
  const book = await q.findCodebookByKey(deps.db, key);
  if (!book) throw notFound('codebook.not_found');
  requireSeesCodebook(actor, { organisationId: book.organisation_id });
  return book;
}

const rounded = (score: number) => Math.round(score * 1000) / 1000;

export interface SuggestFor {
  codebookId: string;
  kind: string;
  scope: LearningScope;
  model: LearnedModel | null;
}

/** What the suggestions for an actor, codebook and language come from; reused for every sentence of a source. */
export async function suggesterFor(deps: Deps, actorOrNull: Actor | null, codebookKey: string, language: Locale): Promise<SuggestFor> {
  const actor = requireActor(actorOrNull);
  const scope = requireLearningScope(actor);
  const book = await requireCodebookForSuggestions(deps, actor, codebookKey);
  const inUse = await modelInUse(deps, book.id, scope, language);
  if (!inUse) kickTrainer(deps);
  return { codebookId: book.id, kind: book.kind, scope, model: inUse?.model ?? null };
}

/** Codes for one text from a suggester: the model's above its threshold, or the lexicon's for the typology until a model is trained. */
export function suggestWith(suggester: SuggestFor, text: string, language: Locale, withExamples: boolean): (SuggestionView & { exampleRefs: string[] })[] {
  if (suggester.model) {
    const scores = scoreText(suggester.model, text, { examples: withExamples ? EXAMPLES_PER_SUGGESTION : 0 });
    return decide(scores, suggester.model, SUGGESTION_LIMIT).map((s) => ({
      code: s.code,
      score: rounded(s.score),
      words: s.words,
      exampleRefs: s.examples,
    }));
  }
  if (!isTypology(suggester)) return [];
  return suggestCodes(text, language, { limit: SUGGESTION_LIMIT }).map((s) => ({ code: s.code, score: rounded(s.score), words: s.words, exampleRefs: [] }));
}

/** The examples behind suggestions: shipped fragments for anyone, coded segments only for whom may see them. */
async function resolveExamples(deps: Deps, actor: Actor, refs: readonly string[]) {
  const segmentIds = refs.filter((r) => r.startsWith('segment:')).map((r) => r.slice('segment:'.length));
  const segments = new Map(
    (await q.findSegmentsForExamples(deps.db, segmentIds)).filter((s) => maySeeExample(actor, { organisationId: s.organisation_id })).map((s) => [s.id, s]),
  );
  const resolved = new Map<string, { text: string; segmentId: string | null; sourceId: string | null }>();
  for (const ref of refs) {
    if (ref.startsWith('labelled:')) {
      const f = LABELLED_BY_ID.get(ref.slice('labelled:'.length));
      if (f) resolved.set(ref, { text: f.text, segmentId: null, sourceId: null });
    } else {
      const s = segments.get(ref.slice('segment:'.length));
      if (s) resolved.set(ref, { text: s.text, segmentId: s.id, sourceId: s.source_id });
    }
  }
  return resolved;
}

/** POST /coding/suggest: codes for a text, each with its score, the words that led to it and fragments like it. */
export async function suggestForText(deps: Deps, actorOrNull: Actor | null, input: SuggestInput): Promise<SuggestView> {
  const actor = requireActor(actorOrNull);
  const suggester = await suggesterFor(deps, actor, input.codebook ?? 'typology', input.lang);
  const suggestions = suggestWith(suggester, input.text, input.lang, true);
  const examples = await resolveExamples(
    deps,
    actor,
    suggestions.flatMap((s) => s.exampleRefs),
  );
  return {
    suggestions: suggestions.map(({ exampleRefs, ...s }) => ({ ...s, examples: exampleRefs.flatMap((r) => (examples.has(r) ? [examples.get(r)!] : [])) })),
  };
}

/** How the actor's suggestions for a codebook come about, per language, with the cross-validated figures. */
export async function suggestionModels(deps: Deps, actorOrNull: Actor | null, codebookId: string): Promise<SuggestionModelsView> {
  const actor = requireActor(actorOrNull);
  const scope = requireLearningScope(actor);
  const books = await learnableCodebooks(deps);
  const book = books.find((b) => b.id === codebookId);
  const row = book ? await q.findCodebookByKey(deps.db, book.key) : undefined;
  if (!book || !row || !canSeeCodebook(actor, { organisationId: row.organisation_id })) throw notFound('codebook.not_found');
  const summaries = await q.listModelSummaries(deps.db, codebookId);
  const now = deps.clock().toISOString();
  const models = LOCALES.map((language) => {
    const find = (key: string) => summaries.find((m) => m.scope === key && m.language === language);
    const own = find(scopeKey(scope));
    const shared = scope.kind === 'organisation' ? find('shared') : undefined;
    const used = own?.trained_at ? own : shared?.trained_at ? shared : undefined;
    const metrics = used ? metricsOf(used) : null;
    const m = metrics?.measurement ?? null;
    const source: SuggestionModelsView['models'][number]['source'] = used ? 'learned' : isTypology(book) ? 'lexicon' : 'none';
    return {
      language,
      source,
      learnedFrom: used ? (used === own ? scope.kind : ('shared' as const)) : null,
      trainedAt: used?.trained_at ?? null,
      examples: used?.examples_count ?? 0,
      codings: used?.codings_count ?? 0,
      threshold: metrics?.threshold ?? null,
      training: [own, shared].some((s) => !!s?.claimed_until && s.claimed_until > now),
      measured: m
        ? {
            fragments: m.fragments,
            folds: metrics!.folds,
            byGroup: Object.entries(m.groups).map(([group, f]) => ({ group, ...f })),
            overall: m.overall,
            domainOverall: m.groupLevelOverall,
          }
        : null,
    };
  });
  if (models.some((m) => m.source !== 'learned')) kickTrainer(deps);
  return { codebookId, codebookKey: book.key, scope: scope.kind === 'agency' ? 'agency' : 'organisation', retrainAfter: RETRAIN_AFTER, models };
}
