import type { Kysely } from 'kysely';

// Frozen: after the project. Products get the kinds of the issue, an English description, a stable
// public page and an optional file; uses by third parties, dissemination, network follow-ups, the
// follow-up day with its attendance, and the recognition of participants' learning get tables; the
// outbox learns to carry attachments (the follow-up day's .ics). Every foreign key a delete follows
// has an index (PostgreSQL makes none by itself), as in 20261129_0100_indexes.

type Term = [code: string, nl: string, en: string];

const OLD_KINDS: Term[] = [
  ['toolkit', 'Toolkit', 'Toolkit'],
  ['training', 'Training of cursus', 'Training or course'],
  ['method', 'Methode of instrument', 'Method or instrument'],
  ['website', 'Website of platform', 'Website or platform'],
  ['publication', 'Publicatie', 'Publication'],
  ['certificate', 'Certificaat of keurmerk', 'Certificate or quality label'],
  ['other', 'Ander product', 'Other product'],
];

const KINDS: Term[] = [
  ['guide', 'Gids', 'Guide'],
  ['toolkit', 'Toolkit', 'Toolkit'],
  ['training_kit', 'Trainingspakket', 'Training kit'],
  ['handbook', 'Handboek of handleiding', 'Handbook'],
  ['course', 'Cursus', 'Course'],
  ['other', 'Ander product', 'Other product'],
];

// A copy of the slug rule as it was at this migration (migrations never import application code).
function slugOf(title: string): string {
  const plain = title
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[œŒ]/g, 'oe')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= 60) return plain || 'product';
  const cut = plain.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('products').addColumn('description_en', 'text').execute();
  await db.updateTable('products').set({ kind: 'training_kit' }).where('kind', '=', 'training').execute();
  await db.updateTable('products').set({ kind: 'other' }).where('kind', 'in', ['method', 'website', 'publication', 'certificate']).execute();
  await db.deleteFrom('reference_terms').where('kind', '=', 'product_kind').execute();
  await db
    .insertInto('reference_terms')
    .values(KINDS.map(([code, nl, en], sort) => ({ kind: 'product_kind', code, parent_code: null, label_nl: nl, label_en: en, sort })))
    .execute();

  // every product has a public page: existing ones get their address now
  const taken = new Set<string>(
    (await db.selectFrom('products').select('public_slug').where('public_slug', 'is not', null).execute()).map((r) => r.public_slug as string),
  );
  const without = await db.selectFrom('products').select(['id', 'title']).where('public_slug', 'is', null).orderBy('created_at').orderBy('id').execute();
  for (const row of without) {
    const base = slugOf(row.title as string);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    await db.updateTable('products').set({ public_slug: slug }).where('id', '=', row.id).execute();
  }

  await db.schema
    .createTable('product_files')
    .addColumn('product_id', 'varchar(36)', (c) => c.primaryKey().references('products.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'varchar(120)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull()) // base64: the same column type on both engines
    .addColumn('uploaded_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('product_uses')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('product_id', 'varchar(36)', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade')) // the product's, for counting per project
    .addColumn('organisation_type', 'varchar(30)', (c) => c.notNull())
    .addColumn('country', 'varchar(2)', (c) => c.notNull())
    .addColumn('sector', 'varchar(20)', (c) => c.notNull())
    .addColumn('how_used', 'text', (c) => c.notNull())
    .addColumn('recommend', 'varchar(5)', (c) => c.notNull()) // yes | maybe | no
    .addColumn('feedback', 'text')
    .addColumn('email', 'varchar(320)') // for one follow-up question; erased once it is asked
    .addColumn('locale', 'varchar(2)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('reply_text', 'text')
    .addColumn('replied_at', 'varchar(32)')
    .addColumn('replied_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('product_uses_product_idx').on('product_uses').columns(['product_id', 'created_at']).execute();
  await db.schema.createIndex('product_uses_project_idx').on('product_uses').column('project_id').execute();

  await db.schema
    .createTable('disseminations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('date', 'varchar(10)') // unknown for what is recorded afterwards from memory or a report
    .addColumn('type', 'varchar(20)', (c) => c.notNull())
    .addColumn('scope', 'varchar(10)', (c) => c.notNull()) // internal | external
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('reach', 'integer')
    .addColumn('link', 'text')
    .addColumn('outcome_id', 'varchar(36)', (c) => c.references('impact_elements.id').onDelete('set null'))
    .addColumn('notes', 'text')
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disseminations_project_idx').on('disseminations').column('project_id').execute();
  await db.schema.createIndex('disseminations_outcome_idx').on('disseminations').column('outcome_id').execute();

  await db.schema
    .createTable('network_follow_ups')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('type', 'varchar(20)', (c) => c.notNull()) // counter_visit | new_project | lasting_contact
    .addColumn('partner_id', 'varchar(36)', (c) => c.references('project_partners.id').onDelete('set null'))
    .addColumn('partner_name', 'text', (c) => c.notNull())
    .addColumn('partner_kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)')
    .addColumn('description', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('network_follow_ups_project_idx').on('network_follow_ups').column('project_id').execute();
  await db.schema.createIndex('network_follow_ups_partner_idx').on('network_follow_ups').column('partner_id').execute();

  await db.schema
    .createTable('follow_up_days')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('activity_id', 'varchar(36)', (c) => c.references('activities.id').onDelete('set null'))
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('start_time', 'varchar(5)', (c) => c.notNull()) // Europe/Amsterdam wall-clock time
    .addColumn('end_time', 'varchar(5)', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('presented', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_up_days_project_idx').on('follow_up_days').column('project_id').execute();
  await db.schema.createIndex('follow_up_days_activity_idx').on('follow_up_days').column('activity_id').execute();

  await db.schema
    .createTable('follow_up_attendance')
    .addColumn('follow_up_day_id', 'varchar(36)', (c) => c.notNull().references('follow_up_days.id').onDelete('cascade'))
    .addColumn('participant_id', 'varchar(36)', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('invited_at', 'varchar(32)')
    .addColumn('attended', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('follow_up_attendance_pk', ['follow_up_day_id', 'participant_id'])
    .execute();
  await db.schema.createIndex('follow_up_attendance_participant_idx').on('follow_up_attendance').column('participant_id').execute();

  await db.schema
    .createTable('recognitions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('participant_id', 'varchar(36)', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('type', 'varchar(20)', (c) => c.notNull()) // development_plan | certificate | new_task | other
    .addColumn('description', 'text')
    .addColumn('date', 'varchar(10)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recognitions_project_idx').on('recognitions').column('project_id').execute();
  await db.schema.createIndex('recognitions_participant_idx').on('recognitions').column('participant_id').execute();

  // JSON array of { filename, contentType, content } (text content, e.g. an .ics)
  await db.schema.alterTable('outbox').addColumn('attachments', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('attachments').execute();
  for (const t of ['recognitions', 'follow_up_attendance', 'follow_up_days', 'network_follow_ups', 'disseminations', 'product_uses', 'product_files']) {
    await db.schema.dropTable(t).execute();
  }
  await db.deleteFrom('reference_terms').where('kind', '=', 'product_kind').execute();
  await db
    .insertInto('reference_terms')
    .values(OLD_KINDS.map(([code, nl, en], sort) => ({ kind: 'product_kind', code, parent_code: null, label_nl: nl, label_en: en, sort })))
    .execute();
  await db.updateTable('products').set({ kind: 'training' }).where('kind', 'in', ['training_kit', 'course']).execute();
  await db.updateTable('products').set({ kind: 'publication' }).where('kind', 'in', ['guide', 'handbook']).execute();
  await db.schema.alterTable('products').dropColumn('description_en').execute();
}
