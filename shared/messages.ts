import type { Locale } from './reference.js';

// Every problem `code` the server sends and every field-error key in its `errors` (also the keys
// the shared zod schemas use), with the text a user reads, in Dutch and English. The server writes
// the `detail` of a problem from it; the web shows the same text next to the form or on the page.
// Field errors are whole sentences because the web shows them under the field on their own.

export interface MessageTexts {
  nl: string;
  en: string;
}

export const MESSAGES = {
  invalid_input: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  unauthenticated: { nl: 'U bent niet ingelogd of uw sessie is verlopen.', en: 'You are not signed in or your session has expired.' },
  invalid_credentials: { nl: 'E-mailadres of wachtwoord is onjuist.', en: 'E-mail address or password is incorrect.' },
  forbidden: { nl: 'U heeft geen toegang tot deze handeling.', en: 'You are not allowed to do this.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  route_not_found: { nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' },
  conflict: { nl: 'Dit botst met bestaande gegevens.', en: 'This conflicts with existing data.' },
  gone: { nl: 'Niet meer beschikbaar.', en: 'No longer available.' },
  too_many_requests: { nl: 'Te veel pogingen; probeer het over een minuut opnieuw.', en: 'Too many attempts; try again in a minute.' },
  payload_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  internal: { nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', en: 'Something went wrong on our side. Please try again later.' },
  malformed_request: { nl: 'Het verzoek kon niet worden gelezen.', en: 'The request could not be read.' },
  unsupported_media_type: { nl: 'Het verzoek had een onbekend formaat.', en: 'The request had an unknown format.' },
  empty_body: { nl: 'Het verzoek bevat geen gegevens.', en: 'The request contains no data.' },
  'project.not_found': { nl: 'Project niet gevonden.', en: 'Project not found.' },
  'organisation.not_found': { nl: 'Organisatie niet gevonden.', en: 'Organisation not found.' },
  'project.code_taken': { nl: 'Er bestaat al een project met deze projectcode.', en: 'A project with this project code already exists.' },
  'project.archived': { nl: 'Dit project is gearchiveerd en kan niet worden gewijzigd.', en: 'This project is archived and cannot be changed.' },
  'organisation.archived': { nl: 'Deze organisatie is gearchiveerd.', en: 'This organisation is archived.' },
  'organisation.required': { nl: 'Kies de organisatie die het project coördineert.', en: 'Choose the organisation that coordinates the project.' },
  'organisation.has_active_projects': {
    nl: 'Archiveer eerst de lopende projecten van deze organisatie.',
    en: 'Archive the running projects of this organisation first.',
  },
  'impact.element_not_found': { nl: 'Dit element bestaat niet (meer) in het impactmodel.', en: 'This element does not exist (any more) in the impact model.' },
  'impact.link_not_found': { nl: 'Deze verbinding bestaat niet (meer).', en: 'This link does not exist (any more).' },
  'impact.indicator_not_found': { nl: 'Deze indicator bestaat niet (meer).', en: 'This indicator does not exist (any more).' },
  'impact.link_unknown_element': {
    nl: 'Dit element hoort niet bij het impactmodel van dit project.',
    en: "This element is not part of this project's impact model.",
  },
  'impact.link_same_element': { nl: 'Een element kan niet naar zichzelf leiden.', en: 'An element cannot lead to itself.' },
  'impact.link_same_layer': {
    nl: 'Een verbinding gaat naar de volgende kolom, niet binnen dezelfde kolom.',
    en: 'A link goes to the next column, not within the same column.',
  },
  'impact.link_backwards': {
    nl: 'Een verbinding wijst vooruit (activiteit → output → outcome → impact), niet terug.',
    en: 'A link points forward (activity → output → outcome → impact), not back.',
  },
  'impact.link_skips_layer': {
    nl: 'Een verbinding mag geen kolom overslaan: verbind via de tussenliggende kolom.',
    en: 'A link may not skip a column: link through the column in between.',
  },
  'impact.link_exists': { nl: 'Deze verbinding bestaat al.', en: 'This link exists already.' },
  'impact.indicator_outcome_only': { nl: 'Alleen een outcome krijgt indicatoren.', en: 'Only an outcome has indicators.' },
  'impact.order_mismatch': { nl: 'De volgorde klopt niet meer; laad de pagina opnieuw.', en: 'The order is out of date; reload the page.' },
  'impact.model_not_empty': { nl: 'Een sjabloon kan alleen in een leeg impactmodel worden gezet.', en: 'A template can only fill an empty impact model.' },
  'validation.scale': { nl: 'Kies een waarde van 1 tot en met 5.', en: 'Choose a value from 1 to 5.' },
  'source.not_found': { nl: 'Bron niet gevonden.', en: 'Source not found.' },
  'segment.not_found': { nl: 'Dit gecodeerde fragment bestaat niet (meer).', en: 'This coded segment does not exist (any more).' },
  'source.share_not_allowed': {
    nl: 'Alleen de NA-beheerder kan een bron van het Agentschap zelf delen met de suggesties van alle organisaties.',
    en: "Only the NA admin can share one of the Agency's own sources with every organisation's suggestions.",
  },
  'codebook.no_suggestions': { nl: 'Voor dit codeboek zijn er geen suggesties.', en: 'There are no suggestions for this codebook.' },
  'coding.unknown_matrix_code': { nl: 'Deze code hoort niet bij dit codeboek.', en: 'This code is not part of this codebook.' },
  'coding.not_found': { nl: 'Deze codering bestaat niet (meer).', en: 'This coding does not exist (any more).' },
  'interviewee.not_found': { nl: 'Deze geïnterviewde bestaat niet (meer).', en: 'This interviewee does not exist (any more).' },
  'source.empty_file': { nl: 'Het bestand bevat geen tekst.', en: 'The file contains no text.' },
  'source.unreadable_docx': { nl: 'Dit .docx-bestand kan niet worden gelezen.', en: 'This .docx file cannot be read.' },
  'source.not_utf8': { nl: 'Sla het tekstbestand op als UTF-8 en probeer het opnieuw.', en: 'Save the text file as UTF-8 and try again.' },
  'source.too_long': { nl: 'De tekst is te lang voor één bron; splits het bestand.', en: 'The text is too long for one source; split the file.' },
  'source.unknown_interviewee': {
    nl: 'Deze persoon hoort niet bij de geïnterviewden van dit project.',
    en: "This person is not one of this project's interviewees.",
  },
  'coding.unknown_code': { nl: 'Deze code kan in dit project niet worden gebruikt.', en: 'This code cannot be used in this project.' },
  'coding.archived_code': { nl: 'Deze code is gearchiveerd.', en: 'This code is archived.' },
  'coding.polarity_required': { nl: 'Kies bevorderend of belemmerend voor een factor.', en: 'Choose promoting or hindering for a factor.' },
  'coding.polarity_factor_only': { nl: 'Alleen factoren hebben een richting.', en: 'Only factors have a polarity.' },
  'coding.span_outside': { nl: 'De selectie valt buiten de tekst van de bron.', en: 'The selection lies outside the text of the source.' },
  'coding.span_blank': { nl: 'De geselecteerde tekst is leeg.', en: 'The selected text is empty.' },
  'coding.exists': { nl: 'U heeft deze code al aan dit fragment gegeven.', en: 'You have already given this code to this segment.' },
  'coding.not_yours': { nl: 'U kunt alleen uw eigen coderingen verwijderen.', en: 'You can only remove your own codings.' },
  'segment.not_yours': {
    nl: 'U kunt alleen fragmenten wijzigen of verwijderen die u zelf heeft gecodeerd.',
    en: 'You can only change or remove segments you coded yourself.',
  },
  'validation.span': { nl: 'Het einde van de selectie ligt niet na het begin.', en: 'The end of the selection is not after its start.' },
  'validation.file_type': { nl: 'Kies een bestand van het type .txt, .md of .docx.', en: 'Choose a .txt, .md or .docx file.' },
  'validation.code_key': {
    nl: 'Gebruik alleen letters, cijfers, punt, streepje en liggend streepje.',
    en: 'Use only letters, digits, dot, dash and underscore.',
  },
  'validation.color': { nl: 'Kies een kleur zoals #1864ab.', en: 'Choose a colour such as #1864ab.' },
  'codebook.not_found': { nl: 'Codeboek niet gevonden.', en: 'Codebook not found.' },
  'code.not_found': { nl: 'Code niet gevonden.', en: 'Code not found.' },
  'codebook.key_taken': { nl: 'Deze sleutel is al in gebruik.', en: 'This key is already in use.' },
  'code.key_taken': { nl: 'Deze code bestaat al in het codeboek.', en: 'This code exists already in the codebook.' },
  'code.parent_elsewhere': { nl: 'De bovenliggende code hoort bij een ander codeboek.', en: 'The parent code belongs to another codebook.' },
  'code.parent_cycle': { nl: 'Een code kan niet onder zichzelf hangen.', en: 'A code cannot be placed under itself.' },
  'code.system_key': {
    nl: 'De sleutels en indeling van de typologie, niveaus en factoren liggen vast.',
    en: 'The keys and structure of the typology, levels and factors are fixed.',
  },
  'code.system_delete': {
    nl: 'Codes van de typologie, niveaus en factoren kunnen niet worden verwijderd of samengevoegd.',
    en: 'Codes of the typology, levels and factors cannot be deleted or merged.',
  },
  'code.in_use': {
    nl: 'Deze code is in gebruik. Voeg hem samen met een andere code of archiveer hem.',
    en: 'This code is in use. Merge it into another code or archive it.',
  },
  'code.has_children': {
    nl: 'Deze code heeft onderliggende codes; verplaats of verwijder die eerst.',
    en: 'This code has child codes; move or delete them first.',
  },
  'code.merge_self': { nl: 'Kies een andere code.', en: 'Choose another code.' },
  'code.merge_elsewhere': { nl: 'De doelcode hoort bij een ander codeboek.', en: 'The target code belongs to another codebook.' },
  'refi.invalid_zip': {
    nl: 'Het bestand is geen geldig REFI-QDA-projectbestand (.qdpx is een zip-archief).',
    en: 'The file is not a valid REFI-QDA project file (a .qdpx is a zip archive).',
  },
  'refi.archive_too_large': { nl: 'Het archief is te groot om te importeren.', en: 'The archive is too large to import.' },
  'refi.missing_project': { nl: 'In het archief ontbreekt project.qde.', en: 'The archive contains no project.qde.' },
  'refi.invalid_encoding': { nl: 'Het bestand is niet in UTF-8 opgeslagen.', en: 'The file is not saved as UTF-8.' },
  'refi.invalid_xml': { nl: 'Het bestand bevat geen geldige XML.', en: 'The file does not contain valid XML.' },
  'refi.not_a_codebook': { nl: 'Dit is geen REFI-QDA-codeboek (.qdc).', en: 'This is not a REFI-QDA codebook (.qdc).' },
  'refi.not_a_project': { nl: 'Dit is geen REFI-QDA-project (.qdpx).', en: 'This is not a REFI-QDA project (.qdpx).' },
  'refi.empty_codebook': { nl: 'Het codeboek bevat geen codes.', en: 'The codebook contains no codes.' },
  'refi.missing_attribute': { nl: 'Een verplicht gegeven ontbreekt in het bestand.', en: 'A required attribute is missing in the file.' },
  'refi.invalid_guid': { nl: 'Het bestand bevat een ongeldige GUID.', en: 'The file contains an invalid GUID.' },
  'refi.duplicate_guid': { nl: 'Het bestand gebruikt dezelfde GUID twee keer.', en: 'The file uses the same GUID twice.' },
  'refi.unknown_reference': {
    nl: 'Het bestand verwijst naar een code, bron of variabele die er niet in staat.',
    en: 'The file refers to a code, source or variable it does not contain.',
  },
  'refi.selection_out_of_range': { nl: 'Een selectie valt buiten de tekst van haar bron.', en: 'A selection lies outside the text of its source.' },
  'refi.missing_source_text': { nl: 'De tekst van een bron ontbreekt in het archief.', en: 'The text of a source is missing from the archive.' },
  'refi.invalid_value': { nl: 'Het bestand bevat een ongeldige waarde.', en: 'The file contains an invalid value.' },
  'participant.not_found': { nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' },
  'participant.email_taken': {
    nl: 'Er is al een deelnemer met dit e-mailadres in dit project.',
    en: 'A participant with this e-mail address exists in this project.',
  },
  'participant.unknown_activity': { nl: 'Deze activiteit hoort niet bij dit project.', en: 'This activity is not part of this project.' },
  'invitation.not_found': { nl: 'Uitnodiging niet gevonden.', en: 'Invitation not found.' },
  'invitation.closed': { nl: 'Deze vragenlijst is al ingevuld of geannuleerd.', en: 'This questionnaire has been completed or cancelled.' },
  'invitation.not_selected': {
    nl: 'Deze persoon is niet geselecteerd; selecteer hem of haar eerst.',
    en: 'This person is not selected; select them first.',
  },
  'invitation.moment_not_asked': {
    nl: 'Op dit moment krijgt deze persoon geen vragenlijst.',
    en: 'This person gets no questionnaire at this moment.',
  },
  'participant.is_comparison': {
    nl: 'Dit e-mailadres hoort bij een collega in de vergelijkingsgroep; wie deelneemt, vergelijkt niet.',
    en: 'This e-mail address belongs to a colleague in the comparison group; someone who takes part cannot be a comparison.',
  },
  'respondent.not_found': {
    nl: 'Deze collega of organisatievertegenwoordiger is niet gevonden.',
    en: 'This colleague or organisation respondent was not found.',
  },
  'respondent.email_taken': {
    nl: 'Er is al iemand met dit e-mailadres uitgenodigd voor deze vragenlijst.',
    en: 'Someone with this e-mail address has already been invited to this questionnaire.',
  },
  'respondent.is_participant': {
    nl: 'Dit e-mailadres hoort bij een deelnemer; een vergelijkingscollega heeft niet deelgenomen.',
    en: 'This e-mail address belongs to a participant; a comparison colleague did not take part.',
  },
  'respondent.kind_fixed': {
    nl: 'Een vergelijkingscollega blijft vergelijkingscollega; nodig iemand opnieuw uit voor de andere vragenlijst.',
    en: 'A comparison colleague stays one; invite the person again for the other questionnaire.',
  },
  'import.unreadable': { nl: 'Het bestand kan niet worden gelezen; gebruik CSV (UTF-8) of XLSX.', en: 'The file cannot be read; use CSV (UTF-8) or XLSX.' },
  'import.empty': { nl: 'Het bestand bevat geen rijen.', en: 'The file contains no rows.' },
  'import.column_missing': { nl: 'Kies de kolom voor dit veld.', en: 'Choose the column for this field.' },
  'survey.not_found': {
    nl: 'Deze link is niet geldig. Controleer of u de hele link uit de e-mail heeft gebruikt.',
    en: 'This link is not valid. Check that you used the whole link from the e-mail.',
  },
  'survey.expired': { nl: 'Deze link is verlopen. Vraag uw coördinator om een nieuwe.', en: 'This link has expired. Ask your coordinator for a new one.' },
  'survey.cancelled': { nl: 'Deze vragenlijst is niet meer nodig.', en: 'This questionnaire is no longer needed.' },
  'survey.already_submitted': { nl: 'U heeft deze vragenlijst al ingeleverd. Dank u wel!', en: 'You have already submitted this questionnaire. Thank you!' },
  'survey.offline_submit': {
    nl: 'U bent offline. Inleveren kan weer zodra er verbinding is; uw antwoorden blijven bewaard op dit apparaat.',
    en: 'You are offline. You can submit once the connection is back; your answers stay on this device.',
  },
  'survey.unknown_item': { nl: 'Deze vraag hoort niet bij deze vragenlijst.', en: 'This item is not part of this questionnaire.' },
  'instrument.duplicate_key': { nl: 'Elke vraag heeft een eigen sleutel nodig.', en: 'Every item needs its own key.' },
  'instrument.key_reused': {
    nl: 'Deze sleutel hoort al bij een vraag met een andere formulering, soort of code. Geef een gewijzigde vraag een nieuwe sleutel.',
    en: 'This key already belongs to an item with another wording, kind or code. Give a changed item a new key.',
  },
  'instrument.state_item_time': {
    nl: 'Een toestandsvraag beschrijft hoe het nu is, zonder tijd of de activiteit te noemen (zoals ‘sinds’, ‘geleden’, ‘nieuw voor mij’).',
    en: 'A state item describes how things are now, without naming time or the activity (such as ‘since’, ‘ago’, ‘new to me’).',
  },
  'instrument.goal_participants_only': { nl: 'Alleen deelnemers hebben leerdoelen.', en: 'Only participants have learning goals.' },
  'instrument.goal_not_at_t0': { nl: 'Leerdoelen worden vooraf gesteld en pas daarna gevolgd.', en: 'Learning goals are set before and followed up later.' },
  'instrument.organisation_moments': {
    nl: 'De organisatievragenlijst hoort bij T0, T2 en T3.',
    en: 'The organisation questionnaire belongs to T0, T2 and T3.',
  },
  'survey.unknown_goal': { nl: 'Dit leerdoel hoort niet bij deze vragenlijst.', en: 'This learning goal is not part of this questionnaire.' },
  'survey.goal_note_only': {
    nl: 'Bij een dagelijkse reflectie schrijft u alleen een notitie bij uw leerdoel.',
    en: 'A daily reflection only takes a note on your learning goal.',
  },
  'survey.goal_no_note': { nl: 'Hier geeft u aan hoe ver u bent, zonder notitie.', en: 'Here you say how far you are, without a note.' },
  'survey.goal_not_language': { nl: 'Een taalniveau hoort alleen bij een taaldoel.', en: 'A language level only belongs to a language goal.' },
  'validation.file_type_list': { nl: 'Kies een .csv- of .xlsx-bestand.', en: 'Choose a .csv or .xlsx file.' },
  'validation.reminder_order': { nl: 'De tweede herinnering komt na de eerste.', en: 'The second reminder comes after the first.' },
  'validation.required': { nl: 'Vul dit veld in.', en: 'Please fill in this field.' },
  'validation.too_long': { nl: 'Deze tekst is te lang.', en: 'This text is too long.' },
  'validation.too_short': { nl: 'Vul minstens twee tekens in.', en: 'Please enter two characters at least.' },
  'validation.too_large': { nl: 'Dit getal is te groot.', en: 'This number is too large.' },
  'validation.email': { nl: 'Vul een geldig e-mailadres in.', en: 'Please enter a valid e-mail address.' },
  'validation.url': { nl: 'Vul een volledig webadres in, beginnend met https://.', en: 'Please enter a full web address, starting with https://.' },
  'validation.date': { nl: 'Vul een geldige datum in.', en: 'Please enter a valid date.' },
  'validation.date_order': { nl: 'De einddatum ligt vóór de startdatum.', en: 'The end date is before the start date.' },
  'validation.number': { nl: 'Vul een geldig getal in.', en: 'Please enter a valid number.' },
  'validation.boolean': { nl: 'Kies ja of nee.', en: 'Choose yes or no.' },
  'validation.choice': { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' },
  'validation.country': { nl: 'Vul een landcode van twee letters in, zoals NL.', en: 'Please enter a two-letter country code, such as NL.' },
  'validation.id': { nl: 'Deze verwijzing is niet geldig.', en: 'This reference is not valid.' },
  'validation.call_year': { nl: 'Vul een geldig oproepjaar in (2014 of later).', en: 'Please enter a valid call year (2014 or later).' },
  'validation.project_code': {
    nl: 'Vul een Erasmus+-projectcode in zoals 2016-1-NL01-KA101-022880.',
    en: 'Please enter an Erasmus+ project code such as 2016-1-NL01-KA101-022880.',
  },
  'validation.project_code_mismatch': {
    nl: 'De projectcode past niet bij het oproepjaar of de kernactie.',
    en: 'The project code does not match the call year or key action.',
  },
  'validation.invalid': { nl: 'Deze waarde is niet geldig.', en: 'This value is not valid.' },
  'validation.moment_order': { nl: 'Kies een later meetmoment dan het eerste.', en: 'Choose a later moment than the first.' },
  'validation.nul': {
    nl: 'Deze tekst bevat een onzichtbaar nulteken (NUL); haal het weg.',
    en: 'This text contains an invisible null character (NUL); remove it.',
  },
  'validation.too_many': { nl: 'Kies minder waarden.', en: 'Choose fewer values.' },
  // importing the official Erasmus+ data (server/modules/imports); the bad-row reasons follow a column name
  'import.not_found': { nl: 'Import niet gevonden.', en: 'Import not found.' },
  'import.unknown_format': {
    nl: 'De kolommen passen niet bij open data, een export uit de Beneficiary Module of een export uit het Project Results Platform.',
    en: 'The columns do not match the open data, a Beneficiary Module export or a Project Results Platform export.',
  },
  'import.column_missing_in_file': { nl: 'Deze kolom ontbreekt in het bestand.', en: 'This column is missing from the file.' },
  'import.format_not_allowed': {
    nl: 'U kunt alleen een export uit de Beneficiary Module van de projecten van uw eigen organisatie importeren.',
    en: "You can only import a Beneficiary Module export of your own organisation's projects.",
  },
  'import.not_ready': { nl: 'Deze import is al gestart of afgerond.', en: 'This import has already been started or has ended.' },
  'import.file_missing': {
    nl: 'Het bestand van deze import is niet meer beschikbaar; upload het opnieuw.',
    en: 'The file of this import is no longer available; upload it again.',
  },
  'import.too_large': { nl: 'Het bestand is te groot om te importeren.', en: 'The file is too large to import.' },
  'import.failed': { nl: 'De import is mislukt door een fout aan onze kant.', en: 'The import failed because of an error on our side.' },
  'import.interrupted': {
    nl: 'De import is onderbroken doordat de server stopte; wat al was ingelezen blijft staan.',
    en: 'The import was interrupted because the server stopped; what was already read stays.',
  },
  'import.file_changed': {
    nl: 'Het bestand veranderde tussen de controle en de import; er is niets geïmporteerd. Importeer het opnieuw.',
    en: 'The file changed between the check and the import; nothing was imported. Import it again.',
  },
  'import.too_many_rows': { nl: 'Het bestand heeft te veel rijen; splits het bestand.', en: 'The file has too many rows; split the file.' },
  'import.required': { nl: 'Is leeg.', en: 'Is empty.' },
  'import.project_code': { nl: 'Is geen Erasmus+-projectcode.', en: 'Is not an Erasmus+ project code.' },
  'import.unknown_action': {
    nl: 'Is een actie die Impact Monitor niet importeert (zoals jeugd of sport).',
    en: 'Is an action Impact Monitor does not import (such as youth or sport).',
  },
  'import.unknown_activity': { nl: 'Is geen bekende activiteit.', en: 'Is not a known activity.' },
  'import.month': { nl: 'Is geen maand (JJJJ-MM).', en: 'Is not a month (YYYY-MM).' },
  'import.date': { nl: 'Is geen datum (JJJJ-MM-DD of DD/MM/JJJJ).', en: 'Is not a date (YYYY-MM-DD or DD/MM/YYYY).' },
  'import.date_order': { nl: 'Het einde ligt voor het begin.', en: 'The end is before the start.' },
  'import.number': { nl: 'Is geen positief geheel getal.', en: 'Is not a positive whole number.' },
  'import.country': { nl: 'Is geen landcode van twee letters.', en: 'Is not a two-letter country code.' },
  'import.too_long': { nl: 'Is te lang.', en: 'Is too long.' },
  'import.invalid_encoding': {
    nl: 'Bevat tekens die geen geldige UTF-8 zijn; sla het bestand op als UTF-8.',
    en: 'Contains characters that are not valid UTF-8; save the file as UTF-8.',
  },
  'import.broken_quoting': { nl: 'De aanhalingstekens op deze regel sluiten niet goed.', en: 'The quotes on this line are not closed properly.' },
  'import.unreadable_line': { nl: 'Deze regel kan niet worden gelezen.', en: 'This line cannot be read.' },
  'import.column_count': { nl: 'Heeft een ander aantal kolommen dan de kopregel.', en: 'Has a different number of columns than the header.' },
  'import.status': { nl: 'Is geen bekende projectstatus.', en: 'Is not a known project status.' },
  'import.not_your_project': { nl: 'Is geen project van uw organisatie.', en: 'Is not a project of your organisation.' },
  'import.project_archived': { nl: 'Dit project is gearchiveerd.', en: 'This project is archived.' },
  'import.organisation_missing': {
    nl: 'Het project is nieuw, maar de zendende organisatie ontbreekt.',
    en: 'The project is new, but the sending organisation is missing.',
  },
  'import.call_year_mismatch': { nl: 'Past niet bij het oproepjaar in de projectcode.', en: "Does not match the project code's call year." },
  'import.grant': { nl: 'Is geen bedrag in euro.', en: 'Is not an amount in euros.' },
  'import.url': { nl: 'Is geen webadres (https://...).', en: 'Is not a web address (https://...).' },
  'validation.file_type_import': { nl: 'Kies een .csv- of .xlsx-bestand.', en: 'Choose a .csv or .xlsx file.' },
  // accounts: links, passwords and their judge's reasons (zxcvbn-ts feedback keys)
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

  // after the project
  'product.not_found': { nl: 'Product niet gevonden.', en: 'Product not found.' },
  'product_page.not_found': {
    nl: 'Deze productpagina bestaat niet (meer). Controleer het adres.',
    en: 'This product page does not exist (any more). Check the address.',
  },
  'product_page.no_file': { nl: 'Bij dit product hoort geen bestand.', en: 'This product has no file.' },
  'dissemination.not_found': { nl: 'Deze verspreidingsactiviteit bestaat niet (meer).', en: 'This dissemination does not exist (any more).' },
  'dissemination.unknown_outcome': { nl: 'Kies een outcome uit het impactmodel van dit project.', en: "Choose an outcome of this project's impact model." },
  'update.no_recipients': {
    nl: 'Er zijn geen (oud-)deelnemers met een e-mailadres om dit bericht aan te sturen.',
    en: 'There are no (former) participants with an e-mail address to send this to.',
  },
  'use.not_found': { nl: 'Deze melding van gebruik bestaat niet (meer).', en: 'This report of use does not exist (any more).' },
  'use.cannot_reply': {
    nl: 'Hierop kan niet (meer) worden gereageerd: er is geen e-mailadres achtergelaten of de ene vervolgvraag is al gesteld.',
    en: 'This can no longer be answered: no e-mail address was left, or the one follow-up question has been asked.',
  },
  'follow_up.not_found': { nl: 'Deze netwerkactiviteit bestaat niet (meer).', en: 'This network follow-up does not exist (any more).' },
  'follow_up.unknown_partner': { nl: 'Kies een partner van dit project.', en: 'Choose a partner of this project.' },
  'follow_up_day.not_found': { nl: 'Deze terugkomdag bestaat niet (meer).', en: 'This follow-up day does not exist (any more).' },
  'follow_up_day.unknown_activity': { nl: 'Kies een activiteit van dit project.', en: 'Choose an activity of this project.' },
  'follow_up_day.date_unknown': {
    nl: 'Kies een datum: de activiteit en het project hebben nog geen einddatum om een jaar bij op te tellen.',
    en: 'Choose a date: the activity and the project have no end date yet to add a year to.',
  },
  'follow_up_day.unknown_participant': { nl: 'Kies alleen deelnemers van dit project.', en: 'Choose participants of this project only.' },
  'follow_up_day.past': {
    nl: 'Deze terugkomdag is al voorbij; er worden geen uitnodigingen meer verstuurd.',
    en: 'This follow-up day is over; no more invitations are sent.',
  },
  'recognition.not_found': { nl: 'Deze erkenning bestaat niet (meer).', en: 'This recognition does not exist (any more).' },
  'recognition.unknown_participant': { nl: 'Kies een deelnemer van dit project.', en: 'Choose a participant of this project.' },
  'validation.time': { nl: 'Vul een tijd in zoals 09:30.', en: 'Enter a time such as 09:30.' },
  'validation.time_order': { nl: 'De eindtijd ligt niet na de begintijd.', en: 'The end time is not after the start time.' },
  'validation.slug': { nl: 'Dit is geen geldig adres van een productpagina.', en: 'This is not a valid product page address.' },
  'validation.product_file_type': {
    nl: 'Kies een PDF-, Word-, PowerPoint-, Excel-, ODT-, EPUB-, ZIP-, tekst- of afbeeldingsbestand.',
    en: 'Choose a PDF, Word, PowerPoint, Excel, ODT, EPUB, ZIP, text or image file.',
  },
  'validation.file_too_large': { nl: 'Het bestand is groter dan 10 MB.', en: 'The file is larger than 10 MB.' },
  // the web's own: a request that never reached the server, and a failure with no code at all
  'report.not_found': { nl: 'Dit rapport bestaat niet (meer).', en: 'This report does not exist (any more).' },
  'report.not_ready': { nl: 'Dit rapport is nog niet klaar.', en: 'This report is not ready yet.' },
  'report.duplicate_project': { nl: 'Kies elk project maar één keer.', en: 'Choose each project only once.' },
  'report.one_project': { nl: 'Een impactrapportage gaat over één project.', en: 'An impact report is about one project.' },
  'report.project_archived': {
    nl: 'Een gearchiveerd project kan niet in een rapport worden opgenomen.',
    en: 'An archived project cannot be included in a report.',
  },
  'report.generation_failed': {
    nl: 'Het rapport kon niet worden gemaakt. Probeer het opnieuw of neem contact op met de beheerder.',
    en: 'The report could not be made. Try again or contact the administrator.',
  },
  'report.requester_gone': {
    nl: 'Het account dat dit rapport vroeg bestaat niet meer.',
    en: 'The account that asked for this report no longer exists.',
  },
  'report.unknown_section': { nl: 'Dit hoofdstuk heeft geen onderdeel met deze naam.', en: 'This chapter has no section of this name.' },
  'report.narrative_subject': {
    nl: 'Kies de organisatie van de casus; de analyse over de casussen heen heeft er geen.',
    en: "Choose the case's organisation; the cross-case analysis has none.",
  },
  'report.narrative_changed': {
    nl: 'Iemand anders sloeg tegelijk een versie op. Laad de tekst opnieuw.',
    en: 'Someone else saved a version at the same time. Load the text again.',
  },
  'certificate.not_yet': {
    nl: 'Het certificaat is er zodra u de vragenlijst bij terugkomst (T1) heeft ingeleverd.',
    en: 'The certificate is available once you have submitted the questionnaire on return (T1).',
  },
  'certificate.code_format': {
    nl: 'Een verificatiecode bestaat uit letters en cijfers, zoals ABCD-EFGH-JKMN.',
    en: 'A verification code consists of letters and digits, such as ABCD-EFGH-JKMN.',
  },
  network_error: {
    nl: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    en: 'The server cannot be reached. Check your connection and try again.',
  },
  unknown: { nl: 'Er ging iets mis. Probeer het opnieuw.', en: 'Something went wrong. Please try again.' },
} satisfies Record<string, MessageTexts>;

export type MessageKey = keyof typeof MESSAGES;

export const isMessageKey = (key: unknown): key is MessageKey => typeof key === 'string' && Object.hasOwn(MESSAGES, key);

/** The text of a known key in a language; an unknown key (from a newer server, say) reads as the generic failure. */
export function messageText(key: string, locale: Locale): string {
  return (isMessageKey(key) ? MESSAGES[key] : MESSAGES.unknown)[locale];
}
