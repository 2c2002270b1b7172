import type { Kysely } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// The questionnaire results an impact model shows (per project, typology code and moment: how
// many 1-5 answers and their sum) were added up from every response of the project on every view
// and every edit of the model. They are now kept as they come in: a submitted response adds its
// answers. This fills the sums from the responses submitted so far.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('questionnaire_sums')
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('typology_code', 'varchar(40)', (c) => c.notNull())
    .addColumn('moment', 'varchar(2)', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('questionnaire_sums_pk', ['project_id', 'typology_code', 'moment'])
    .execute();

  const items = await db.selectFrom('instrument_items').select(['instrument_id', 'key', 'typology_code']).where('typology_code', 'is not', null).execute();
  const codeOf = new Map(items.map((i: { instrument_id: string; key: string; typology_code: string }) => [`${i.instrument_id}|${i.key}`, i.typology_code]));
  const sums = new Map<string, { project_id: string; typology_code: string; moment: string; answers: number; total: number }>();
  // in pages, so that a large installation's responses are never all in memory at once
  for (let offset = 0; ; offset += 1000) {
    const page = await db
      .selectFrom('responses')
      .select(['id', 'project_id', 'instrument_id', 'moment', 'answers'])
      .where('submitted_at', 'is not', null)
      .orderBy('id')
      .limit(1000)
      .offset(offset)
      .execute();
    for (const r of page as { project_id: string; instrument_id: string; moment: string; answers: string }[]) {
      let answers: Record<string, unknown>;
      try {
        answers = JSON.parse(r.answers);
      } catch {
        continue;
      }
      for (const [key, value] of Object.entries(answers)) {
        const code = codeOf.get(`${r.instrument_id}|${key}`);
        if (!code || typeof value !== 'number' || value < 1) continue;
        const id = `${r.project_id}|${code}|${r.moment}`;
        const sum = sums.get(id) ?? { project_id: r.project_id, typology_code: code, moment: r.moment, answers: 0, total: 0 };
        sum.answers += 1;
        sum.total += value;
        sums.set(id, sum);
      }
    }
    if (page.length < 1000) break;
  }
  const rows = [...sums.values()];
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('questionnaire_sums')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('questionnaire_sums').execute();
}
