// `npm run admin:create -- --email you@agency.example --name "Your Name"`
// Creates an NA admin account for a real installation. The password comes from ADMIN_PASSWORD or is asked for.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { readEnv } from '../server/env.js';
import { newId } from '../server/lib/ids.js';
import { hashPassword } from '../server/lib/passwords.js';

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
if (password.length < 12) {
  console.error('The password must have at least 12 characters.');
  process.exit(2);
}
const env = readEnv();
const database = openDatabase(env.DATABASE_URL);
try {
  await migrateToLatest(database.db);
  const email = input.data.email.toLowerCase();
  const existing = await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) {
    console.error(`An account for ${email} exists already.`);
    process.exitCode = 1;
  } else {
    const now = new Date().toISOString();
    await database.db
      .insertInto('users')
      .values({
        id: newId(),
        email,
        name: input.data.name,
        password_hash: await hashPassword(password),
        role: input.data.role,
        organisation_id: null,
        locale: 'nl',
        created_at: now,
        updated_at: now,
        last_login_at: null,
        disabled_at: null,
      })
      .execute();
    console.log(`Created ${input.data.role} account ${email} in ${database.dialect}.`);
  }
} finally {
  await database.destroy();
}
