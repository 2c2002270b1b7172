import { type Kysely, sql } from 'kysely';
import type { RetrievalQuery } from '../../../shared/coding.js';
import type { KeyAction, Sector } from '../../../shared/reference.js';
import type { DB } from '../../db/schema.js';
import { containsText } from '../../db/sql-helpers.js';

type Filter = Omit<RetrievalQuery, 'limit' | 'quotesOnly'> & { quotesOnly?: boolean; limit?: number };

/** Code points of context on each side of a segment. */
export const CONTEXT = 160;

/**
 * Coded segments across the projects the caller may see, with their source and project.
 * `withContext` brings up to CONTEXT code points of the text before and after each segment, cut
 * out by the database (substr counts characters on both): never the whole transcript.
 */
const contextBefore = sql<string>`substr(s.content,
  case when g.start_offset > ${sql.lit(CONTEXT)} then g.start_offset - ${sql.lit(CONTEXT - 1)} else 1 end,
  case when g.start_offset > ${sql.lit(CONTEXT)} then ${sql.lit(CONTEXT)} else g.start_offset end)`;

export function findSegments(db: Kysely<DB>, filter: Filter, onlyOrganisationIds: string[] | null, withContext = true) {
  let query = db
    .selectFrom('segments as g')
    .innerJoin('sources as s', 's.id', 'g.source_id')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .leftJoin('interviewees as i', 'i.id', 'g.interviewee_id')
    .select([
      'g.id',
      'g.start_offset',
      'g.end_offset',
      'g.text',
      'g.memo',
      'g.is_quote',
      's.id as source_id',
      's.title as source_title',
      's.kind as source_kind',
      's.moment',
      'p.id as project_id',
      'p.title as project_title',
      'p.sector',
      'p.key_action',
      'p.organisation_id',
      'i.id as interviewee_id',
      'i.role as interviewee_role',
      'i.label as interviewee_label',
      withContext ? contextBefore.as('before') : sql<string>`''`.as('before'),
      withContext ? sql<string>`substr(s.content, g.end_offset + 1, ${sql.lit(CONTEXT)})`.as('after') : sql<string>`''`.as('after'),
    ])
    .where('p.archived_at', 'is', null);
  if (onlyOrganisationIds) query = query.where('p.organisation_id', 'in', onlyOrganisationIds.length ? onlyOrganisationIds : ['']);
  if (filter.projectId) query = query.where('p.id', '=', filter.projectId);
  if (filter.sector) query = query.where('p.sector', '=', filter.sector);
  if (filter.keyAction) query = query.where('p.key_action', '=', filter.keyAction);
  if (filter.moment) query = query.where('s.moment', '=', filter.moment);
  if (filter.quotesOnly) query = query.where('g.is_quote', '=', 1);
  if (filter.activityType) {
    const type = filter.activityType;
    query = query.where((eb) => eb.exists(eb.selectFrom('activities as a').select('a.id').whereRef('a.project_id', '=', 'p.id').where('a.type', '=', type)));
  }
  if (filter.role) {
    const role = filter.role;
    // the speaker of the segment, or for segments without one, the people of the source
    query = query.where((eb) =>
      eb.or([
        eb('i.role', '=', role),
        eb.and([
          eb('g.interviewee_id', 'is', null),
          eb.exists(
            eb
              .selectFrom('source_interviewees as si')
              .innerJoin('interviewees as i2', 'i2.id', 'si.interviewee_id')
              .select('si.source_id')
              .whereRef('si.source_id', '=', 's.id')
              .where('i2.role', '=', role),
          ),
        ]),
      ]),
    );
  }
  if (filter.code || filter.codeId) {
    const { code, codeId } = filter;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('codings as c')
          .innerJoin('codes as k', 'k.id', 'c.code_id')
          .select('c.id')
          .whereRef('c.segment_id', '=', 'g.id')
          .$if(!!codeId, (qb) => qb.where('k.id', '=', codeId!))
          // a domain key (PRO) also finds its indicators (PRO.language)
          .$if(!!code, (qb) => qb.where((e) => e.or([e('k.key', '=', code!), e('k.key', 'like', `${code!}.%`)]))),
      ),
    );
  }
  return query
    .orderBy('p.title')
    .orderBy('s.created_at')
    .orderBy('g.start_offset')
    .limit(filter.limit ?? 10_000)
    .execute();
}

/** The codings of many segments, asked in chunks: both databases limit the parameters of one query. */
export async function listCodingsWithCodes(db: Kysely<DB>, segmentIds: string[]) {
  const rows = [];
  for (let i = 0; i < segmentIds.length; i += 5000) {
    const chunk = segmentIds.slice(i, i + 5000);
    rows.push(
      ...(await db
        .selectFrom('codings as c')
        .innerJoin('codes as k', 'k.id', 'c.code_id')
        .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
        .select(['c.segment_id', 'c.polarity', 'k.key', 'k.sort', 'b.key as codebook_key'])
        .where('c.segment_id', 'in', chunk)
        .execute()),
    );
  }
  return rows.sort((a, b) => a.codebook_key.localeCompare(b.codebook_key) || a.sort - b.sort);
}

export function listCodesOfCodebookKey(db: Kysely<DB>, codebookKey: string) {
  return db
    .selectFrom('codes as k')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .select(['k.key', 'k.name_nl', 'k.name_en', 'k.parent_id', 'b.organisation_id'])
    .where('b.key', '=', codebookKey)
    .where('k.archived_at', 'is', null)
    .orderBy('k.sort')
    .execute();
}

/**
 * Sources whose text may contain a word: a coarse filter in the database (letters that may carry
 * a diacritic are wildcards), refined word by word in the service. Newest projects first.
 */
export function findSourcesContaining(
  db: Kysely<DB>,
  pattern: string,
  where: { projectId?: string; onlyOrganisationIds: string[] | null; sector?: Sector; keyAction?: KeyAction },
  limit: number,
) {
  let query = db
    .selectFrom('sources as s')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .select(['s.id', 's.title', 's.kind', 's.language', 's.moment', 's.content', 'p.id as project_id', 'p.title as project_title'])
    .where('p.archived_at', 'is', null)
    .where(containsText(sql.ref('s.content'), pattern, true));
  if (where.projectId) query = query.where('p.id', '=', where.projectId);
  if (where.onlyOrganisationIds) query = query.where('p.organisation_id', 'in', where.onlyOrganisationIds.length ? where.onlyOrganisationIds : ['']);
  if (where.sector) query = query.where('p.sector', '=', where.sector);
  if (where.keyAction) query = query.where('p.key_action', '=', where.keyAction);
  return query.orderBy('p.created_at', 'desc').orderBy('s.created_at').limit(limit).execute();
}

export function listIntervieweesOfSourceIds(db: Kysely<DB>, sourceIds: string[]) {
  return db
    .selectFrom('source_interviewees as si')
    .innerJoin('interviewees as i', 'i.id', 'si.interviewee_id')
    .select(['si.source_id', 'i.id', 'i.role', 'i.label'])
    .where('si.source_id', 'in', sourceIds.length ? sourceIds : [''])
    .execute();
}

export function findCodeInCodebook(db: Kysely<DB>, codebookKey: string, codeKey: string) {
  return db
    .selectFrom('codes as k')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .select(['k.id', 'k.key', 'b.organisation_id'])
    .where('b.key', '=', codebookKey)
    .where('k.key', '=', codeKey)
    .executeTakeFirst();
}
