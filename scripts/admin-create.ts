// `npm run admin:create -- --email you@agency.example --name "Your Name"`
// Creates the first NA admin (or an analyst) of a real installation; every later account is invited from
// the Users page. The password comes from ADMIN_PASSWORD or is asked for, and must pass the same
// strength check as on the web.
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { IMPORT_LIMITS } from '../shared/imports.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { readEnv } from '../server/env.js';
import type { Deps } from '../server/deps.js';
import { AppError } from '../server/http/errors.js';
import { messageFor } from '../server/http/messages.js';
import { systemClock } from '../server/lib/clock.js';
import { createMailer } from '../server/lib/mailer.js';
import { createAgencyAccount } from '../server/modules/users/users.service.js';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'na_admin' } } });
const input = z
  .object({
    email: z.email('--email must be an e-mail address'),
    name: z.string().min(1, '--name is required'),
    role: z.enum(['na_admin', 'na_analyst'], { message: '--role must be na_admin or na_analyst' }),
  })
  .safeParse(values);
if (!input.success) {
  console.error(input.error.issues.map((i) => i.message).join('\n'));
  console.error('Usage: npm run admin:create -- --email you@agency.example --name "Your Name" [--role na_analyst]');
  process.exit(2);
}

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('Set ADMIN_PASSWORD, or run this in a terminal to type the password.');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write('Password (at least 12 characters): ');
  muted._writeToOutput = () => undefined; // do not echo the password
  const password = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return password;
}

const password = await askPassword();
const env = readEnv();
const database = openDatabase(env.DATABASE_URL);
const deps: Deps = {
  db: database.db,
  dialect: database.dialect,
  clock: systemClock,
  sessionTtlHours: env.SESSION_TTL_HOURS,
  cookieSecure: env.COOKIE_SECURE,
  pseudonymSecret: env.PSEUDONYM_SECRET ?? 'not-used-here', // no one is shown here
  mailer: createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
  linkSecret: env.LINK_SECRET ?? 'not-used-here',
  publicUrl: env.PUBLIC_URL,
  outboxDir: 'data/outbox',
  // nothing is imported here
  imports: { dir: path.join(os.tmpdir(), 'impact-monitor-imports'), maxBytes: IMPORT_LIMITS.maxBytes, maxRows: IMPORT_LIMITS.maxRows },
};
try {
  await migrateToLatest(database.db);
  const { id } = await createAgencyAccount(deps, { email: input.data.email, name: input.data.name, role: input.data.role, password });
  console.log(`Created ${input.data.role} account ${input.data.email.toLowerCase()} (${id}) in ${database.dialect}.`);
  console.log(`Sign in at ${env.PUBLIC_URL}/login, then invite colleagues and coordinators under Gebruikers / Users.`);
} catch (err) {
  if (!(err instanceof AppError)) throw err;
  // the same rules and reasons as on the web pages
  const reasons = err.fieldErrors?.map((e) => messageFor(e.message, 'en')) ?? [messageFor(err.messageKey, 'en')];
  console.error(reasons.join('\n'));
  process.exitCode = 1;
} finally {
  await database.destroy();
}
