// Texts of the questionnaires feature; web/i18n/nl.ts and en.ts mount them under `questionnaires` and `errors`.
const nl = {
  page: {
    participants: 'Deelnemers en vragenlijsten',
    instruments: 'Vragenlijsten',
    outbox: 'Verzonden berichten',
  },
  errors: {
    participant: {
      not_found: 'Deelnemer niet gevonden.',
      email_taken: 'Er is al een deelnemer met dit e-mailadres in dit project.',
      unknown_activity: 'Deze activiteit hoort niet bij dit project.',
    },
    invitation: { not_found: 'Uitnodiging niet gevonden.', closed: 'Deze vragenlijst is al ingevuld of geannuleerd.' },
    import: {
      unreadable: 'Het bestand kan niet worden gelezen; gebruik CSV (UTF-8) of XLSX.',
      empty: 'Het bestand bevat geen rijen.',
      column_missing: 'Kies de kolom voor dit veld.',
    },
    survey: {
      not_found: 'Deze link is niet geldig. Controleer of u de hele link uit de e-mail heeft gebruikt.',
      expired: 'Deze link is verlopen. Vraag uw coördinator om een nieuwe.',
      cancelled: 'Deze vragenlijst is niet meer nodig.',
      already_submitted: 'U heeft deze vragenlijst al ingeleverd. Dank u wel!',
      unknown_item: 'Deze vraag hoort niet bij deze vragenlijst.',
    },
    instrument: { duplicate_key: 'Elke vraag heeft een eigen sleutel nodig.' },
  },
};

export type QuestionnaireMessages = typeof nl;

const en: QuestionnaireMessages = {
  page: {
    participants: 'Participants and questionnaires',
    instruments: 'Questionnaires',
    outbox: 'Sent messages',
  },
  errors: {
    participant: {
      not_found: 'Participant not found.',
      email_taken: 'A participant with this e-mail address exists in this project.',
      unknown_activity: 'This activity is not part of this project.',
    },
    invitation: { not_found: 'Invitation not found.', closed: 'This questionnaire has been completed or cancelled.' },
    import: {
      unreadable: 'The file cannot be read; use CSV (UTF-8) or XLSX.',
      empty: 'The file contains no rows.',
      column_missing: 'Choose the column for this field.',
    },
    survey: {
      not_found: 'This link is not valid. Check that you used the whole link from the e-mail.',
      expired: 'This link has expired. Ask your coordinator for a new one.',
      cancelled: 'This questionnaire is no longer needed.',
      already_submitted: 'You have already submitted this questionnaire. Thank you!',
      unknown_item: 'This item is not part of this questionnaire.',
    },
    instrument: { duplicate_key: 'Every item needs its own key.' },
  },
};

export const questionnaireMessages = { nl, en };
