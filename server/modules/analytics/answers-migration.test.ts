import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { newId } from '../../lib/ids.js';
import { emptyDatabase } from '../../test/database.js';
import { makeOrganisation, makeProject } from '../../test/factories.js';

// The answers that existed as JSON before the answers table must be there as rows after the migration, on both engines.
describe('migrating existing answers to one row per item', () => {
  let database: Awaited<ReturnType<typeof emptyDatabase>>;
  beforeAll(async () => {
    database = await emptyDatabase();
  });
  afterAll(() => database.drop());

  it('copies every answered item and marks the projects for the analytics', async () => {
    const db = database.db;
    // up to the migration before the respondents' kinds (20261129_0700_01 is one-way, so the way there is up from
    // an empty database; the imports' erasmus_code of 0300 is in place), data in place, then on
    await migrateTo(db, '20261129_0500_accounts');

    const org = await makeOrganisation(db);
    const project = await makeProject(db, org.id);
    const now = new Date().toISOString();
    const participantId = newId();
    await db
      .insertInto('participants')
      .values({
        id: participantId,
        project_id: project.id,
        activity_id: null,
        name: 'Anna',
        email: 'anna@school.test',
        role: 'teacher',
        locale: 'nl',
        start_date: null,
        end_date: null,
        status: 'selected',
        selection: '{}',
        pseudonym: 'PMIGRATION01',
        created_at: now,
        updated_at: now,
      } as never) // the participant as it was stored before: no kind of respondent yet
      .execute();
    const instrument = await db.selectFrom('instruments').select('id').where('moment', '=', 'T1').executeTakeFirstOrThrow();
    const invitationId = newId();
    await db
      .insertInto('invitations')
      .values({
        id: invitationId,
        project_id: project.id,
        participant_id: participantId,
        moment: 'T1',
        day: '',
        instrument_id: instrument.id,
        due_at: now,
        expires_at: now,
        token_hash: null,
        status: 'completed',
        sent_at: now,
        reminders_sent: 0,
        last_sent_at: null,
        completed_at: now,
        claimed_by: null,
        claimed_until: null,
      })
      .execute();
    const responseId = newId();
    // the response as it was stored before: no respondent group yet, answers as JSON (an empty text is no answer)
    await db
      .insertInto('responses')
      .values({
        id: responseId,
        invitation_id: invitationId,
        project_id: project.id,
        respondent: 'PMIGRATION01',
        moment: 'T1',
        instrument_id: instrument.id,
        answers: JSON.stringify({ 'state.methods': 2, 'retro.methods': 5, 'state.ict': 0, 'open.different': 'Meer samenwerkend leren', 'open.shared': '' }),
        saved_at: now,
        submitted_at: now,
      } as never)
      .execute();

    await migrateToLatest(db);
    const rows = await db
      .selectFrom('answers')
      .select(['item_key', 'value_num', 'value_text'])
      .where('response_id', '=', responseId)
      .orderBy('item_key')
      .execute();
    expect(rows).toEqual([
      { item_key: 'open.different', value_num: null, value_text: 'Meer samenwerkend leren' },
      { item_key: 'retro.methods', value_num: 5, value_text: null },
      { item_key: 'state.ict', value_num: 0, value_text: null },
      { item_key: 'state.methods', value_num: 2, value_text: null },
    ]);
    const response = await db.selectFrom('responses').select('respondent_group').where('id', '=', responseId).executeTakeFirstOrThrow();
    expect(response.respondent_group).toBe('participant');
    const dirty = await db.selectFrom('analytics_dirty').select('project_id').execute();
    expect(dirty.map((d) => d.project_id)).toContain(project.id);
  });
});
