import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids.js';
import { emptyDatabase } from '../test/database.js';
import { makeOrganisation, makeProject } from '../test/factories.js';
import { MIGRATIONS, migrateTo, migrateToLatest } from './migrate.js';
import type { DB } from './schema.js';

// 20261129_0900_after_project on a database that already has products: the old kinds map onto the
// issue's, every product gets its public address, and its down step gives the old kinds back.

const NAMES = Object.keys(MIGRATIONS).sort();
const THIS = NAMES.indexOf('20261129_0900_after_project');
// the one just before, whichever branch brought it; going down there undoes this one and any later
const BEFORE = NAMES[THIS - 1]!;

describe('the after-project migration', () => {
  let database: Awaited<ReturnType<typeof emptyDatabase>>;
  beforeAll(async () => {
    database = await emptyDatabase();
  });
  afterAll(() => database.drop());

  it('maps old product kinds, gives existing products unique slugs, and goes back down', async () => {
    await migrateTo(database.db, BEFORE);
    const org = await makeOrganisation(database.db);
    const project = await makeProject(database.db, org.id);
    const old: [title: string, kind: string][] = [
      ['Training voor docenten', 'training'],
      ['Training voor docenten', 'method'],
      ['Straße, Æble & Øresund: één gids', 'publication'],
      ['Toolkit', 'toolkit'],
    ];
    for (const [i, [title, kind]] of old.entries()) {
      // the table as it was before the migration: no English description yet
      const before = {
        id: newId(),
        project_id: project.id,
        title,
        kind,
        description: null,
        url: null,
        public_slug: null,
        created_at: `2020-01-0${i + 1}T00:00:00Z`,
      };
      await database.db
        .insertInto('products')
        .values(before as DB['products'])
        .execute();
    }
    await migrateToLatest(database.db);
    const rows = await database.db.selectFrom('products').select(['title', 'kind', 'public_slug']).orderBy('created_at').execute();
    expect(rows.map((r) => [r.kind, r.public_slug])).toEqual([
      ['training_kit', 'training-voor-docenten'],
      ['other', 'training-voor-docenten-2'],
      ['other', 'strasse-aeble-oresund-een-gids'],
      ['toolkit', 'toolkit'],
    ]);
    const kinds = await database.db.selectFrom('reference_terms').select('code').where('kind', '=', 'product_kind').orderBy('sort').execute();
    expect(kinds.map((k) => k.code)).toEqual(['guide', 'toolkit', 'training_kit', 'handbook', 'course', 'other']);

    await migrateTo(database.db, BEFORE);
    const back = await database.db.selectFrom('products').select(['kind', 'public_slug']).orderBy('created_at').execute();
    // what had no counterpart went to `other` on the way up and stays there; the addresses stay too
    expect(back).toEqual([
      { kind: 'training', public_slug: 'training-voor-docenten' },
      { kind: 'other', public_slug: 'training-voor-docenten-2' },
      { kind: 'other', public_slug: 'strasse-aeble-oresund-een-gids' },
      { kind: 'toolkit', public_slug: 'toolkit' },
    ]);
    const oldKinds = await database.db.selectFrom('reference_terms').select('code').where('kind', '=', 'product_kind').orderBy('sort').execute();
    expect(oldKinds.map((k) => k.code)).toEqual(['toolkit', 'training', 'method', 'website', 'publication', 'certificate', 'other']);
    expect(await migrateToLatest(database.db)).toEqual(NAMES.slice(THIS));
  });
});
