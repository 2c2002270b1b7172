import type { Locale } from '../../../shared/reference.js';
import { plainText } from './links.js';

// The texts of the account e-mails, in the language of the person they go to. `link` is the
// outbox placeholder that becomes the real link when the message is sent.

const ROLE: Record<string, Record<Locale, string>> = {
  coordinator: { nl: 'coördinator', en: 'coordinator' },
  na_analyst: { nl: 'onderzoeker van het Nationaal Agentschap', en: 'analyst at the National Agency' },
  na_admin: { nl: 'beheerder van het Nationaal Agentschap', en: 'administrator at the National Agency' },
};

const when = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

export function invitationMail(
  locale: Locale,
  input: { name: string; inviterName: string; role: string; organisationName: string | null; link: string; expiresAt: string; validDays: number },
) {
  const name = plainText(input.name);
  const inviter = plainText(input.inviterName);
  const role = ROLE[input.role]?.[locale] ?? input.role;
  const organisation = input.organisationName ? plainText(input.organisationName) : null;
  if (locale === 'en') {
    return {
      subject: 'Your invitation to Impact Monitor',
      text: [
        `Dear ${name},`,
        '',
        `${inviter} has invited you to Impact Monitor as ${role}${organisation ? ` of ${organisation}` : ''}. Impact Monitor follows the lasting impact of Erasmus+ projects in education.`,
        '',
        'Choose your password through this link to start using your account:',
        '',
        input.link,
        '',
        `The link works once and until ${when(locale, input.expiresAt)} (${input.validDays} days). If you did not expect this invitation, you can ignore this message.`,
        '',
        'Impact Monitor',
      ].join('\n'),
    };
  }
  return {
    subject: 'Uw uitnodiging voor Impact Monitor',
    text: [
      `Beste ${name},`,
      '',
      `${inviter} nodigt u uit voor Impact Monitor als ${role}${organisation ? ` van ${organisation}` : ''}. Met Impact Monitor volgt u de blijvende impact van Erasmus+-projecten in het onderwijs.`,
      '',
      'Kies via deze link uw wachtwoord om uw account in gebruik te nemen:',
      '',
      input.link,
      '',
      `De link werkt één keer en tot ${when(locale, input.expiresAt)} (${input.validDays} dagen). Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.`,
      '',
      'Impact Monitor',
    ].join('\n'),
  };
}

export function resetMail(locale: Locale, input: { name: string; link: string; expiresAt: string; validMinutes: number }) {
  const name = plainText(input.name);
  if (locale === 'en') {
    return {
      subject: 'A new password for Impact Monitor',
      text: [
        `Dear ${name},`,
        '',
        'Someone, probably you, asked for a new password for your Impact Monitor account. Choose it through this link:',
        '',
        input.link,
        '',
        `The link works once and until ${when(locale, input.expiresAt)} (${input.validMinutes} minutes). If you did not ask for it, you need not do anything: your password stays as it is.`,
        '',
        'Impact Monitor',
      ].join('\n'),
    };
  }
  return {
    subject: 'Een nieuw wachtwoord voor Impact Monitor',
    text: [
      `Beste ${name},`,
      '',
      'Iemand, waarschijnlijk u, heeft een nieuw wachtwoord gevraagd voor uw account bij Impact Monitor. Kies het via deze link:',
      '',
      input.link,
      '',
      `De link werkt één keer en tot ${when(locale, input.expiresAt)} (${input.validMinutes} minuten). Heeft u hier niet om gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft zoals het is.`,
      '',
      'Impact Monitor',
    ].join('\n'),
  };
}
