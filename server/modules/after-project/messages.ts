import type { RecommendAnswer, UserOrganisationType, UseSector } from '../../../shared/after-project.js';
import type { Locale } from '../../../shared/reference.js';

// The e-mails of "after the project", in the receiver's language. Plain text: whatever a third
// party typed is quoted as text and can do nothing in a mail program.

const longDate = (locale: Locale, isoDate: string) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

const ORGANISATION_TYPES: Record<UserOrganisationType, Record<Locale, string>> = {
  school: { nl: 'school', en: 'school' },
  vet_college: { nl: 'mbo-instelling', en: 'VET college' },
  higher_education: { nl: 'hogeschool of universiteit', en: 'university or college' },
  adult_education: { nl: 'volwasseneneducatie', en: 'adult education provider' },
  training_provider: { nl: 'opleider of trainingsbureau', en: 'training provider' },
  civil_society: { nl: 'maatschappelijke organisatie', en: 'civil-society organisation' },
  government: { nl: 'overheid', en: 'government' },
  company: { nl: 'bedrijf', en: 'company' },
  other: { nl: 'andere organisatie', en: 'other organisation' },
};
const SECTORS: Record<UseSector, Record<Locale, string>> = {
  po: { nl: 'primair onderwijs', en: 'primary education' },
  vo: { nl: 'voortgezet onderwijs', en: 'secondary education' },
  mbo: { nl: 'mbo', en: 'vocational education' },
  ho: { nl: 'hoger onderwijs', en: 'higher education' },
  ve: { nl: 'volwasseneneducatie', en: 'adult education' },
  other: { nl: 'buiten het onderwijs', en: 'outside education' },
};
const RECOMMEND: Record<RecommendAnswer, Record<Locale, string>> = {
  yes: { nl: 'ja', en: 'yes' },
  maybe: { nl: 'misschien', en: 'maybe' },
  no: { nl: 'nee', en: 'no' },
};

export interface UseSummary {
  organisationType: UserOrganisationType;
  country: string;
  sector: UseSector;
  howUsed: string;
  recommend: RecommendAnswer;
  feedback: string | null;
  canReply: boolean;
}

/** To the product's coordinators: someone registered a use on the public page. */
export function useNoticeMail(locale: Locale, input: { productTitle: string; use: UseSummary; link: string }) {
  const u = {
    ...input.use,
    organisationType: ORGANISATION_TYPES[input.use.organisationType][locale],
    sector: SECTORS[input.use.sector][locale],
    recommend: RECOMMEND[input.use.recommend][locale],
  };
  if (locale === 'en') {
    return {
      subject: `New use of ${input.productTitle}`,
      text: [
        `Someone reported on the public page that they used ${input.productTitle}.`,
        '',
        `Organisation: ${u.organisationType}, ${u.country}; sector: ${u.sector}`,
        `Would recommend it: ${u.recommend}`,
        'How it was used:',
        indent(u.howUsed),
        ...(u.feedback ? ['Feedback:', indent(u.feedback)] : []),
        '',
        u.canReply ? 'They left an address for one follow-up question; you can ask it on the project page:' : 'All uses of your products:',
        input.link,
        '',
        'Impact Monitor',
      ].join('\n'),
    };
  }
  return {
    subject: `Nieuw gebruik van ${input.productTitle}`,
    text: [
      `Iemand meldde op de openbare pagina dat hij of zij ${input.productTitle} heeft gebruikt.`,
      '',
      `Organisatie: ${u.organisationType}, ${u.country}; sector: ${u.sector}`,
      `Zou het aanraden: ${u.recommend}`,
      'Zo is het gebruikt:',
      indent(u.howUsed),
      ...(u.feedback ? ['Feedback:', indent(u.feedback)] : []),
      '',
      u.canReply
        ? 'Er is een e-mailadres achtergelaten voor één vervolgvraag; die kunt u stellen op de projectpagina:'
        : 'Alle meldingen van gebruik van uw producten:',
      input.link,
      '',
      'Impact Monitor',
    ].join('\n'),
  };
}

/** To the third party: the product team's one follow-up question or answer to their feedback. */
export function useReplyMail(locale: Locale, input: { productTitle: string; organisation: string; sender: string; senderEmail: string; text: string }) {
  if (locale === 'en') {
    return {
      subject: `A question about your use of ${input.productTitle}`,
      text: [
        `Thank you for telling us how you used ${input.productTitle}. ${input.sender} of ${input.organisation} writes:`,
        '',
        indent(input.text),
        '',
        `To answer, write to ${input.senderEmail}. Your e-mail address has now been removed from Impact Monitor; you will get no further messages from us.`,
        '',
        'Impact Monitor',
      ].join('\n'),
    };
  }
  return {
    subject: `Een vraag over uw gebruik van ${input.productTitle}`,
    text: [
      `Dank u wel dat u liet weten hoe u ${input.productTitle} heeft gebruikt. ${input.sender} van ${input.organisation} schrijft:`,
      '',
      indent(input.text),
      '',
      `Wilt u antwoorden? Schrijf dan naar ${input.senderEmail}. Uw e-mailadres is nu uit Impact Monitor verwijderd; u krijgt van ons geen berichten meer.`,
      '',
      'Impact Monitor',
    ].join('\n'),
  };
}

/** To former participants: the coordinator's own update, with who sent it. */
export function participantUpdateMail(locale: Locale, input: { name: string; projectTitle: string; organisation: string; subject: string; body: string }) {
  const footer =
    locale === 'en'
      ? `You receive this because you took part in ${input.projectTitle} (${input.organisation}).`
      : `U ontvangt dit bericht omdat u deelnam aan ${input.projectTitle} (${input.organisation}).`;
  return {
    subject: input.subject,
    text: [`${locale === 'en' ? 'Dear' : 'Beste'} ${input.name},`, '', input.body, '', '--', footer].join('\n'),
  };
}

/** To a participant: the follow-up day, with the calendar file attached and their T2 link when they have one. */
export function followUpDayMail(
  locale: Locale,
  input: {
    name: string;
    projectTitle: string;
    date: string;
    startTime: string;
    endTime: string;
    place: string;
    agenda: string;
    questionnaireLink: string | null;
  },
) {
  const when = `${longDate(locale, input.date)}, ${input.startTime}–${input.endTime}`;
  if (locale === 'en') {
    return {
      subject: `Invitation: follow-up day of ${input.projectTitle}`,
      text: [
        `Dear ${input.name},`,
        '',
        `About a year after the activity we look back together: what did you learn, what do you do differently, what did you share? You are invited to the follow-up day of ${input.projectTitle}.`,
        '',
        `When: ${when} (Amsterdam time)`,
        `Where: ${input.place}`,
        ...(input.agenda ? ['', 'Programme:', indent(input.agenda)] : []),
        ...(input.questionnaireLink
          ? ['', 'Please fill in the questionnaire one year later before or on the day; it takes about ten minutes:', input.questionnaireLink]
          : []),
        '',
        'The attached file puts the day in your calendar.',
        '',
        'Impact Monitor',
      ].join('\n'),
    };
  }
  return {
    subject: `Uitnodiging: terugkomdag van ${input.projectTitle}`,
    text: [
      `Beste ${input.name},`,
      '',
      `Ongeveer een jaar na de activiteit kijken we samen terug: wat heeft u geleerd, wat doet u anders, wat heeft u gedeeld? U bent van harte uitgenodigd voor de terugkomdag van ${input.projectTitle}.`,
      '',
      `Wanneer: ${when} (Nederlandse tijd)`,
      `Waar: ${input.place}`,
      ...(input.agenda ? ['', 'Programma:', indent(input.agenda)] : []),
      ...(input.questionnaireLink
        ? ['', 'Wilt u vóór of op de dag de vragenlijst een jaar later invullen? Het duurt ongeveer tien minuten:', input.questionnaireLink]
        : []),
      '',
      'Met het bijgevoegde bestand zet u de dag in uw agenda.',
      '',
      'Impact Monitor',
    ].join('\n'),
  };
}

export function followUpDayEventText(locale: Locale, projectTitle: string, agenda: string, questionnaireLink: string | null) {
  const title = locale === 'en' ? `Follow-up day: ${projectTitle}` : `Terugkomdag: ${projectTitle}`;
  const link = questionnaireLink ? `${locale === 'en' ? 'Questionnaire one year later' : 'Vragenlijst een jaar later'}: ${questionnaireLink}` : '';
  return { title, description: [agenda, link].filter(Boolean).join('\n\n') };
}
