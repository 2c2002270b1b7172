import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { UserRole } from '../../shared/reference.js';
import type { DB } from '../db/schema.js';
import { newId } from '../lib/ids.js';
import { hashPassword } from '../lib/passwords.js';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const now = () => new Date().toISOString();

export async function makeOrganisation(db: Kysely<DB>, fields: Partial<DB['organisations']> = {}) {
  const row: DB['organisations'] = {
    id: newId(),
    name: `School ${unique()}`,
    short_name: null,
    type: 'primary_school',
    sector: 'po',
    city: 'Zwolle',
    country: 'NL',
    website: null,
    description: null,
    created_at: now(),
    updated_at: now(),
    archived_at: null,
    erasmus_code: null,
    oid: null,
    ...fields,
  };
  await db.insertInto('organisations').values(row).execute();
  return row;
}

export async function makeUser(db: Kysely<DB>, role: UserRole, organisationId: string | null = null, fields: Partial<DB['users']> = {}) {
  passwordHash ??= hashPassword(PASSWORD);
  const row: DB['users'] = {
    id: newId(),
    email: `${role}-${unique()}@test.example`,
    name: `Test ${role}`,
    password_hash: await passwordHash,
    role,
    organisation_id: organisationId,
    locale: 'nl',
    created_at: now(),
    updated_at: now(),
    last_login_at: null,
    disabled_at: null,
    ...fields,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export async function makeProject(db: Kysely<DB>, organisationId: string, fields: Partial<DB['projects']> = {}) {
  const row: DB['projects'] = {
    id: newId(),
    code: null,
    title: `Project ${unique()}`,
    acronym: null,
    summary: null,
    aims: '[]',
    sector: 'po',
    key_action: 'KA1',
    call_year: 2016,
    start_date: '2016-09-01',
    end_date: '2017-08-31',
    status: 'finished',
    organisation_id: organisationId,
    grant_eur: null,
    created_at: now(),
    updated_at: now(),
    archived_at: null,
    ...fields,
  };
  await db.insertInto('projects').values(row).execute();
  return row;
}

/** Signs in through the API and returns the Cookie header to send with later requests. */
export async function loginAs(app: FastifyInstance, email: string, password = PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'im_session');
  if (!cookie) throw new Error('no session cookie');
  return `im_session=${cookie.value}`;
}

/** Two organisations, each with a coordinator and a project, plus the agency's admin and analyst. */
export async function twoTenants(db: Kysely<DB>) {
  const orgA = await makeOrganisation(db, { name: 'Basisschool Alfa' });
  const orgB = await makeOrganisation(db, { name: 'College Beta', type: 'vet_college', sector: 'mbo' });
  const coordA = await makeUser(db, 'coordinator', orgA.id);
  const coordB = await makeUser(db, 'coordinator', orgB.id);
  const admin = await makeUser(db, 'na_admin');
  const analyst = await makeUser(db, 'na_analyst');
  const participant = await makeUser(db, 'participant');
  const projectA = await makeProject(db, orgA.id, { title: 'Alfa leert Engels', sector: 'po', key_action: 'KA1', call_year: 2016 });
  const projectB = await makeProject(db, orgB.id, { title: 'Beta in Europa', sector: 'mbo', key_action: 'KA2', call_year: 2018 });
  return { orgA, orgB, coordA, coordB, admin, analyst, participant, projectA, projectB };
}
