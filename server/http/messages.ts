import type { Locale } from '../../shared/reference.js';

// Server-side texts of errors in nl and en; the `code` of a problem is the key, so the web can
// show its own translation too.
const MESSAGES: Record<string, { nl: string; en: string }> = {
  invalid_input: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  unauthenticated: { nl: 'U bent niet ingelogd of uw sessie is verlopen.', en: 'You are not signed in or your session has expired.' },
  invalid_credentials: { nl: 'E-mailadres of wachtwoord is onjuist.', en: 'E-mail address or password is incorrect.' },
  forbidden: { nl: 'U heeft geen toegang tot deze handeling.', en: 'You are not allowed to do this.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  route_not_found: { nl: 'Deze pagina of API-route bestaat niet.', en: 'This page or API route does not exist.' },
  conflict: { nl: 'Dit botst met bestaande gegevens.', en: 'This conflicts with existing data.' },
  too_many_requests: { nl: 'Te veel pogingen; probeer het over een minuut opnieuw.', en: 'Too many attempts; try again in a minute.' },
  payload_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  internal: { nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', en: 'Something went wrong on our side. Please try again later.' },
  malformed_request: { nl: 'Het verzoek kon niet worden gelezen.', en: 'The request could not be read.' },
  unsupported_media_type: { nl: 'Stuur de gegevens als JSON.', en: 'Send the data as JSON.' },
  empty_body: { nl: 'Het verzoek bevat geen gegevens.', en: 'The request contains no data.' },
  'project.not_found': { nl: 'Project niet gevonden.', en: 'Project not found.' },
  'organisation.not_found': { nl: 'Organisatie niet gevonden.', en: 'Organisation not found.' },
  'project.code_taken': { nl: 'Er bestaat al een project met deze projectcode.', en: 'A project with this project code already exists.' },
  'project.archived': { nl: 'Dit project is gearchiveerd en kan niet worden gewijzigd.', en: 'This project is archived and cannot be changed.' },
  'organisation.archived': { nl: 'Deze organisatie is gearchiveerd.', en: 'This organisation is archived.' },
  'organisation.required': { nl: 'Kies de organisatie die het project coördineert.', en: 'Choose the organisation that coordinates the project.' },
  'organisation.has_active_projects': { nl: 'Archiveer eerst de lopende projecten van deze organisatie.', en: 'Archive the running projects of this organisation first.' },
  'impact.element_not_found': { nl: 'Dit element bestaat niet (meer) in het impactmodel.', en: 'This element does not exist (any more) in the impact model.' },
  'impact.link_not_found': { nl: 'Deze verbinding bestaat niet (meer).', en: 'This link does not exist (any more).' },
  'impact.indicator_not_found': { nl: 'Deze indicator bestaat niet (meer).', en: 'This indicator does not exist (any more).' },
  'impact.link_unknown_element': { nl: 'hoort niet bij het impactmodel van dit project', en: "is not part of this project's impact model" },
  'impact.link_same_element': { nl: 'een element kan niet naar zichzelf leiden', en: 'an element cannot lead to itself' },
  'impact.link_same_layer': { nl: 'een verbinding gaat naar de volgende kolom, niet binnen dezelfde kolom', en: 'a link goes to the next column, not within the same column' },
  'impact.link_backwards': { nl: 'een verbinding wijst vooruit (activiteit → output → outcome → impact), niet terug', en: 'a link points forward (activity → output → outcome → impact), not back' },
  'impact.link_skips_layer': { nl: 'een verbinding mag geen kolom overslaan: verbind via de tussenliggende kolom', en: 'a link may not skip a column: link through the column in between' },
  'impact.link_exists': { nl: 'Deze verbinding bestaat al.', en: 'This link exists already.' },
  'impact.indicator_outcome_only': { nl: 'Alleen een outcome krijgt indicatoren.', en: 'Only an outcome has indicators.' },
  'impact.order_mismatch': { nl: 'noem precies alle elementen van deze kolom', en: 'name exactly all elements of this column' },
  'impact.model_not_empty': { nl: 'Een sjabloon kan alleen in een leeg impactmodel worden gezet.', en: 'A template can only fill an empty impact model.' },
  'validation.scale': { nl: 'moet tussen 1 en 5 liggen', en: 'must be between 1 and 5' },
  'source.not_found': { nl: 'Bron niet gevonden.', en: 'Source not found.' },
  'segment.not_found': { nl: 'Dit gecodeerde fragment bestaat niet (meer).', en: 'This coded segment does not exist (any more).' },
  'coding.not_found': { nl: 'Deze codering bestaat niet (meer).', en: 'This coding does not exist (any more).' },
  'interviewee.not_found': { nl: 'Deze geïnterviewde bestaat niet (meer).', en: 'This interviewee does not exist (any more).' },
  'source.empty_file': { nl: 'Het bestand bevat geen tekst.', en: 'The file contains no text.' },
  'source.unreadable_docx': { nl: 'Dit .docx-bestand kan niet worden gelezen.', en: 'This .docx file cannot be read.' },
  'source.not_utf8': { nl: 'Sla het tekstbestand op als UTF-8 en probeer het opnieuw.', en: 'Save the text file as UTF-8 and try again.' },
  'source.too_long': { nl: 'De tekst is te lang voor één bron; splits het bestand.', en: 'The text is too long for one source; split the file.' },
  'source.unknown_interviewee': { nl: 'hoort niet bij de geïnterviewden van dit project', en: "is not one of this project's interviewees" },
  'coding.unknown_code': { nl: 'is geen code die in dit project gebruikt kan worden', en: 'is not a code that can be used in this project' },
  'coding.archived_code': { nl: 'deze code is gearchiveerd', en: 'this code is archived' },
  'coding.polarity_required': { nl: 'kies bevorderend of belemmerend voor een factor', en: 'choose promoting or hindering for a factor' },
  'coding.polarity_factor_only': { nl: 'alleen factoren hebben een richting', en: 'only factors have a polarity' },
  'coding.span_outside': { nl: 'valt buiten de tekst van de bron', en: 'lies outside the text of the source' },
  'coding.span_blank': { nl: 'de geselecteerde tekst is leeg', en: 'the selected text is empty' },
  'coding.exists': { nl: 'U heeft deze code al aan dit fragment gegeven.', en: 'You have already given this code to this segment.' },
  'coding.not_yours': { nl: 'U kunt alleen uw eigen coderingen verwijderen.', en: 'You can only remove your own codings.' },
  'validation.span': { nl: 'het einde ligt niet na het begin', en: 'the end is not after the start' },
  'validation.file_type': { nl: 'alleen .txt, .md of .docx', en: 'only .txt, .md or .docx' },
  'validation.code_key': { nl: 'alleen letters, cijfers, punt, streepje en liggend streepje', en: 'only letters, digits, dot, dash and underscore' },
  'validation.color': { nl: 'is geen kleur zoals #1864ab', en: 'is not a colour such as #1864ab' },
  'validation.required': { nl: 'is verplicht', en: 'is required' },
  'validation.too_long': { nl: 'is te lang', en: 'is too long' },
  'validation.too_large': { nl: 'is te groot', en: 'is too large' },
  'validation.email': { nl: 'is geen geldig e-mailadres', en: 'is not a valid e-mail address' },
  'validation.url': { nl: 'is geen geldige webadres (https://...)', en: 'is not a valid web address (https://...)' },
  'validation.date': { nl: 'is geen geldige datum (JJJJ-MM-DD)', en: 'is not a valid date (YYYY-MM-DD)' },
  'validation.date_order': { nl: 'de einddatum ligt voor de begindatum', en: 'the end date is before the start date' },
  'validation.number': { nl: 'is geen geldig getal', en: 'is not a valid number' },
  'validation.boolean': { nl: 'moet true of false zijn', en: 'must be true or false' },
  'validation.choice': { nl: 'is geen van de toegestane waarden', en: 'is not one of the allowed values' },
  'validation.country': { nl: 'is geen landcode van twee letters (zoals NL)', en: 'is not a two-letter country code (such as NL)' },
  'validation.id': { nl: 'is geen geldige id', en: 'is not a valid id' },
  'validation.call_year': { nl: 'is geen geldig oproepjaar (2014 of later)', en: 'is not a valid call year (2014 or later)' },
  'validation.project_code': {
    nl: 'is geen Erasmus+-projectcode zoals 2016-1-NL01-KA101-022880',
    en: 'is not an Erasmus+ project code such as 2016-1-NL01-KA101-022880',
  },
  'validation.project_code_mismatch': {
    nl: 'past niet bij het oproepjaar of de actie van het project',
    en: "does not match the project's call year or key action",
  },
  'validation.invalid': { nl: 'is niet geldig', en: 'is not valid' },
};

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'nl';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}

export function messageFor(key: string, locale: Locale): string {
  return MESSAGES[key]?.[locale] ?? MESSAGES.invalid_input![locale];
}
