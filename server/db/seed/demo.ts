import type { Kysely } from 'kysely';
import type { UserRole } from '../../../shared/reference.js';
import { newId } from '../../lib/ids.js';
import { hashPassword } from '../../lib/passwords.js';
import type { DB } from '../schema.js';
import { insertModel } from '../../modules/impact-model/impact-model.service.js';
import { defaultScope } from '../../../shared/after-project.js';
import { slugify, uniqueSlug } from '../../../shared/slug.js';
import { DEMO_AFTER_PROJECT, DEMO_PRODUCT_DESCRIPTIONS_EN } from './demo-after-project.js';
import { seedSyntheticCohort } from './demo-cohort.js';
import { DEMO_CASES } from './demo-data.js';
import { DEMO_IMPACT_MODELS } from './demo-impact-models.js';
import type { DemoCase } from './demo-types.js';

export const DEMO_PASSWORD = 'demo-password';

/** The demo accounts listed in the README; coordinators per case, in the order of DEMO_CASES. */
export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@demo.test', name: 'NA Beheerder', role: 'na_admin' },
  analyst: { email: 'analyst@demo.test', name: 'NA Onderzoeker', role: 'na_analyst' },
  coordinators: {
    emma: { email: 'emma@demo.test', name: 'Coördinator Koningin Emma' },
    ssgn: { email: 'ssgn@demo.test', name: 'Coördinator SSgN' },
    tda: { email: 'tda@demo.test', name: 'Coördinator The Dutch Alliance' },
    ucr: { email: 'ucr@demo.test', name: 'Coördinator UCR' },
    itta: { email: 'itta@demo.test', name: 'Coördinator ITTA' },
  },
} as const;

const codePointLength = (s: string) => [...s].length;

async function codeIds(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('codes as c')
    .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
    .select(['c.id', 'c.key', 'b.key as book'])
    .where('b.is_system', '=', 1)
    .execute();
  return new Map(rows.map((r) => [`${r.book}:${r.key}`, r.id]));
}

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

/** Fills an empty database with the five cases of the NA's report and the demo accounts. */
export async function seedDemo(db: Kysely<DB>, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const codes = await codeIds(db);
  const code = (book: string, key: string) => {
    const id = codes.get(`${book}:${key}`);
    if (!id) throw new Error(`demo data names an unknown ${book} code: ${key}`);
    return id;
  };

  await db.transaction().execute(async (trx) => {
    const user = async (email: string, name: string, role: UserRole, organisationId: string | null) => {
      const id = newId();
      await trx
        .insertInto('users')
        .values({
          id,
          email,
          name,
          password_hash: passwordHash,
          role,
          organisation_id: organisationId,
          locale: 'nl',
          created_at: at,
          updated_at: at,
          last_login_at: null,
          disabled_at: null,
        })
        .execute();
      return id;
    };
    await user(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.name, DEMO_ACCOUNTS.admin.role, null);
    const analystId = await user(DEMO_ACCOUNTS.analyst.email, DEMO_ACCOUNTS.analyst.name, DEMO_ACCOUNTS.analyst.role, null);

    const slugs = new Set<string>();
    for (const demoCase of DEMO_CASES) {
      const organisationId = await insertCase(trx, demoCase, at, analystId, code, slugs);
      const account = DEMO_ACCOUNTS.coordinators[demoCase.key];
      await user(account.email, account.name, 'coordinator', organisationId);
    }
  });
  await seedSyntheticCohort(db, now);
}

async function insertCase(
  trx: Kysely<DB>,
  demoCase: DemoCase,
  at: string,
  coderId: string,
  code: (book: string, key: string) => string,
  slugs: Set<string>,
): Promise<string> {
  const o = demoCase.organisation;
  const organisationId = newId();
  await trx
    .insertInto('organisations')
    .values({
      id: organisationId,
      name: o.name,
      short_name: o.shortName,
      type: o.type,
      sector: o.sector,
      city: o.city || null,
      country: o.country,
      website: null,
      description: o.description,
      created_at: at,
      updated_at: at,
      archived_at: null,
    })
    .execute();

  for (const [projectIndex, p] of demoCase.projects.entries()) {
    const projectId = newId();
    await trx
      .insertInto('projects')
      .values({
        id: projectId,
        code: null, // the report names no project codes; none are invented
        title: p.title,
        acronym: p.acronym ?? null,
        summary: p.summary,
        aims: JSON.stringify(p.aims),
        sector: p.sector,
        key_action: p.keyAction,
        call_year: p.callYear,
        start_date: p.startDate,
        end_date: p.endDate,
        status: 'finished',
        organisation_id: organisationId,
        grant_eur: p.grantEur ?? null,
        created_at: at,
        updated_at: at,
        archived_at: null,
      })
      .execute();
    const partnerIds = new Map<string, string>();
    for (const [i, partner] of p.partners.entries()) {
      const id = newId();
      partnerIds.set(partner.name, id);
      await trx
        .insertInto('project_partners')
        .values({ id, project_id: projectId, name: partner.name, country: partner.country, city: partner.city ?? null, role: partner.role, sort: i })
        .execute();
    }
    for (const [i, a] of p.activities.entries()) {
      await trx
        .insertInto('activities')
        .values({
          id: newId(),
          project_id: projectId,
          type: a.type,
          title: a.title,
          description: a.description,
          destination_city: a.destinationCity ?? null,
          destination_country: a.destinationCountry ?? null,
          start_date: a.startDate,
          end_date: a.endDate,
          participant_count: a.participantCount ?? null,
          sort: i,
        })
        .execute();
    }
    for (const product of p.products) {
      const base = slugify(product.title);
      const slug = uniqueSlug(base, slugs);
      slugs.add(slug);
      await trx
        .insertInto('products')
        .values({
          id: newId(),
          project_id: projectId,
          title: product.title,
          kind: product.kind,
          description: product.description,
          description_en: DEMO_PRODUCT_DESCRIPTIONS_EN[product.title] ?? null,
          url: product.url ?? null,
          public_slug: slug,
          created_at: at,
        })
        .execute();
    }
    const after = DEMO_AFTER_PROJECT.find((a) => a.caseKey === demoCase.key && a.projectIndex === projectIndex);
    for (const d of after?.disseminations ?? []) {
      await trx
        .insertInto('disseminations')
        .values({
          id: newId(),
          project_id: projectId,
          date: null,
          type: d.type,
          scope: d.scope ?? defaultScope(d.type),
          title: d.title,
          audience: d.audience,
          reach: null,
          link: null,
          outcome_id: null,
          notes: d.notes,
          created_by: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    for (const f of after?.followUps ?? []) {
      const partnerId = 'partner' in f ? partnerIds.get(f.partner) : null;
      if (partnerId === undefined) throw new Error(`demo follow-up names an unknown partner: ${'partner' in f ? f.partner : ''}`);
      await trx
        .insertInto('network_follow_ups')
        .values({
          id: newId(),
          project_id: projectId,
          type: f.type,
          partner_id: partnerId,
          partner_name: 'partner' in f ? f.partner : f.organisation,
          partner_kind: f.partnerKind,
          date: null,
          description: f.description,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    const intervieweeIds = new Map<string, string>();
    for (const person of p.interviewees) {
      const id = newId();
      intervieweeIds.set(person.label, id);
      await trx
        .insertInto('interviewees')
        .values({ id, project_id: projectId, role: person.role, label: person.label, description: person.description })
        .execute();
    }
    const model = DEMO_IMPACT_MODELS.find((m) => m.caseKey === demoCase.key && m.projectIndex === projectIndex);
    if (model) await insertModel(trx, at, projectId, model);
    if (p.evidence.length === 0) continue;

    // The report's case description is the project's first qualitative source; each fragment a coded segment.
    const sourceId = newId();
    const content = p.evidence.map((e) => e.text).join('\n\n');
    await trx
      .insertInto('sources')
      .values({
        id: sourceId,
        project_id: projectId,
        kind: 'report',
        title: 'Casebeschrijving NA-impactonderzoek (2019)',
        content,
        language: 'nl',
        moment: 'T3',
        source_date: null,
        created_by: coderId,
        created_at: at,
        // the Agency's own published case description: its coded segments train every organisation's suggestions
        agency_shared: 1,
      })
      .execute();
    for (const id of intervieweeIds.values()) await trx.insertInto('source_interviewees').values({ source_id: sourceId, interviewee_id: id }).execute();

    let offset = 0;
    for (const e of p.evidence) {
      const segmentId = newId();
      const length = codePointLength(e.text);
      const intervieweeId = e.interviewee ? intervieweeIds.get(e.interviewee) : undefined;
      if (e.interviewee && !intervieweeId) throw new Error(`demo evidence names an unknown interviewee: ${e.interviewee}`);
      await trx
        .insertInto('segments')
        .values({
          id: segmentId,
          source_id: sourceId,
          start_offset: offset,
          end_offset: offset + length,
          text: e.text,
          interviewee_id: intervieweeId ?? null,
          memo: e.memo ?? null,
          is_quote: e.isQuote ? 1 : 0,
          created_by: coderId,
          created_at: at,
        })
        .execute();
      const codings = [
        ...e.typology.map((k) => ({ code_id: code('typology', k), polarity: null })),
        { code_id: code('levels', e.level), polarity: null },
        ...e.factors.map((f) => ({ code_id: code('factors', f.code), polarity: f.polarity })),
      ];
      for (const c of codings) {
        await trx
          .insertInto('codings')
          .values({ id: newId(), segment_id: segmentId, code_id: c.code_id, coder_id: coderId, polarity: c.polarity, created_at: at })
          .execute();
      }
      offset += length + 2; // the blank line between fragments
    }
  }
  return organisationId;
}
