import type { Layer, TemplateKey } from '../../../shared/impact-model.js';
import type { ImpactLevel, TypologyCode } from '../../../shared/reference.js';

// Starting points with example elements; a coordinator edits them into their own project's model.

interface TemplateElement {
  ref: string;
  layer: Layer;
  title: { nl: string; en: string };
  indicators?: {
    typologyCode: TypologyCode;
    level: ImpactLevel;
    target: { nl: string; en: string };
    measuredBy: 'questionnaire' | 'evidence' | 'both';
    moments: ('T0' | 'T1' | 'T2' | 'T3')[];
  }[];
}
export interface Template {
  elements: TemplateElement[];
  links: [string, string][];
}

export const TEMPLATES: Record<TemplateKey, Template> = {
  ka1_mobility: {
    elements: [
      {
        ref: 'i1',
        layer: 'impact',
        title: { nl: 'Onze school heeft een herkenbaar internationaal profiel', en: 'Our school has a recognisable international profile' },
      },
      {
        ref: 'c1',
        layer: 'outcome',
        title: { nl: 'Docenten passen nieuwe werkvormen toe in hun lessen', en: 'Teachers use new teaching methods in their lessons' },
        indicators: [
          {
            typologyCode: 'PRO.methods',
            level: 'individual',
            target: { nl: 'Deelnemers gebruiken een jaar later ten minste één nieuwe werkvorm', en: 'A year later participants use at least one new method' },
            measuredBy: 'both',
            moments: ['T0', 'T1', 'T2'],
          },
        ],
      },
      {
        ref: 'c2',
        layer: 'outcome',
        title: { nl: 'Het geleerde is gedeeld met het team en de leiding', en: 'What was learned is shared with the team and management' },
        indicators: [
          {
            typologyCode: 'ORG.shared',
            level: 'organisation',
            target: { nl: 'Een presentatie aan het team en een terugkomdag na een jaar', en: 'A presentation to the team and a follow-up day after a year' },
            measuredBy: 'evidence',
            moments: ['T1', 'T2'],
          },
        ],
      },
      {
        ref: 'o1',
        layer: 'output',
        title: { nl: 'Persoonlijke leerdoelen en een verslag per deelnemer', en: 'Personal learning goals and a report per participant' },
      },
      { ref: 'o2', layer: 'output', title: { nl: 'Presentatie van de opbrengsten aan het team', en: 'Presentation of the results to the team' } },
      { ref: 'a1', layer: 'activity', title: { nl: 'Job-shadowing bij een partnerschool', en: 'Job shadowing at a partner school' } },
      { ref: 'a2', layer: 'activity', title: { nl: 'Gestructureerde cursus in het buitenland', en: 'Structured course abroad' } },
    ],
    links: [
      ['a1', 'o1'],
      ['a2', 'o1'],
      ['a1', 'o2'],
      ['o1', 'c1'],
      ['o2', 'c2'],
      ['c1', 'i1'],
      ['c2', 'i1'],
    ],
  },
  ka2_partnership: {
    elements: [
      {
        ref: 'i1',
        layer: 'impact',
        title: { nl: 'Organisaties in de sector werken met de ontwikkelde aanpak', en: 'Organisations in the sector work with the approach developed' },
      },
      {
        ref: 'c1',
        layer: 'outcome',
        title: { nl: 'Partners gebruiken het instrument in hun eigen praktijk', en: 'Partners use the instrument in their own practice' },
        indicators: [
          {
            typologyCode: 'ORG.methods',
            level: 'organisation',
            target: {
              nl: 'Elke partner gebruikt het instrument binnen een jaar na oplevering',
              en: 'Every partner uses the instrument within a year of delivery',
            },
            measuredBy: 'both',
            moments: ['T1', 'T2', 'T3'],
          },
        ],
      },
      {
        ref: 'c2',
        layer: 'outcome',
        title: { nl: 'Het netwerk van de partners blijft na het project bestaan', en: "The partners' network lasts after the project" },
        indicators: [
          {
            typologyCode: 'COL.network',
            level: 'beyond',
            target: { nl: 'Contact en vervolgprojecten drie jaar na afloop', en: 'Contact and new projects three years after the end' },
            measuredBy: 'evidence',
            moments: ['T2', 'T3'],
          },
        ],
      },
      {
        ref: 'o1',
        layer: 'output',
        title: { nl: 'Toolkit met handleiding, vertaald in de talen van de partners', en: "Toolkit with a manual, translated into the partners' languages" },
      },
      { ref: 'o2', layer: 'output', title: { nl: 'Getrainde medewerkers bij elke partner', en: 'Trained staff at every partner' } },
      { ref: 'a1', layer: 'activity', title: { nl: 'Ontwikkeling van de intellectuele output', en: 'Development of the intellectual output' } },
      { ref: 'a2', layer: 'activity', title: { nl: 'Trainingsactiviteit voor medewerkers van de partners', en: "Training activity for the partners' staff" } },
      { ref: 'a3', layer: 'activity', title: { nl: 'Multiplier event om de toolkit te verspreiden', en: 'Multiplier event to spread the toolkit' } },
    ],
    links: [
      ['a1', 'o1'],
      ['a3', 'o1'],
      ['a2', 'o2'],
      ['o1', 'c1'],
      ['o2', 'c1'],
      ['o2', 'c2'],
      ['c1', 'i1'],
      ['c2', 'i1'],
    ],
  },
};
