import type { Kysely } from 'kysely';
import { SYNTHETIC_EMAIL_DOMAIN } from '../../../shared/analytics.js';
import { newId } from '../../lib/ids.js';
import type { TypologyCode } from '../../../shared/reference.js';
import type { DB } from '../schema.js';

// An illustrative, synthetic cohort for the demo: the report interviewed people, it did not survey them, so the
// demo projects have no questionnaire answers of their own. So that a newcomer sees the dashboards filled, a fixed
// number of made-up participants in one project per case answer the standard questionnaires at T0-T3, generated with a
// fixed seed. Every one of them is called "Synthetische deelnemer" and has an address under example.invalid; the
// coded evidence of the five cases stays the report's own.

export const SYNTHETIC_NAME = 'Synthetische deelnemer';
export { SYNTHETIC_EMAIL_DOMAIN };
const PER_PROJECT = 12;
const MOMENTS = ['T0', 'T1', 'T2', 'T3'] as const;
/** answered share per moment: the drop-out of a long follow-up */
const RESPONSE_RATE = [1, 0.92, 0.75, 0.6];
/** mean rise at T1 per typology domain, for mobility (KA1) and partnerships (KA2); it fades by T2 and T3 */
const GAIN: Record<string, [ka1: number, ka2: number]> = { PRO: [0.9, 0.4], ORG: [0.6, 0.5], INT: [0.4, 0.3], COL: [0.4, 0.6], PER: [0.2, 0.1] };
const LASTING = [0, 1, 0.8, 0.7];
/** learning goals the made-up participants pick from; a language goal carries the CEFR level now and aimed at */
const GOALS: Array<{ text: string; code: string; language?: boolean }> = [
  { text: 'Vaker Engels spreken in de les', code: 'PRO.language', language: true },
  { text: 'Nieuwe werkvormen uitproberen en houden wat werkt', code: 'PRO.methods' },
  { text: 'Formatief evalueren leren toepassen', code: 'PRO.assessment' },
  { text: 'Wat ik leer delen met mijn team', code: 'ORG.shared' },
  { text: 'Digitale middelen beter inzetten', code: 'PRO.ict' },
];
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedSyntheticCohort(db: Kysely<DB>, now: Date): Promise<void> {
  const rnd = prng(20191129);
  // the goals from a stream of their own, so that the answers stay what they were before goals were added
  const goalRnd = prng(20191130);
  const normal = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const at = now.toISOString();
  // one project per case: the latest of a case with two (Emma's earlier study trip keeps no participants, as a
  // coordinator would find a project they have not started on)
  const all = await db
    .selectFrom('projects')
    .select(['id', 'organisation_id', 'key_action', 'start_date', 'end_date'])
    .orderBy('call_year')
    .orderBy('title')
    .execute();
  const projects = [...new Map(all.map((p) => [p.organisation_id, p])).values()];
  // the latest published version of each moment's questionnaire, with what its items measure
  const instruments = new Map<string, { id: string; items: Array<{ key: string; kind: string; code: string | null }> }>();
  for (const moment of MOMENTS) {
    const instrument = await db
      .selectFrom('instruments')
      .select('id')
      .where('moment', '=', moment)
      .where('published_at', 'is not', null)
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow();
    const items = await db.selectFrom('instrument_items').select(['key', 'kind', 'typology_code as code']).where('instrument_id', '=', instrument.id).execute();
    instruments.set(moment, { id: instrument.id, items: items.filter((i) => i.kind === 'state' || i.kind === 'retrospective') });
  }

  await db.transaction().execute(async (trx) => {
    for (const [p, project] of projects.entries()) {
      const activity = await trx.selectFrom('activities').select('id').where('project_id', '=', project.id).orderBy('sort').executeTakeFirst();
      const ka = project.key_action === 'KA2' ? 1 : 0;
      for (let k = 1; k <= PER_PROJECT; k++) {
        const participantId = newId();
        const pseudonym = `S${Math.floor(rnd() * 0xffffffffff)
          .toString(16)
          .toUpperCase()
          .padStart(10, '0')}`;
        await trx
          .insertInto('participants')
          .values({
            id: participantId,
            project_id: project.id,
            activity_id: activity?.id ?? null,
            name: `${SYNTHETIC_NAME} ${k}`,
            email: `deelnemer-${p + 1}-${k}@${SYNTHETIC_EMAIL_DOMAIN}`,
            role: 'teacher',
            locale: 'nl',
            start_date: project.start_date,
            end_date: project.end_date,
            status: 'selected',
            selection: '{}',
            pseudonym,
            created_at: at,
            updated_at: at,
          })
          .execute();
        const picked = new Set([Math.floor(goalRnd() * GOALS.length), Math.floor(goalRnd() * GOALS.length)]);
        for (const [sort, g] of [...picked].entries()) {
          const goal = GOALS[g]!;
          const now = goal.language ? 1 + Math.floor(goalRnd() * 3) : null;
          await trx
            .insertInto('learning_goals')
            .values({
              id: newId(),
              participant_id: participantId,
              text: goal.text,
              typology_code: goal.code as TypologyCode,
              cefr_now: now === null ? null : CEFR[now]!,
              cefr_target: now === null ? null : CEFR[now + 1]!,
              sort,
              created_at: at,
            })
            .execute();
        }
        const baseline = new Map<string, number>();
        const responsiveness = Math.max(0, 1 + 0.5 * normal());
        for (const [m, moment] of MOMENTS.entries()) {
          const instrument = instruments.get(moment)!;
          const answered = rnd() < RESPONSE_RATE[m]!;
          const invitationId = newId();
          await trx
            .insertInto('invitations')
            .values({
              id: invitationId,
              project_id: project.id,
              participant_id: participantId,
              moment,
              day: '',
              instrument_id: instrument.id,
              due_at: at,
              expires_at: at,
              token_hash: null,
              status: answered ? 'completed' : 'expired',
              sent_at: at,
              reminders_sent: 0,
              last_sent_at: at,
              completed_at: answered ? at : null,
              claimed_by: null,
              claimed_until: null,
            })
            .execute();
          if (!answered) continue;
          const answers: Record<string, number> = {};
          for (const item of instrument.items) {
            const domain = item.code?.split('.')[0] ?? 'PRO';
            const gain = (GAIN[domain]?.[ka] ?? 0.3) * LASTING[m]! * responsiveness;
            if (!baseline.has(item.key)) baseline.set(item.key, 2.7 + 0.8 * normal());
            const value = item.kind === 'state' ? baseline.get(item.key)! + gain + 0.4 * normal() : 3 + 2 * gain + 0.6 * normal();
            answers[item.key] = rnd() < 0.03 ? 0 : Math.min(5, Math.max(1, Math.round(value)));
          }
          const responseId = newId();
          await trx
            .insertInto('responses')
            .values({
              id: responseId,
              invitation_id: invitationId,
              project_id: project.id,
              respondent: pseudonym,
              moment,
              instrument_id: instrument.id,
              answers: JSON.stringify(answers),
              respondent_group: 'participant',
              saved_at: at,
              submitted_at: at,
            })
            .execute();
          await trx
            .insertInto('answers')
            .values(
              Object.entries(answers).map(([key, value]) => ({ response_id: responseId, item_key: key, value_num: value, value_text: null, saved_at: at })),
            )
            .execute();
        }
      }
    }
  });
}
