import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from './db/database.js';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'must start with sqlite: or postgres://')
    .default(DEFAULT_DATABASE_URL),
  DEMO_DATA: flag.default(true),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: flag.default(false),
  // the key of the pseudonyms the agency's analysts see; unset: made once and kept in data/pseudonym-secret
  PSEUDONYM_SECRET: z.string().min(16).optional(),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Impact Monitor <no-reply@impact-monitor.invalid>'),
  LINK_SECRET: z.string().min(16).optional(),
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof schema>;

/** Reads the environment once at start; a wrong value stops the server with a message naming it. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment settings:\n${lines}\nSee .env.example for the settings and their meaning.`);
  }
  return parsed.data;
}
