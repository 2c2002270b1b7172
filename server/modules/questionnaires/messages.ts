import type { Locale } from '../../../shared/reference.js';

// The texts of the e-mails participants get, in their own language.

const MOMENT_NAMES: Record<string, Record<Locale, string>> = {
  T0: { nl: 'de vragenlijst vooraf', en: 'the questionnaire before the activity' },
  D: { nl: 'de korte reflectie van vandaag', en: "today's short reflection" },
  T1: { nl: 'de vragenlijst bij terugkomst', en: 'the questionnaire on your return' },
  T2: { nl: 'de vragenlijst een jaar later', en: 'the questionnaire one year later' },
  T3: { nl: 'de vragenlijst drie jaar later', en: 'the questionnaire three years later' },
};

export function invitationMail(
  locale: Locale,
  input: { name: string; projectTitle: string; moment: string; link: string; expiresAt: string; reminder: boolean },
) {
  const what = MOMENT_NAMES[input.moment]?.[locale] ?? input.moment;
  const until = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(input.expiresAt));
  if (locale === 'en') {
    return {
      subject: `${input.reminder ? 'Reminder: ' : ''}${what} for ${input.projectTitle}`,
      text: [
        `Dear ${input.name},`,
        '',
        `${input.reminder ? 'We have not yet received your answers. ' : ''}Please fill in ${what} for ${input.projectTitle}. It takes about ten minutes and works on your phone; you can save and continue later.`,
        '',
        input.link,
        '',
        `This personal link is valid until ${until}. Do not share it.`,
        '',
        'Impact Monitor',
      ].join('\n'),
    };
  }
  return {
    subject: `${input.reminder ? 'Herinnering: ' : ''}${what} voor ${input.projectTitle}`,
    text: [
      `Beste ${input.name},`,
      '',
      `${input.reminder ? 'We hebben uw antwoorden nog niet ontvangen. ' : ''}Wilt u ${what} voor ${input.projectTitle} invullen? Het duurt ongeveer tien minuten en kan op uw telefoon; u kunt tussendoor opslaan en later verder.`,
      '',
      input.link,
      '',
      `Deze persoonlijke link is geldig tot ${until}. Deel hem niet met anderen.`,
      '',
      'Impact Monitor',
    ].join('\n'),
  };
}
