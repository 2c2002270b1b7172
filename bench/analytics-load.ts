// Writes the synthetic programme into the app's own schema (migrated as usual), on SQLite or PostgreSQL, in bulk.
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { ACTIVITY_TYPES, KEY_ACTIONS, SECTORS } from '../shared/reference.js';
import { codebookKey, codeKey, idOf, MOMENTS, type Programme, polarityOf, T } from './analytics-data.js';

type Value = string | number | null;
interface TableSpec {
  table: string;
  columns: Array<[name: string, pgType: 'text' | 'int' | 'float8']>;
  count: number;
  row(i: number): Value[];
}

const NOW = '2026-11-29T08:00:00.000Z';

export function tableSpecs(d: Programme, codeIds: Map<string, string>): TableSpec[] {
  const text = (name: string) => [name, 'text'] as [string, 'text'];
  const int = (name: string) => [name, 'int'] as [string, 'int'];
  const projects = d.project.org.length;
  const participants = d.participant.project.length;
  const instrument = (m: number) => idOf(T.instrument, m);
  return [
    {
      table: 'organisations',
      columns: ['id', 'name', 'type', 'sector', 'city', 'country', 'created_at', 'updated_at'].map(text),
      count: d.organisations,
      row: (i) => [idOf(T.organisation, i), `Bench-organisatie ${i}`, 'other', SECTORS[i % 5]!, 'Utrecht', 'NL', NOW, NOW],
    },
    {
      table: 'projects',
      columns: [
        ...['id', 'title', 'aims', 'sector', 'key_action'].map(text),
        int('call_year'),
        ...['status', 'organisation_id', 'created_at', 'updated_at'].map(text),
      ],
      count: projects,
      row: (p) => [
        idOf(T.project, p),
        `Bench-project ${p}`,
        '[]',
        SECTORS[d.project.sector[p]!]!,
        KEY_ACTIONS[d.project.ka[p]!]!,
        d.project.year[p]!,
        'finished',
        idOf(T.organisation, d.project.org[p]!),
        NOW,
        NOW,
      ],
    },
    {
      table: 'activities',
      columns: [...['id', 'project_id', 'type', 'title'].map(text), int('sort')],
      count: projects * 2,
      row: (a) => [idOf(T.activity, a), idOf(T.project, a >> 1), ACTIVITY_TYPES[d.activityType[a]!]!, `Activiteit ${a}`, a & 1],
    },
    {
      table: 'participants',
      columns: ['id', 'project_id', 'activity_id', 'name', 'email', 'role', 'locale', 'status', 'selection', 'pseudonym', 'created_at', 'updated_at'].map(text),
      count: participants,
      row: (i) => [
        idOf(T.participant, i),
        idOf(T.project, d.participant.project[i]!),
        idOf(T.activity, d.participant.activity[i]!),
        `Deelnemer ${i}`,
        `p${i}@bench.test`,
        'teacher',
        'nl',
        'selected',
        '{}',
        `B${i.toString(16).padStart(10, '0')}`,
        NOW,
        NOW,
      ],
    },
    {
      table: 'instruments',
      columns: [...['id', 'moment'].map(text), int('version'), ...['title_nl', 'title_en', 'published_at', 'created_at'].map(text)],
      count: 4,
      row: (m) => [instrument(m), MOMENTS[m]!, 100, `Bench ${MOMENTS[m]}`, `Bench ${MOMENTS[m]}`, NOW, NOW],
    },
    {
      table: 'instrument_items',
      columns: [...['id', 'instrument_id', 'key', 'kind', 'typology_code', 'factor_code', 'text_nl', 'text_en'].map(text), int('required'), int('sort')],
      count: d.items.length,
      row: (i) => {
        const it = d.items[i]!;
        const factor = it.kind === 'factor';
        return [idOf(T.item, i), instrument(it.moment), it.key, it.kind, factor ? null : it.code, factor ? it.code : null, it.key, it.key, 0, i];
      },
    },
    {
      table: 'invitations',
      columns: ['id', 'project_id', 'participant_id', 'moment', 'day', 'instrument_id', 'due_at', 'expires_at', 'status'].map(text),
      count: participants * 4,
      row: (v) => [
        idOf(T.invitation, v),
        idOf(T.project, d.participant.project[v >> 2]!),
        idOf(T.participant, v >> 2),
        MOMENTS[v & 3]!,
        '',
        instrument(v & 3),
        NOW,
        NOW,
        d.answered[v] ? 'completed' : 'expired',
      ],
    },
    {
      table: 'responses',
      columns: ['id', 'invitation_id', 'project_id', 'respondent', 'moment', 'instrument_id', 'answers', 'respondent_group', 'saved_at', 'submitted_at'].map(
        text,
      ),
      count: d.response.participant.length,
      row: (r) => {
        const i = d.response.participant[r]!;
        return [
          idOf(T.response, r),
          idOf(T.invitation, d.response.invitation[r]!),
          idOf(T.project, d.participant.project[i]!),
          `B${i.toString(16).padStart(10, '0')}`,
          MOMENTS[d.response.moment[r]!]!,
          instrument(d.response.moment[r]!),
          '{}',
          'participant',
          NOW,
          NOW,
        ];
      },
    },
    {
      table: 'answers',
      columns: [text('response_id'), text('item_key'), ['value_num', 'float8'], text('saved_at')],
      count: d.answer.response.length,
      row: (a) => [idOf(T.response, d.answer.response[a]!), d.items[d.answer.item[a]!]!.key, d.answer.value[a]!, NOW],
    },
    {
      table: 'interviewees',
      columns: ['id', 'project_id', 'role', 'label'].map(text),
      count: projects * 3,
      row: (i) => [idOf(T.interviewee, i), idOf(T.project, Math.floor(i / 3)), 'teacher', `Geïnterviewde ${i % 3}`],
    },
    {
      table: 'sources',
      columns: ['id', 'project_id', 'kind', 'title', 'content', 'language', 'created_at'].map(text),
      count: d.source.project.length,
      row: (s) => [idOf(T.source, s), idOf(T.project, d.source.project[s]!), 'interview', `Interview ${s}`, 'Transcript.', 'nl', NOW],
    },
    {
      table: 'segments',
      columns: [
        ...['id', 'source_id'].map(text),
        int('start_offset'),
        int('end_offset'),
        ...['text', 'interviewee_id'].map(text),
        int('is_quote'),
        text('created_at'),
      ],
      count: d.segment.source.length,
      row: (g) => {
        const who = d.segment.interviewee[g]!;
        return [
          idOf(T.segment, g),
          idOf(T.source, d.segment.source[g]!),
          0,
          10,
          'Transcript.',
          who < 0 ? null : idOf(T.interviewee, who),
          d.segment.quote[g]!,
          NOW,
        ];
      },
    },
    {
      table: 'codings',
      columns: ['id', 'segment_id', 'code_id', 'polarity', 'created_at'].map(text),
      count: d.coding.segment.length,
      row: (k) => {
        const book = d.coding.codebook[k]!;
        const key = `${codebookKey[book]}:${codeKey(book, d.coding.code[k]!)}`;
        return [idOf(T.coding, k), idOf(T.segment, d.coding.segment[k]!), codeIds.get(key)!, polarityOf(d.coding.polarity[k]!), NOW];
      },
    },
  ];
}

export function loadSqlite(file: string, specs: TableSpec[]) {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  for (const spec of specs) {
    const insert = db.prepare(`insert into ${spec.table} (${spec.columns.map((c) => c[0]).join(', ')}) values (${spec.columns.map(() => '?').join(', ')})`);
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) insert.run(...spec.row(i));
    });
    for (let i = 0; i < spec.count; i += 50_000) batch(i, Math.min(spec.count, i + 50_000));
  }
  db.close();
}

/** Bulk insert through unnest; the analytics' triggers are paused while loading and every project marked instead. */
export async function loadPostgres(url: string, specs: TableSpec[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const spec of specs) await client.query(`alter table ${spec.table} disable trigger user`);
  for (const spec of specs) {
    const names = spec.columns.map((c) => c[0]).join(', ');
    const unnest = spec.columns.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ');
    for (let from = 0; from < spec.count; from += 20_000) {
      const to = Math.min(spec.count, from + 20_000);
      const columns: Value[][] = spec.columns.map(() => []);
      for (let i = from; i < to; i++) {
        const row = spec.row(i);
        for (let c = 0; c < row.length; c++) columns[c]!.push(row[c]!);
      }
      await client.query(`insert into ${spec.table} (${names}) select * from unnest(${unnest})`, columns);
    }
  }
  for (const spec of specs) await client.query(`alter table ${spec.table} enable trigger user`);
  await client.query('insert into analytics_dirty (project_id, version) select id, 1 from projects on conflict (project_id) do nothing');
  await client.query('analyze');
  await client.end();
}
