import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDatabase } from '../test/database.js';
import { migrateTo, migrateToLatest } from './migrate.js';
import type { DB } from './schema.js';

// The migrations that move data, run on a database that holds some: what was there stays, and
// the new tables and keys hold what they should. On SQLite and on PostgreSQL.

describe('migrations of existing data', () => {
  let database: Awaited<ReturnType<typeof emptyDatabase>>;
  const at = '2026-11-01T10:00:00.000Z';
  const id = (n: number) => `f0000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

  beforeAll(async () => {
    database = await emptyDatabase();
    await migrateTo(database.db, '20261128_0005_standard_instruments');
    const db = database.db;
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
          answers: JSON.stringify({ [item.key]: value, 'open.changed': 'Meer Engels.' }),
          saved_at: at,
          submitted_at: submitted ? at : null,
        })
        .execute();
    }
    await migrateTo(db, '20261129_0102_questionnaire_sums');
  });
  afterAll(() => database.drop());
  // the table some of these migrations fill is gone by the latest schema, so its type is written out here
  type Sum = { project_id: string; typology_code: string; moment: string; answers: number; total: number };
  const sumsOf = async (db: Kysely<DB>) =>
    (await (db as unknown as Kysely<{ questionnaire_sums: Sum }>).selectFrom('questionnaire_sums').selectAll().execute()).map((s) => ({
      ...s,
      answers: Number(s.answers),
      total: Number(s.total),
    }));

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

  it('fills the questionnaire sums from the responses submitted before', async () => {
    // by hand: two submitted answers, 4 and 5; the draft's 1 does not count
    expect(await sumsOf(database.db)).toEqual([{ project_id: id(20), typology_code: 'PRO.language', moment: 'T1', answers: 2, total: 9 }]);
  });

  it('copies the answers to one row per item and retires the pooled sums; going back counts the same sums from the rows', async () => {
    const db = database.db;
    await migrateToLatest(db);
    const rows = await db
      .selectFrom('answers')
      .select(['response_id', 'item_key', 'value_num', 'value_text'])
      .orderBy('response_id')
      .orderBy('item_key')
      .execute();
    // every response, the draft's too, keeps its answers: a draft is finished later from its rows
    expect(rows.filter((r) => r.item_key !== 'open.changed').map((r) => r.value_num)).toEqual([4, 5, 1]);
    expect(rows.filter((r) => r.item_key === 'open.changed').map((r) => r.value_text)).toEqual(['Meer Engels.', 'Meer Engels.', 'Meer Engels.']);
    expect(await db.selectFrom('analytics_dirty').select('project_id').execute()).toEqual([{ project_id: id(20) }]);
    await expect(sumsOf(db)).rejects.toThrow();
    await migrateTo(db, '20261129_0800_answers_and_analytics');
    expect(await sumsOf(db)).toEqual([{ project_id: id(20), typology_code: 'PRO.language', moment: 'T1', answers: 2, total: 9 }]);
    await migrateToLatest(db);
  });

  it('leaves foreign keys switched on (SQLite)', async () => {
    if (database.dialect !== 'sqlite') return;
    const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(database.db);
    expect(rows[0]?.foreign_keys).toBe(1);
  });
});
