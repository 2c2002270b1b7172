import { createHash, createHmac } from 'node:crypto';
import type { CertificateCheckView } from '../../../shared/reports.js';
import type { Locale } from '../../../shared/reference.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { certificateFactsOf } from '../projects/projects.service.js';
import { certificateSubject } from '../questionnaires/survey.service.js';
import { renderCertificate } from './render/certificate.js';
import * as q from './reports.queries.js';

// The certificate of participation, from the participant's personal link once T1 is submitted.
// Its verification code is an HMAC of the certificate's id under a key derived from LINK_SECRET:
// the server can print the same code again, but only its SHA-256 is stored, so a copy of the
// database makes no valid code, and a changed code matches no certificate.

// Crockford's base 32: no I, L, O or U, so a code read aloud or typed over is not misread
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function certificateCode(linkSecret: string, certificateId: string): string {
  const key = createHmac('sha256', linkSecret).update('certificate-codes').digest();
  const mac = createHmac('sha256', key).update(certificateId).digest();
  let bits = 0n;
  for (const byte of mac.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[Number((bits >> BigInt(59 - i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A code as typed: case, spaces and dashes do not matter, and the letters Crockford reads as digits are read so. */
const normalise = (code: string) => code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
const hashOf = (code: string) => createHash('sha256').update(normalise(code)).digest('hex');

export async function certificatePdf(deps: Deps, token: string, lang?: Locale): Promise<{ body: Buffer; filename: string }> {
  const subject = await certificateSubject(deps, token);
  if (!subject.t1SubmittedAt) throw new AppError('conflict', 'certificate.not_yet');
  const p = subject.participant;
  const facts = await certificateFactsOf(deps, p.projectId, p.activityId);
  const activity = facts.activity ? facts.activity.title : facts.projectTitle;
  let certificate = await q.findCertificateOfParticipant(deps.db, p.id);
  if (!certificate) {
    const id = newId();
    const row = {
      id,
      participant_id: p.id,
      code_hash: hashOf(certificateCode(deps.linkSecret, id)),
      name: p.name,
      activity,
      issued_at: deps.clock().toISOString(),
    };
    // a second download at the same moment issues nothing new: the participant has one certificate
    await q.insertCertificate(deps.db, row).catch(() => undefined);
    certificate = await q.findCertificateOfParticipant(deps.db, p.id);
    if (!certificate) throw new AppError('internal');
  } else if (certificate.name !== p.name || certificate.activity !== activity) {
    // the check shows what the latest printed certificate says
    await q.updateCertificate(deps.db, certificate.id, { name: p.name, activity });
  }
  const code = certificateCode(deps.linkSecret, certificate.id);
  const body = await renderCertificate({
    lang: lang ?? p.locale,
    name: p.name,
    projectTitle: facts.projectTitle,
    organisationName: facts.organisationName,
    activity: facts.activity,
    startDate: p.startDate ?? facts.activity?.startDate ?? null,
    endDate: p.endDate ?? facts.activity?.endDate ?? null,
    hosts: facts.hosts,
    goals: subject.goals,
    code,
    verifyUrl: `${deps.publicUrl}/verify/${code}`,
    issuedAt: certificate.issued_at,
  });
  return { body, filename: `certificate-${code}.pdf` };
}

/** The public check: valid or not, and then only the name on the certificate and the activity. */
export async function checkCertificate(deps: Deps, code: string): Promise<CertificateCheckView> {
  const row = await q.findCertificateByHash(deps.db, hashOf(code));
  return row ? { valid: true, name: row.name, activity: row.activity } : { valid: false, name: null, activity: null };
}
