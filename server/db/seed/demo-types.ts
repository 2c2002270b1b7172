import type {
  ActivityType,
  FactorCode,
  ImpactLevel,
  IntervieweeRole,
  KeyAction,
  OrganisationType,
  PartnerRole,
  Polarity,
  ProductKind,
  Sector,
  TypologyCode,
} from '../../../shared/reference.js';

/** ISO date `YYYY-MM-DD`. Where the report only gives a year or school year, use the period's bounds. */
export type IsoDate = string;

export interface DemoEvidence {
  /** A short fragment from the report (a quotation or a close paraphrase), at most ~300 characters. */
  text: string;
  /** true when `text` is a literal quotation of an interviewee in the report */
  isQuote: boolean;
  /** label of the interviewee who said it, one of the project's `interviewees[].label`, if known */
  interviewee?: string;
  typology: TypologyCode[];
  level: ImpactLevel;
  factors: { code: FactorCode; polarity: Polarity }[];
  memo?: string;
}

export interface DemoProject {
  title: string;
  acronym?: string;
  sector: Sector;
  keyAction: KeyAction;
  callYear: number;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  summary: string;
  aims: string[];
  grantEur?: number | null;
  partners: { name: string; country: string; city?: string; role: PartnerRole }[];
  activities: {
    type: ActivityType;
    title: string;
    description: string;
    destinationCity?: string;
    destinationCountry?: string;
    startDate: IsoDate | null;
    endDate: IsoDate | null;
    participantCount?: number | null;
  }[];
  products: { title: string; kind: ProductKind; description: string; url?: string }[];
  /** roles only, never names; label is a pseudonym such as "Leerkracht 1" */
  interviewees: { role: IntervieweeRole; label: string; description: string }[];
  /**
   * The moment of the case description (the NA's interviews, spring 2019): T3 only where the report
   * puts the project three years or more before; null where it ended later or says it ended recently.
   */
  sourceMoment: 'T3' | null;
  evidence: DemoEvidence[];
}

export interface DemoCase {
  key: 'emma' | 'ssgn' | 'tda' | 'ucr' | 'itta';
  organisation: {
    name: string;
    shortName: string;
    type: OrganisationType;
    sector: Sector;
    city: string;
    country: string;
    description: string;
  };
  projects: DemoProject[];
}
