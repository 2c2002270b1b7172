import type { InstrumentInput, InstrumentView } from '../../../shared/questionnaires.js';
import { timeWords } from '../../../shared/instruments.js';
import type { Moment } from '../../../shared/reference.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, requireActor, requireAdmin } from '../../http/access.js';
import { AppError, type FieldError, invalid } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import * as q from './questionnaires.queries.js';

// The instrument library (the NA admin): every version of the participant's and the organisation's
// questionnaire per moment. A published version is never changed; editing publishes a new one.

function instrumentView(row: DB['instruments'], items: DB['instrument_items'][]): InstrumentView {
  return {
    id: row.id,
    audience: row.audience,
    moment: row.moment,
    version: row.version,
    titleNl: row.title_nl,
    titleEn: row.title_en,
    introNl: row.intro_nl,
    introEn: row.intro_en,
    publishedAt: row.published_at,
    items: items.map((i) => ({
      id: i.id,
      key: i.key,
      kind: i.kind,
      typologyCode: i.typology_code,
      factorCode: i.factor_code,
      nl: i.text_nl,
      en: i.text_en,
      required: i.required === 1,
    })),
  };
}

/** Every version of every instrument with its items: two queries. */
export async function listInstruments(deps: Deps, actorOrNull: Actor | null): Promise<InstrumentView[]> {
  requireActor(actorOrNull);
  const instruments = await q.listInstruments(deps.db);
  const items = await q.listItemsOfInstruments(
    deps.db,
    instruments.map((i) => i.id),
  );
  return instruments.map((r) =>
    instrumentView(
      r,
      items.filter((i) => i.instrument_id === r.id),
    ),
  );
}

/**
 * What a new version must keep: a key stands for one item for good (same kind, code and wording
 * in both languages), so that answers under one key compare across versions and moments; a state
 * item says nothing about time or the activity.
 */
async function checkItems(deps: Deps, moment: Moment, input: InstrumentInput): Promise<void> {
  const keys = input.items.map((i) => i.key);
  if (new Set(keys).size !== keys.length) throw invalid('items', 'instrument.duplicate_key');
  const errors: FieldError[] = [];
  for (const [n, item] of input.items.entries()) {
    if (item.kind === 'factor' && !item.factorCode) errors.push({ path: `items.${n}.factorCode`, message: 'validation.required' });
    if ((item.kind === 'state' || item.kind === 'retrospective') && !item.typologyCode)
      errors.push({ path: `items.${n}.typologyCode`, message: 'validation.required' });
    if (item.kind === 'state' && (timeWords(item.nl, 'nl').length || timeWords(item.en, 'en').length))
      errors.push({ path: `items.${n}.${timeWords(item.nl, 'nl').length ? 'nl' : 'en'}`, message: 'instrument.state_item_time' });
    if (item.kind === 'goal' && input.audience === 'organisation') errors.push({ path: `items.${n}.kind`, message: 'instrument.goal_participants_only' });
    if (item.kind === 'goal' && moment === 'T0') errors.push({ path: `items.${n}.kind`, message: 'instrument.goal_not_at_t0' });
  }
  const earlier = await q.listItemsWithKeys(deps.db, keys);
  for (const [n, item] of input.items.entries()) {
    const same = (e: (typeof earlier)[number]) =>
      e.kind === item.kind &&
      e.typology_code === (item.typologyCode ?? null) &&
      e.factor_code === (item.factorCode ?? null) &&
      e.text_nl === item.nl &&
      e.text_en === item.en;
    if (earlier.some((e) => e.key === item.key && !same(e))) errors.push({ path: `items.${n}.key`, message: 'instrument.key_reused' });
  }
  if (errors.length) throw new AppError('invalid_input', 'invalid_input', errors);
}

/** Editing an instrument publishes a new version; answers keep the version they were given on. */
export async function publishVersion(deps: Deps, actorOrNull: Actor | null, moment: Moment, input: InstrumentInput): Promise<InstrumentView> {
  const actor = requireActor(actorOrNull);
  requireAdmin(actor);
  if (input.audience === 'organisation' && !['T0', 'T2', 'T3'].includes(moment)) throw invalid('audience', 'instrument.organisation_moments');
  await checkItems(deps, moment, input);
  const id = newId();
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const version = (await q.maxVersion(trx, input.audience, moment)) + 1;
    await q.insertInstrument(trx, {
      id,
      audience: input.audience,
      moment,
      version,
      title_nl: input.titleNl,
      title_en: input.titleEn,
      intro_nl: input.introNl ?? null,
      intro_en: input.introEn ?? null,
      published_at: now,
      created_by: actor.id,
      created_at: now,
    });
    await q.insertItems(
      trx,
      input.items.map((item, sort) => ({
        id: newId(),
        instrument_id: id,
        key: item.key,
        kind: item.kind,
        typology_code: item.typologyCode ?? null,
        factor_code: item.factorCode ?? null,
        text_nl: item.nl,
        text_en: item.en,
        required: item.required ? 1 : 0,
        sort,
      })),
    );
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: null,
      action: 'instrument.publish',
      entity: 'instrument',
      entityId: id,
      details: { audience: input.audience, moment, version },
    });
  });
  const row = await q.findInstrument(deps.db, id);
  if (!row) throw new AppError('not_found');
  return instrumentView(row, await q.listItems(deps.db, id));
}
