import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids.js';
import { freshDatabase } from '../test/database.js';
import { makeOrganisation, makeProject } from '../test/factories.js';
import { MIGRATIONS } from './migrate.js';
import type { DB } from './schema.js';

// 20261129_0900_after_project on a database that already has products: the old kinds map onto the
// issue's, and every product gets its public address.

describe('the after-project migration', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const migrator = () => new Migrator({ db: database.db, provider: { getMigrations: async () => MIGRATIONS } });
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.drop());

  it('maps old product kinds, gives existing products unique slugs, and goes back down', async () => {
    const down = await migrator().migrateTo('20261128_0005_standard_instruments');
    expect(down.error).toBeUndefined();
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
    const up = await migrator().migrateToLatest();
    expect(up.error).toBeUndefined();
    const rows = await database.db.selectFrom('products').select(['title', 'kind', 'public_slug']).orderBy('created_at').execute();
    expect(rows.map((r) => [r.kind, r.public_slug])).toEqual([
      ['training_kit', 'training-voor-docenten'],
      ['other', 'training-voor-docenten-2'],
      ['other', 'strasse-aeble-oresund-een-gids'],
      ['toolkit', 'toolkit'],
    ]);
    const kinds = await database.db.selectFrom('reference_terms').select('code').where('kind', '=', 'product_kind').orderBy('sort').execute();
    expect(kinds.map((k) => k.code)).toEqual(['guide', 'toolkit', 'training_kit', 'handbook', 'course', 'other']);
  });
});
