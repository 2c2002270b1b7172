import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDatabase } from '../test/database.js';
import { migrateTo, migrateToLatest } from './migrate.js';
import type { DB } from './schema.js';

// The migrations that move data, run on a database that holds some: what was there stays, and
// the new tables and keys hold what they should. On SQLite and on PostgreSQL.

describe('migrations of existing data', () => {
  let database: Awaited<ReturnType<typeof emptyDatabase>>;
  // the table some of these migrations fill is gone by the latest schema, so its type is written out here
  type Sum = { project_id: string; typology_code: string; moment: string; answers: number; total: number };
  const sumsOf = async (db: Kysely<DB>) =>
    (await (db as unknown as Kysely<{ questionnaire_sums: Sum }>).selectFrom('questionnaire_sums').selectAll().execute()).map((s) => ({
      ...s,
      answers: Number(s.answers),
      total: Number(s.total),
    }));
  // what the pooled sums held before the answers became rows
  let sumsBefore: Sum[];
  const at = '2026-11-01T10:00:00.000Z';
  const id = (n: number) => `f0000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

  beforeAll(async () => {
    database = await emptyDatabase();
    await migrateTo(database.db, '20261128_0005_standard_instruments');
    // biome-ignore lint/suspicious/noExplicitAny: the tables as they were before the later migrations (no kinds of respondents yet)
    const db = database.db as unknown as Kysely<any>;
    const org = (n: number) => ({
      id: id(n),
      name: `Organisatie ${n}`,
      short_name: null,
      type: 'other' as const,
      sector: null,
      city: null,
      country: 'NL',
      website: null,
      description: null,
      created_at: at,
      updated_at: at,
      archived_at: null,
    });
    await db
      .insertInto('organisations')
      .values([org(1), org(2)])
      .execute();
    await db
      .insertInto('codebooks')
      .values({ id: id(10), key: 'thema', kind: 'custom', name_nl: 'Thema', name_en: 'Theme', organisation_id: id(1), is_system: 0, created_at: at })
      .execute();
    await db
      .insertInto('codes')
      .values({
        id: id(11),
        codebook_id: id(10),
        key: 'eerste',
        parent_id: null,
        name_nl: 'Eerste',
        name_en: 'First',
        description_nl: null,
        description_en: null,
        color: null,
        sort: 0,
        archived_at: null,
      })
      .execute();
    await db
      .insertInto('projects')
      .values({
        id: id(20),
        code: null,
        title: 'Project',
        acronym: null,
        summary: null,
        aims: '[]',
        sector: 'po',
        key_action: 'KA1',
        call_year: 2020,
        start_date: null,
        end_date: null,
        status: 'running',
        organisation_id: id(1),
        grant_eur: null,
        created_at: at,
        updated_at: at,
        archived_at: null,
      })
      .execute();
    // three T1 responses on the standard instrument, two submitted: the sums are filled from those
    const instrument = await db.selectFrom('instruments').select('id').where('moment', '=', 'T1').executeTakeFirstOrThrow();
    const item = await db
      .selectFrom('instrument_items')
      .select('key')
      .where('instrument_id', '=', instrument.id)
      .where('typology_code', '=', 'PRO.language')
      .where('kind', '=', 'state')
      .executeTakeFirstOrThrow();
    const retro = await db
      .selectFrom('instrument_items')
      .select('key')
      .where('instrument_id', '=', instrument.id)
      .where('typology_code', '=', 'PRO.language')
      .where('kind', '=', 'retrospective')
      .executeTakeFirstOrThrow();
    for (const [n, value, submitted] of [
      [1, 4, true],
      [2, 5, true],
      [3, 1, false],
    ] as const) {
      await db
        .insertInto('participants')
        .values({
          id: id(30 + n),
          project_id: id(20),
          activity_id: null,
          name: `P${n}`,
          email: `p${n}@school.test`,
          role: 'teacher',
          locale: 'nl',
          start_date: null,
          end_date: null,
          status: 'selected',
          selection: '{}',
          pseudonym: `PM${n}`,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db
        .insertInto('invitations')
        .values({
          id: id(40 + n),
          project_id: id(20),
          participant_id: id(30 + n),
          moment: 'T1',
          day: '',
          instrument_id: instrument.id,
          due_at: at,
          expires_at: at,
          token_hash: null,
          status: submitted ? 'completed' : 'sent',
          sent_at: at,
          reminders_sent: 0,
          last_sent_at: at,
          completed_at: submitted ? at : null,
          claimed_by: null,
          claimed_until: null,
        })
        .execute();
      await db
        .insertInto('responses')
        .values({
          id: id(50 + n),
          invitation_id: id(40 + n),
          project_id: id(20),
          respondent: `PM${n}`,
          moment: 'T1',
          instrument_id: instrument.id,
          answers: JSON.stringify({ [item.key]: value, [retro.key]: 5, 'open.changed': 'Meer Engels.' }),
          saved_at: at,
          submitted_at: submitted ? at : null,
        })
        .execute();
    }
    await migrateTo(database.db, '20261129_0102_questionnaire_sums');
    sumsBefore = await sumsOf(database.db);
    await migrateToLatest(database.db);
  });
  afterAll(() => database.drop());

  it('keeps every codebook and code, and lets two organisations use one codebook key', async () => {
    const db = database.db;
    expect(await db.selectFrom('codebooks').select(['id', 'key']).where('id', '=', id(10)).execute()).toEqual([{ id: id(10), key: 'thema' }]);
    expect(await db.selectFrom('codes').select(['id', 'codebook_id']).where('id', '=', id(11)).execute()).toEqual([{ id: id(11), codebook_id: id(10) }]);
    const book = (bookId: number, organisationId: string | null) => ({
      id: id(bookId),
      key: 'thema',
      kind: 'custom' as const,
      name_nl: 'Thema',
      name_en: 'Theme',
      organisation_id: organisationId,
      is_system: 0,
      created_at: at,
    });
    await db
      .insertInto('codebooks')
      .values(book(12, id(2)))
      .execute();
    await db.insertInto('codebooks').values(book(13, null)).execute();
    // within one owner the key stays unique, also for the agency's shared codebooks
    await expect(
      db
        .insertInto('codebooks')
        .values(book(14, id(1)))
        .execute(),
    ).rejects.toThrow();
    await expect(db.insertInto('codebooks').values(book(15, null)).execute()).rejects.toThrow();
    // the codes still refer to their codebook: removing a used codebook is refused
    await expect(db.deleteFrom('codebooks').where('id', '=', id(10)).execute()).rejects.toThrow();
  });

  it('filled the questionnaire sums from the responses submitted before (state and retrospective pooled, as they then were)', () => {
    // by hand: two submitted state answers, 4 and 5, and two retrospective 5s; the draft's 1 does not count
    expect(sumsBefore).toEqual([{ project_id: id(20), typology_code: 'PRO.language', moment: 'T1', answers: 4, total: 19 }]);
  });

  it('copies the answers to one row per item, all of participants, and retires the pooled sums; going back counts the same sums from the rows', async () => {
    const db = database.db;
    const rows = await db
      .selectFrom('answers')
      .select(['response_id', 'item_key', 'value_num', 'value_text'])
      .orderBy('response_id')
      .orderBy('item_key')
      .execute();
    // every response, the draft's too, keeps its answers: a draft is finished later from its rows (per response: retro, state)
    expect(rows.filter((r) => r.item_key !== 'open.changed').map((r) => r.value_num)).toEqual([5, 4, 5, 5, 5, 1]);
    expect(rows.filter((r) => r.item_key === 'open.changed').map((r) => r.value_text)).toEqual(['Meer Engels.', 'Meer Engels.', 'Meer Engels.']);
    // every response before 20261129_0700_01 came from a participant of the activity
    expect(await db.selectFrom('responses').select('respondent_group').distinct().execute()).toEqual([{ respondent_group: 'participant' }]);
    expect(await db.selectFrom('analytics_dirty').select('project_id').execute()).toEqual([{ project_id: id(20) }]);
    await expect(sumsOf(db)).rejects.toThrow();
    await migrateTo(db, '20261129_0800_answers_and_analytics');
    expect(await sumsOf(db)).toEqual(sumsBefore);
    await migrateToLatest(db);
  });

  it('keeps every participant, invitation and response, makes them participants, and the first instruments the participants’', async () => {
    const db = database.db;
    const people = await db.selectFrom('participants').select(['id', 'kind', 'pseudonym']).where('project_id', '=', id(20)).orderBy('id').execute();
    expect(people).toEqual([1, 2, 3].map((n) => ({ id: id(30 + n), kind: 'participant', pseudonym: `PM${n}` })));
    expect(await db.selectFrom('responses').select('id').where('project_id', '=', id(20)).execute()).toHaveLength(3);
    expect(await db.selectFrom('invitations').select('id').where('project_id', '=', id(20)).execute()).toHaveLength(3);
    const first = await db.selectFrom('instruments').select(['audience', 'version']).where('version', '=', 1).where('audience', '=', 'participant').execute();
    expect(first).toHaveLength(5);
    // an address is unique per project and kind of respondent: the school leader may be both
    const person = (n: number, kind: 'participant' | 'organisation') => ({
      id: id(60 + n),
      project_id: id(20),
      activity_id: null,
      name: 'Schoolleider',
      email: 'leider@school.test',
      role: 'manager' as const,
      locale: 'nl' as const,
      start_date: null,
      end_date: null,
      status: 'selected' as const,
      selection: '{}',
      pseudonym: `PL${n}`,
      created_at: at,
      updated_at: at,
      kind,
    });
    await db.insertInto('participants').values(person(1, 'participant')).execute();
    await db.insertInto('participants').values(person(2, 'organisation')).execute();
    await expect(db.insertInto('participants').values(person(3, 'organisation')).execute()).rejects.toThrow();
    // the rebuilt tables kept their foreign keys: no respondent of an unknown project, no invitation of an unknown respondent
    await expect(
      db
        .insertInto('participants')
        .values({ ...person(4, 'participant'), email: 'x@school.test', project_id: id(99) })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .updateTable('invitations')
        .set({ participant_id: id(98) })
        .where('id', '=', id(41))
        .execute(),
    ).rejects.toThrow();
  });

  it('leaves foreign keys switched on (SQLite)', async () => {
    if (database.dialect !== 'sqlite') return;
    const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(database.db);
    expect(rows[0]?.foreign_keys).toBe(1);
  });
});
