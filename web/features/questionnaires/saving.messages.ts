// Texts of the questionnaire's saving and progress; web/i18n/nl.ts and en.ts mount them under `surveySaving`.
const nl = {
  status: {
    waiting: 'Wijziging wordt opgeslagen…',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen',
    offline: 'Offline: bewaard op dit apparaat, wordt verstuurd',
    error: 'Nog niet opgeslagen: {{reason}} Uw antwoorden staan op dit apparaat en worden opnieuw verstuurd.',
  },
  progress: {
    label: 'Voortgang',
    answered: '{{done}} van {{total}} vragen beantwoord',
    requiredOpen_one: 'Nog één verplichte vraag open:',
    requiredOpen_other: 'Nog {{count}} verplichte vragen open:',
    question: 'Vraag {{n}}',
  },
  saveOffline: 'U bent offline. Uw antwoorden zijn bewaard op dit apparaat en worden verstuurd zodra er verbinding is.',
};

const en: typeof nl = {
  status: {
    waiting: 'Saving your change…',
    saving: 'Saving…',
    saved: 'Saved',
    offline: 'Offline: kept on this device, will be sent',
    error: 'Not saved yet: {{reason}} Your answers are kept on this device and will be sent again.',
  },
  progress: {
    label: 'Progress',
    answered: '{{done}} of {{total}} questions answered',
    requiredOpen_one: 'One required question still open:',
    requiredOpen_other: '{{count}} required questions still open:',
    question: 'Question {{n}}',
  },
  saveOffline: 'You are offline. Your answers are kept on this device and will be sent once the connection is back.',
};

export const surveySavingMessages = { nl, en };
