// Texts of the coding feature; web/i18n/nl.ts and en.ts mount them under `coding` and `errors`.
const nl = {
  page: {
    sources: 'Bronnen en codering',
    retrieval: 'Bewijs zoeken',
    codebooks: 'Codeboeken',
  },
  errors: {
    source: {
      not_found: 'Bron niet gevonden.',
      empty_file: 'Het bestand bevat geen tekst.',
      unreadable_docx: 'Dit .docx-bestand kan niet worden gelezen.',
      not_utf8: 'Sla het tekstbestand op als UTF-8 en probeer het opnieuw.',
      too_long: 'De tekst is te lang voor één bron; splits het bestand.',
      unknown_interviewee: 'Deze persoon hoort niet bij de geïnterviewden van dit project.',
    },
    segment: { not_found: 'Dit gecodeerde fragment bestaat niet (meer).' },
    interviewee: { not_found: 'Deze geïnterviewde bestaat niet (meer).' },
    coding: {
      not_found: 'Deze codering bestaat niet (meer).',
      unknown_code: 'Deze code kan in dit project niet worden gebruikt.',
      archived_code: 'Deze code is gearchiveerd.',
      polarity_required: 'Kies bevorderend of belemmerend voor een factor.',
      polarity_factor_only: 'Alleen factoren hebben een richting.',
      span_outside: 'De selectie valt buiten de tekst van de bron.',
      span_blank: 'De geselecteerde tekst is leeg.',
      exists: 'U heeft deze code al aan dit fragment gegeven.',
      not_yours: 'U kunt alleen uw eigen coderingen verwijderen.',
    },
    codebook: { not_found: 'Codeboek niet gevonden.', key_taken: 'Deze sleutel is al in gebruik.' },
    code: {
      not_found: 'Code niet gevonden.',
      key_taken: 'Deze code bestaat al in het codeboek.',
      parent_elsewhere: 'De bovenliggende code hoort bij een ander codeboek.',
      parent_cycle: 'Een code kan niet onder zichzelf hangen.',
      system_key: 'De sleutels en indeling van de typologie, niveaus en factoren liggen vast.',
      system_delete: 'Codes van de typologie, niveaus en factoren kunnen niet worden verwijderd of samengevoegd.',
      in_use: 'Deze code is in gebruik. Voeg hem samen met een andere code of archiveer hem.',
      has_children: 'Deze code heeft onderliggende codes; verplaats of verwijder die eerst.',
      merge_self: 'Kies een andere code.',
      merge_elsewhere: 'De doelcode hoort bij een ander codeboek.',
    },
  },
};

export type CodingMessages = typeof nl;

const en: CodingMessages = {
  page: {
    sources: 'Sources and coding',
    retrieval: 'Find evidence',
    codebooks: 'Codebooks',
  },
  errors: {
    source: {
      not_found: 'Source not found.',
      empty_file: 'The file contains no text.',
      unreadable_docx: 'This .docx file cannot be read.',
      not_utf8: 'Save the text file as UTF-8 and try again.',
      too_long: 'The text is too long for one source; split the file.',
      unknown_interviewee: "This person is not one of this project's interviewees.",
    },
    segment: { not_found: 'This coded segment does not exist (any more).' },
    interviewee: { not_found: 'This interviewee does not exist (any more).' },
    coding: {
      not_found: 'This coding does not exist (any more).',
      unknown_code: 'This code cannot be used in this project.',
      archived_code: 'This code is archived.',
      polarity_required: 'Choose promoting or hindering for a factor.',
      polarity_factor_only: 'Only factors have a polarity.',
      span_outside: 'The selection lies outside the text of the source.',
      span_blank: 'The selected text is empty.',
      exists: 'You have already given this code to this segment.',
      not_yours: 'You can only remove your own codings.',
    },
    codebook: { not_found: 'Codebook not found.', key_taken: 'This key is already in use.' },
    code: {
      not_found: 'Code not found.',
      key_taken: 'This code exists already in the codebook.',
      parent_elsewhere: 'The parent code belongs to another codebook.',
      parent_cycle: 'A code cannot be placed under itself.',
      system_key: 'The keys and structure of the typology, levels and factors are fixed.',
      system_delete: 'Codes of the typology, levels and factors cannot be deleted or merged.',
      in_use: 'This code is in use. Merge it into another code or archive it.',
      has_children: 'This code has child codes; move or delete them first.',
      merge_self: 'Choose another code.',
      merge_elsewhere: 'The target code belongs to another codebook.',
    },
  },
};

export const codingMessages = { nl, en };
