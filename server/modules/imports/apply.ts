import type { ImportCountsView } from '../../../shared/imports.js';
import type { Sector } from '../../../shared/reference.js';
import type { MobilityCountTable } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import type { Actor } from '../../http/access.js';
import type { ImportedOrganisation, OrganisationMatcher } from '../organisations/organisations.service.js';
import {
  activityKey,
  addImportedPartners,
  type ImportedActivity,
  type ImportedProject,
  type ProjectForImport,
  projectsForImport,
  setImportedParticipantCounts,
  upsertImportedActivities,
  upsertImportedProducts,
  upsertImportedProjects,
} from '../projects/projects.service.js';
import * as q from './imports.queries.js';
import { type BadRow, type ImportRecord, type MobilityRecord, type OrgRef, ownText, type ProjectRecord, type RowChecker } from './rows.js';
import { organisationTypeFor, sectorFor } from './vocabulary.js';

// Applying a batch of checked rows: projects by code, organisations by identifier or name and city,
// activities by project, type and dates, counts per mobility row. Each step goes through the owning
// module's service; the batch is one transaction, so a failure leaves none of it behind.

export interface BatchContext {
  deps: Deps;
  actor: Actor;
  importId: string;
  /** present for the NA admin, who may create organisations and projects */
  organisations: OrganisationMatcher | null;
  counts: ImportCountsView;
  /** activities this import created: a later batch adding to their count does not update them */
  createdActivities: Set<string>;
  /** reads the organisations, attributes and key of a checked mobility row */
  checker: RowChecker;
}

/**
 * The rows of a batch that cannot go in because of what the database holds: a project code that is
 * not one of the coordinator's (or, for the NA admin, a new project the file names no organisation for),
 * or an archived project. The same check runs in the checking pass and before each imported batch.
 */
export async function projectProblems(ctx: BatchContext, records: ImportRecord[], columnOf: (field: 'projectCode' | 'sendingName') => string) {
  const codes = [...new Set(records.map((r) => r.code.code))];
  const known = await projectsForImport(ctx.deps, ctx.actor, codes);
  const bad: BadRow[] = [];
  const good: ImportRecord[] = [];
  for (const r of records) {
    const project = known.get(r.code.code);
    const reason = project
      ? project.archived
        ? 'import.project_archived'
        : null
      : ctx.actor.role !== 'na_admin'
        ? 'import.not_your_project'
        : r.kind === 'mobility' && !r.hasSending
          ? 'import.organisation_missing'
          : null;
    if (reason) {
      const column = reason === 'import.organisation_missing' ? columnOf('sendingName') : columnOf('projectCode');
      bad.push({ line: r.line, column, reason, value: reason === 'import.organisation_missing' ? null : r.code.code });
    } else good.push(r);
  }
  return { good, bad, known };
}

/** The organisation as the matcher keeps it: its texts copied, so that they do not hold on to the file's text. */
const orgOf = (ref: OrgRef, sector: Sector | null): ImportedOrganisation => ({
  name: ownText(ref.name),
  city: ref.city === null ? null : ownText(ref.city),
  country: ownText(ref.country),
  erasmusCode: ref.erasmusCode === null ? null : ownText(ref.erasmusCode),
  oid: ref.oid === null ? null : ownText(ref.oid),
  sector,
  type: organisationTypeFor(sector),
});

/** The organisation of each project the batch may create, matched or created once per distinct reference. */
async function organisationsFor(ctx: BatchContext, tx: Deps, refs: Map<string, OrgRef & { sector: Sector | null }>) {
  const ids = new Map<string, { id: string; sector: Sector | null }>();
  if (!ctx.organisations || refs.size === 0) return ids;
  const keys = [...refs.keys()];
  const result = await ctx.organisations.resolve(
    tx,
    keys.map((k) => orgOf(refs.get(k)!, refs.get(k)!.sector)),
  );
  for (const [i, k] of keys.entries()) ids.set(k, result.matched[i]!);
  ctx.counts.organisations.created += result.created;
  ctx.counts.organisations.updated += result.updated;
  return ids;
}

const refKey = (o: OrgRef) => `${o.erasmusCode ?? ''}|${o.oid ?? ''}|${o.name}|${o.city ?? ''}|${o.country}`;

/** Import status of a project the file creates: finished once its (two-year) term is over. */
function statusOnCreate(callYear: number, today: string): 'running' | 'finished' {
  return `${callYear + 2}-09-01` <= today ? 'finished' : 'running';
}

const sameOrg = (a: OrgRef, b: OrgRef | null) =>
  b !== null && a.name === b.name && a.city === b.city && a.country === b.country && a.erasmusCode === b.erasmusCode && a.oid === b.oid;

/** Whether two rows go to the same activity: the values compared come from the checker's lookups, so mostly the very same strings. */
const sameActivity = (a: MobilityRecord, b: MobilityRecord) =>
  a.code.code === b.code.code && a.activity === b.activity && a.startDate === b.startDate && a.endDate === b.endDate;

async function applyMobility(ctx: BatchContext, tx: Deps, records: MobilityRecord[], known: Map<string, ProjectForImport>) {
  const checker = ctx.checker;
  const today = tx.clock().toISOString().slice(0, 10);
  // the beneficiary is the sending organisation of a project's first row
  const firstOf = new Map<string, MobilityRecord>();
  for (const r of records) if (!firstOf.has(r.code.code)) firstOf.set(r.code.code, r);
  const refs = new Map<string, OrgRef & { sector: Sector | null }>();
  const sendingOf = new Map<string, OrgRef>();
  for (const r of firstOf.values()) {
    const sending = known.has(r.code.code) ? null : checker.sending(r);
    if (!sending) continue;
    sendingOf.set(r.code.code, sending);
    refs.set(refKey(sending), { ...sending, sector: sectorFor(r.action) });
  }
  const orgIds = await organisationsFor(ctx, tx, refs);
  const projects: ImportedProject[] = [...firstOf.values()].map((r) => {
    const sending = sendingOf.get(r.code.code);
    const org = sending ? orgIds.get(refKey(sending)) : undefined;
    return {
      code: r.code.code,
      callYear: r.code.callYear,
      keyAction: r.action.keyAction,
      sectors: r.action.sectors,
      organisationId: org?.id ?? null,
      organisationSector: org?.sector ?? null,
      ...(known.has(r.code.code) ? {} : { status: statusOnCreate(r.code.callYear, today) }),
    };
  });
  const upserted = await upsertImportedProjects(tx, ctx.actor, projects);
  ctx.counts.projects.created += upserted.created;
  ctx.counts.projects.updated += upserted.updated;

  // the activity of each row, and the host organisations as partners; the rows of one activity, and of one
  // host, mostly follow each other, so a row like the one before it costs a comparison, not a lookup
  const activities = new Map<string, ImportedActivity>();
  const partners = new Map<string, { projectId: string; name: string; country: string; city: string | null; role: 'host' }>();
  const activityKeys: string[] = new Array(records.length);
  let previous: MobilityRecord | undefined;
  let previousHost: OrgRef | null = null;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const projectId = upserted.ids.get(r.code.code)!;
    const host = checker.receiving(r);
    if (previous && sameActivity(previous, r)) activityKeys[i] = activityKeys[i - 1]!;
    else {
      const activity: ImportedActivity = {
        projectId,
        type: r.activity,
        startDate: r.startDate,
        endDate: r.endDate,
        title: host ? `${host.name} (${host.country})` : r.code.code,
        destinationCity: host?.city ?? null,
        destinationCountry: host?.country ?? null,
      };
      const key = activityKey(activity);
      if (!activities.has(key)) activities.set(key, activity);
      activityKeys[i] = key;
    }
    if (host && !(previous?.code.code === r.code.code && sameOrg(host, previousHost)))
      partners.set(`${projectId}|${refKey(host)}`, { projectId, name: host.name, country: host.country, city: host.city, role: 'host' });
    previous = r;
    previousHost = host;
  }
  const acts = await upsertImportedActivities(tx, ctx.actor, [...activities.values()]);
  ctx.counts.activities.created += acts.created;
  for (const id of acts.createdIds) ctx.createdActivities.add(id);
  ctx.counts.partners.created += await addImportedPartners(tx, ctx.actor, [...partners.values()]);

  // one count row per mobility row; the same row twice in a batch adds up, as it would across batches
  const rows = new Map<string, MobilityCountTable>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const activityId = acts.ids.get(activityKeys[i]!)!;
    const rowKey = checker.rowKey(r);
    const key = `${activityId}|${rowKey}`;
    const row = rows.get(key);
    if (row) row.participants += r.participants;
    else
      rows.set(key, {
        activity_id: activityId,
        row_key: rowKey,
        project_id: upserted.ids.get(r.code.code)!,
        participants: r.participants,
        ...checker.attributes(r),
        import_id: ctx.importId,
      });
  }
  const batchActivities = new Set<string>();
  for (const row of rows.values()) batchActivities.add(row.activity_id);
  // only an activity that existed before this batch can hold rows already: one made now holds none
  const older = [...batchActivities].filter((id) => !acts.createdIds.has(id));
  const before = new Map((older.length ? await q.findMobilityCounts(tx.db, older) : []).map((c) => [`${c.activity_id}|${c.row_key}`, c]));
  for (const [key, row] of rows) {
    const old = before.get(key);
    if (!old) ctx.counts.mobilityRows.created++;
    else if (old.import_id !== ctx.importId && old.participants !== row.participants) ctx.counts.mobilityRows.updated++;
  }
  const list = [...rows.values()];
  // within the SQL parameter limits of both engines
  for (let i = 0; i < list.length; i += 1000) await q.upsertMobilityCounts(tx.db, tx.dialect, list.slice(i, i + 1000));

  const sums = await q.sumParticipants(tx.db, [...batchActivities]);
  const projectOf = new Map(list.map((r) => [r.activity_id, r.project_id]));
  const written = await setImportedParticipantCounts(
    tx,
    ctx.actor,
    sums.map((s) => ({
      activityId: s.activity_id,
      projectId: projectOf.get(s.activity_id)!,
      count: Number(s.n),
      current: acts.counts.get(s.activity_id) ?? null,
    })),
  );
  // a new activity getting its count is created, not updated
  ctx.counts.activities.updated += written.filter((id) => !ctx.createdActivities.has(id)).length;
}

async function applyProjects(ctx: BatchContext, tx: Deps, records: ProjectRecord[], known: Map<string, ProjectForImport>) {
  // a project twice in one file: the later row is the newer
  const byCode = new Map<string, ProjectRecord>();
  for (const r of records) byCode.set(r.code.code, r);
  const refs = new Map<string, OrgRef & { sector: Sector | null }>();
  for (const r of byCode.values()) if (!known.has(r.code.code)) refs.set(refKey(r.coordinator), { ...r.coordinator, sector: sectorFor(r.action) });
  const orgIds = await organisationsFor(ctx, tx, refs);
  const upserted = await upsertImportedProjects(
    tx,
    ctx.actor,
    [...byCode.values()].map((r) => {
      const org = orgIds.get(refKey(r.coordinator));
      return {
        code: r.code.code,
        callYear: r.code.callYear,
        keyAction: r.action.keyAction,
        sectors: r.action.sectors,
        organisationId: org?.id ?? null,
        organisationSector: org?.sector ?? null,
        title: r.title,
        summary: r.summary,
        ...(r.status && { status: r.status }),
        ...(r.grantEur !== null && { grantEur: r.grantEur }),
        ...(r.startDate && { startDate: r.startDate }),
        ...(r.endDate && { endDate: r.endDate }),
      };
    }),
  );
  ctx.counts.projects.created += upserted.created;
  ctx.counts.projects.updated += upserted.updated;
  const partners = [...byCode.values()].flatMap((r) =>
    r.partners.map((p) => ({ projectId: upserted.ids.get(r.code.code)!, name: p.name, country: p.country, city: p.city, role: 'partner' as const })),
  );
  ctx.counts.partners.created += await addImportedPartners(tx, ctx.actor, partners);
  const products = [...byCode.values()].flatMap((r) => r.products.map((p) => ({ projectId: upserted.ids.get(r.code.code)!, ...p })));
  const result = await upsertImportedProducts(tx, ctx.actor, products);
  ctx.counts.products.created += result.created;
  ctx.counts.products.updated += result.updated;
}

/** Applies a batch of good rows in one transaction. */
export async function applyBatch(ctx: BatchContext, records: ImportRecord[], known: Map<string, ProjectForImport>): Promise<void> {
  if (!records.length) return;
  // the counts of a batch that fails must not stay counted
  const before = JSON.stringify(ctx.counts);
  try {
    await ctx.deps.db.transaction().execute(async (trx) => {
      const tx: Deps = { ...ctx.deps, db: trx };
      const mobility = records.filter((r): r is MobilityRecord => r.kind === 'mobility');
      const projects = records.filter((r): r is ProjectRecord => r.kind === 'project');
      if (mobility.length) await applyMobility(ctx, tx, mobility, known);
      if (projects.length) await applyProjects(ctx, tx, projects, known);
    });
  } catch (err) {
    Object.assign(ctx.counts, JSON.parse(before));
    throw err;
  }
}
