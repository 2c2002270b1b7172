import type { RespondentKind } from '../../../shared/questionnaires.js';
import type { Locale } from '../../../shared/reference.js';

// The texts of the e-mails participants get, in their own language.

const MOMENT_NAMES: Record<string, Record<Locale, string>> = {
  T0: { nl: 'de vragenlijst vooraf', en: 'the questionnaire before the activity' },
  D: { nl: 'de korte reflectie van vandaag', en: "today's short reflection" },
  T1: { nl: 'de vragenlijst bij terugkomst', en: 'the questionnaire on your return' },
  T2: { nl: 'de vragenlijst een jaar later', en: 'the questionnaire one year later' },
  T3: { nl: 'de vragenlijst drie jaar later', en: 'the questionnaire three years later' },
};

const ORGANISATION_NAMES: Record<string, Record<Locale, string>> = {
  T0: { nl: 'de vragenlijst over uw organisatie (vooraf)', en: 'the questionnaire about your organisation (before)' },
  T2: { nl: 'de vragenlijst over uw organisatie (een jaar later)', en: 'the questionnaire about your organisation (a year later)' },
  T3: { nl: 'de vragenlijst over uw organisatie (drie jaar later)', en: 'the questionnaire about your organisation (three years later)' },
};
const COMPARISON_NAME: Record<Locale, string> = { nl: 'een korte vragenlijst voor collega’s', en: 'a short questionnaire for colleagues' };

/** Why a comparison colleague is asked at all: one sentence before the link. */
const COMPARISON_WHY: Record<Locale, string> = {
  nl: 'Uw school doet mee aan een Erasmus+-project. Om te zien wat er in de school verandert, vragen we ook collega’s die niet zelf deelnemen dezelfde uitspraken te beantwoorden, nu en later nog eens.',
  en: 'Your school takes part in an Erasmus+ project. To see what changes in the school, we also ask colleagues who do not take part themselves to answer the same statements, now and again later.',
};

export function invitationMail(
  locale: Locale,
  input: {
    name: string;
    projectTitle: string;
    moment: string;
    link: string;
    expiresAt: string;
    reminder: boolean;
    kind: RespondentKind;
    minutes: number;
  },
) {
  const names = input.kind === 'organisation' ? ORGANISATION_NAMES : MOMENT_NAMES;
  const what = input.kind === 'comparison' ? COMPARISON_NAME[locale] : (names[input.moment]?.[locale] ?? input.moment);
  const why = input.kind === 'comparison' && !input.reminder ? [COMPARISON_WHY[locale], ''] : [];
  const until = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(input.expiresAt));
  if (locale === 'en') {
    return {
      subject: `${input.reminder ? 'Reminder: ' : ''}${what} for ${input.projectTitle}`,
      text: [
        `Dear ${input.name},`,
        '',
        ...why,
        `${input.reminder ? 'We have not yet received your answers. ' : ''}Please fill in ${what} for ${input.projectTitle}. It takes about ${input.minutes} ${input.minutes === 1 ? 'minute' : 'minutes'} and works on your phone; you can save and continue later.`,
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
      ...why,
      `${input.reminder ? 'We hebben uw antwoorden nog niet ontvangen. ' : ''}Wilt u ${what} voor ${input.projectTitle} invullen? Het duurt ongeveer ${input.minutes} ${input.minutes === 1 ? 'minuut' : 'minuten'} en kan op uw telefoon; u kunt tussendoor opslaan en later verder.`,
      '',
      input.link,
      '',
      `Deze persoonlijke link is geldig tot ${until}. Deel hem niet met anderen.`,
      '',
      'Impact Monitor',
    ].join('\n'),
  };
}

/**
 * What a comparison colleague reads above the participants' state items: why they are asked, and
 * that the statements are about their situation now.
 */
export const COMPARISON_TEXTS: Record<Locale, { title: string; intro: string }> = {
  nl: {
    title: 'Uw situatie op dit moment',
    intro:
      'U vult deze korte vragenlijst in als collega. Collega’s van de deelnemers beantwoorden dezelfde uitspraken op dezelfde momenten, zodat zichtbaar wordt wat er verandert in de school als geheel. De uitspraken gaan over hoe het nu is.',
  },
  en: {
    title: 'Your situation at this moment',
    intro:
      'You answer this short questionnaire as a colleague. Colleagues of the participants answer the same statements at the same moments, so that what changes in the school as a whole can be seen. The statements are about how things are now.',
  },
};
