import type { Locale } from './reference.js';

// The error texts of the accounts feature, by the i18n key the API sends as a problem's `code` or
// a field error's `message`. The server's problem details and the web's messages read them here.

export const accountErrorMessages: Record<string, Record<Locale, string>> = {
  'validation.password_short': { nl: 'Kies een wachtwoord van minstens 12 tekens.', en: 'Choose a password of at least 12 characters.' },
  'validation.token': {
    nl: 'Deze link is niet compleet. Gebruik de hele link uit de e-mail.',
    en: 'This link is incomplete. Use the whole link from the e-mail.',
  },
  'validation.nothing_to_change': { nl: 'Kies wat u wilt wijzigen.', en: 'Choose what to change.' },

  'account.link_invalid': {
    nl: 'Deze link is niet (meer) geldig. Controleer of u de hele link uit de e-mail heeft gebruikt.',
    en: 'This link is not valid (any more). Check that you used the whole link from the e-mail.',
  },
  'account.link_used': { nl: 'Deze link is al gebruikt. Een link werkt maar één keer.', en: 'This link has been used already. A link works only once.' },
  'account.link_expired': { nl: 'Deze link is verlopen.', en: 'This link has expired.' },
  'account.wrong_password': { nl: 'Dit is niet uw huidige wachtwoord.', en: 'This is not your current password.' },
  'account.same_password': { nl: 'Kies een ander wachtwoord dan uw huidige.', en: 'Choose a password other than your current one.' },

  'user.not_found': { nl: 'Account niet gevonden.', en: 'Account not found.' },
  'user.email_taken': { nl: 'Er bestaat al een account met dit e-mailadres.', en: 'An account with this e-mail address exists already.' },
  'user.organisation_required': { nl: 'Kies de organisatie van de coördinator.', en: "Choose the coordinator's organisation." },
  'user.agency_without_organisation': {
    nl: 'Medewerkers van het Nationaal Agentschap horen niet bij een organisatie.',
    en: 'Staff of the National Agency do not belong to an organisation.',
  },
  'user.organisation_with_role': {
    nl: 'Een organisatie kiest u samen met de rol coördinator.',
    en: 'An organisation is chosen together with the coordinator role.',
  },
  'user.role_not_allowed': {
    nl: 'U kunt alleen coördinatoren van uw eigen organisatie uitnodigen.',
    en: 'You can only invite coordinators of your own organisation.',
  },
  'user.self': {
    nl: 'U kunt uw eigen rol niet wijzigen en uzelf niet deactiveren; vraag dat een collega-beheerder.',
    en: 'You cannot change your own role or deactivate yourself; ask another administrator.',
  },
  'user.not_invited': {
    nl: 'Dit account is al in gebruik; er is geen uitnodiging om opnieuw te sturen.',
    en: 'This account is in use already; there is no invitation to send again.',
  },
  'session.not_found': { nl: 'Deze sessie bestaat niet (meer).', en: 'This session does not exist (any more).' },

  'password.too_weak': { nl: 'Dit wachtwoord is te makkelijk te raden.', en: 'This password is too easy to guess.' },
  'password.warning.straight_row': {
    nl: 'Toetsen die op het toetsenbord naast elkaar liggen, zijn snel geraden.',
    en: 'Keys that sit next to each other on the keyboard are quickly guessed.',
  },
  'password.warning.key_pattern': { nl: 'Korte toetsenbordpatronen zijn snel geraden.', en: 'Short keyboard patterns are quickly guessed.' },
  'password.warning.simple_repeat': { nl: 'Herhaalde tekens zoals "aaa" zijn snel geraden.', en: 'Repeated characters such as "aaa" are quickly guessed.' },
  'password.warning.extended_repeat': {
    nl: 'Herhaalde reeksen zoals "abcabc" zijn snel geraden.',
    en: 'Repeated runs such as "abcabc" are quickly guessed.',
  },
  'password.warning.sequences': { nl: 'Reeksen zoals "abc" of "123" zijn snel geraden.', en: 'Runs such as "abc" or "123" are quickly guessed.' },
  'password.warning.recent_years': { nl: 'Recente jaartallen zijn snel geraden.', en: 'Recent years are quickly guessed.' },
  'password.warning.dates': { nl: 'Datums zijn snel geraden.', en: 'Dates are quickly guessed.' },
  'password.warning.top_ten': { nl: 'Dit is een van de meest gebruikte wachtwoorden.', en: 'This is one of the most used passwords.' },
  'password.warning.top_hundred': { nl: 'Dit wachtwoord wordt heel vaak gebruikt.', en: 'This password is used very often.' },
  'password.warning.common': { nl: 'Dit wachtwoord wordt vaak gebruikt.', en: 'This password is used often.' },
  'password.warning.similar_to_common': { nl: 'Dit lijkt op een veelgebruikt wachtwoord.', en: 'This looks like a commonly used password.' },
  'password.warning.word_by_itself': { nl: 'Eén woord op zichzelf is snel geraden.', en: 'A single word on its own is quickly guessed.' },
  'password.warning.names_by_themselves': { nl: 'Namen op zichzelf zijn snel geraden.', en: 'Names on their own are quickly guessed.' },
  'password.warning.common_names': { nl: 'Veelvoorkomende namen zijn snel geraden.', en: 'Common names are quickly guessed.' },
  'password.warning.user_inputs': {
    nl: 'Het wachtwoord bevat uw naam, e-mailadres of organisatie.',
    en: 'The password contains your name, e-mail address or organisation.',
  },
  'password.warning.pwned': { nl: 'Dit wachtwoord is uitgelekt bij een datalek.', en: 'This password has leaked in a data breach.' },
  'password.suggestion.l33t': {
    nl: 'Voorspelbare vervangingen, zoals @ voor a, helpen weinig.',
    en: 'Predictable substitutions, such as @ for a, help little.',
  },
  'password.suggestion.reverse_words': { nl: 'Een woord achterstevoren helpt weinig.', en: 'A word spelled backwards helps little.' },
  'password.suggestion.all_uppercase': { nl: 'Alleen hoofdletters helpen weinig.', en: 'Capitals only help little.' },
  'password.suggestion.capitalization': { nl: 'Alleen een hoofdletter aan het begin helpt weinig.', en: 'A capital at the start only helps little.' },
  'password.suggestion.dates': { nl: 'Laat datums en jaartallen die bij u horen weg.', en: 'Leave out dates and years that belong to you.' },
  'password.suggestion.recent_years': { nl: 'Laat recente jaartallen weg.', en: 'Leave out recent years.' },
  'password.suggestion.associated_years': { nl: 'Laat jaartallen die bij u horen weg.', en: 'Leave out years that belong to you.' },
  'password.suggestion.sequences': { nl: 'Laat voorspelbare reeksen weg.', en: 'Leave out predictable runs.' },
  'password.suggestion.repeated': { nl: 'Laat herhaalde woorden en tekens weg.', en: 'Leave out repeated words and characters.' },
  'password.suggestion.longer_keyboard_pattern': {
    nl: 'Gebruik langere toetsenbordpatronen die vaker van richting veranderen.',
    en: 'Use longer keyboard patterns that change direction more often.',
  },
  'password.suggestion.another_word': {
    nl: 'Voeg een paar woorden toe die niet bij elkaar horen.',
    en: 'Add a few words that do not belong together.',
  },
  'password.suggestion.use_words': {
    nl: 'Gebruik een paar losse woorden, geen bekende zin.',
    en: 'Use a few separate words, not a well-known phrase.',
  },
  'password.suggestion.no_need': {
    nl: 'Leestekens, cijfers en hoofdletters zijn niet nodig voor een sterk wachtwoord.',
    en: 'Symbols, digits and capitals are not needed for a strong password.',
  },
  'password.suggestion.pwned': {
    nl: 'Gebruikt u dit wachtwoord ergens anders? Verander het daar ook.',
    en: 'If you use this password elsewhere, change it there too.',
  },
};

/** The same messages as a nested object for one language, as i18next reads them (`errors.password.warning.dates`). */
export function nestedAccountMessages(locale: Locale): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, texts] of Object.entries(accountErrorMessages)) {
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = texts[locale];
  }
  return out;
}
