import type { Layer } from '../../../shared/impact-model.js';
import type { ImpactLevel, TypologyCode } from '../../../shared/reference.js';
import type { DemoCase } from './demo-types.js';

export interface DemoIndicator {
  typologyCode: TypologyCode;
  level: ImpactLevel;
  targetText: string;
  targetNumber?: number;
  measuredBy: 'questionnaire' | 'evidence' | 'both';
  moments: ('T0' | 'T1' | 'T2' | 'T3')[];
}

export interface DemoImpactModel {
  caseKey: DemoCase['key'];
  /** index of the project in that case's `projects` */
  projectIndex: number;
  /** `ref` is a short local name used only by `links` */
  elements: { ref: string; layer: Layer; title: string; description?: string; indicators?: DemoIndicator[] }[];
  /** [from ref, to ref]: activity -> output -> outcome -> impact, one column forward only */
  links: [string, string][];
}
