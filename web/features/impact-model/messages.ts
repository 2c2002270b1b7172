// Texts of the impact-model feature; web/i18n/nl.ts and en.ts mount them under `impactModel` and `errors`.
const nl = {
  page: {
    title: 'Impactmodel',
    open: 'Impactmodel',
  },
  errors: {
    impact: {
      element_not_found: 'Dit element bestaat niet (meer) in het impactmodel.',
      link_not_found: 'Deze verbinding bestaat niet (meer).',
      indicator_not_found: 'Deze indicator bestaat niet (meer).',
      link_unknown_element: 'Dit element hoort niet bij het impactmodel van dit project.',
      link_same_element: 'Een element kan niet naar zichzelf leiden.',
      link_same_layer: 'Een verbinding gaat naar de volgende kolom, niet binnen dezelfde kolom.',
      link_backwards: 'Een verbinding wijst vooruit (activiteit → output → outcome → impact), niet terug.',
      link_skips_layer: 'Een verbinding mag geen kolom overslaan: verbind via de tussenliggende kolom.',
      link_exists: 'Deze verbinding bestaat al.',
      indicator_outcome_only: 'Alleen een outcome krijgt indicatoren.',
      order_mismatch: 'De volgorde klopt niet meer; laad de pagina opnieuw.',
      model_not_empty: 'Een sjabloon kan alleen in een leeg impactmodel worden gezet.',
    },
  },
};

export type ImpactModelMessages = typeof nl;

const en: ImpactModelMessages = {
  page: {
    title: 'Impact model',
    open: 'Impact model',
  },
  errors: {
    impact: {
      element_not_found: 'This element does not exist (any more) in the impact model.',
      link_not_found: 'This link does not exist (any more).',
      indicator_not_found: 'This indicator does not exist (any more).',
      link_unknown_element: "This element is not part of this project's impact model.",
      link_same_element: 'An element cannot lead to itself.',
      link_same_layer: 'A link goes to the next column, not within the same column.',
      link_backwards: 'A link points forward (activity → output → outcome → impact), not back.',
      link_skips_layer: 'A link may not skip a column: link through the column in between.',
      link_exists: 'This link exists already.',
      indicator_outcome_only: 'Only an outcome has indicators.',
      order_mismatch: 'The order is out of date; reload the page.',
      model_not_empty: 'A template can only fill an empty impact model.',
    },
  },
};

export const impactModelMessages = { nl, en };
