import { RESPONDENT_KINDS, type RespondentKind, SURVEY_MOMENTS, type SurveyMoment } from '../../../shared/questionnaires.js';
import type { TypologyCode } from '../../../shared/reference.js';
import type { Deps } from '../../deps.js';
import * as q from './questionnaires.queries.js';

// A project's questionnaire results per typology code, for the impact model: the state items per
// moment and their change paired by person, and beside them (never mixed in) the change people
// perceive themselves in the retrospective items. Read from the scores kept at submission.
// The full statistics (intervals, tests, across projects) are the analytics module's.

export interface CodeResults {
  /** state items: per kind of respondent and moment, how many people and the mean of their own means (1-5) */
  state: { group: RespondentKind; moment: SurveyMoment; n: number; mean: number }[];
  /** state items paired by person: per kind of respondent and two moments, how many answered at both and their mean difference */
  change: { group: RespondentKind; from: SurveyMoment; to: SurveyMoment; n: number; mean: number }[];
  /** retrospective items ("since the activity …", 1-5), participants only */
  perceived: { moment: SurveyMoment; n: number; mean: number }[];
}

const round = (x: number | string) => Math.round(Number(x) * 100) / 100;
const order = (m: string) => SURVEY_MOMENTS.indexOf(m as SurveyMoment);
const groupOrder = (g: string) => RESPONDENT_KINDS.indexOf(g as RespondentKind);

/** The caller has checked that the actor may see the project. */
export async function questionnaireResults(deps: Deps, projectId: string): Promise<Map<TypologyCode, CodeResults>> {
  const [means, pairs] = await Promise.all([q.listScoreMeans(deps.db, projectId), q.listPairedChange(deps.db, projectId)]);
  const byCode = new Map<TypologyCode, CodeResults>();
  const entry = (code: TypologyCode) => {
    const results = byCode.get(code) ?? { state: [], change: [], perceived: [] };
    byCode.set(code, results);
    return results;
  };
  for (const m of means) {
    if (order(m.moment) < 0) continue;
    const moment = m.moment as SurveyMoment;
    if (m.item_kind === 'state') entry(m.typology_code).state.push({ group: m.respondent_kind, moment, n: Number(m.n), mean: round(m.mean) });
    else if (m.respondent_kind === 'participant') entry(m.typology_code).perceived.push({ moment, n: Number(m.n), mean: round(m.mean) });
  }
  for (const p of pairs) {
    if (order(p.from_moment) < 0 || order(p.to_moment) < 0) continue;
    entry(p.typology_code).change.push({
      group: p.respondent_kind,
      from: p.from_moment as SurveyMoment,
      to: p.to_moment as SurveyMoment,
      n: Number(p.n),
      mean: round(p.mean),
    });
  }
  for (const r of byCode.values()) {
    r.state.sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || order(a.moment) - order(b.moment));
    r.change.sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || order(a.from) - order(b.from) || order(a.to) - order(b.to));
    r.perceived.sort((a, b) => order(a.moment) - order(b.moment));
  }
  return byCode;
}
