import { useTranslation } from 'react-i18next';
import type { IndicatorView } from '../../../shared/impact-model.js';
import { RESPONDENT_KINDS } from '../../../shared/questionnaires.js';
import { formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';

type Questionnaire = IndicatorView['evidence']['questionnaire'];

/**
 * An indicator's questionnaire results: per kind of respondent the state items per moment and their
 * change paired by person, and apart from them the change the participants perceive looking back.
 */
export function QuestionnaireEvidence({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const mean = (x: number) => formatNumber(x, locale);
  const signed = (x: number) => `${x > 0 ? '+' : ''}${mean(x)}`;
  const lines: { key: string; label: string; values: string[] }[] = [];
  for (const group of RESPONDENT_KINDS) {
    const name = t(`instruments.indicators.groups.${group}`);
    const state = questionnaire.state.filter((s) => s.group === group);
    if (state.length)
      lines.push({
        key: `${group}-state`,
        label: t('instruments.indicators.stateLabel', { group: name }),
        values: state.map((s) => t('instruments.indicators.state', { moment: s.moment, mean: mean(s.mean), count: s.n })),
      });
    const change = questionnaire.change.filter((c) => c.group === group);
    if (change.length)
      lines.push({
        key: `${group}-change`,
        label: t('instruments.indicators.changeLabel', { group: name }),
        values: change.map((c) => t('instruments.indicators.change', { from: c.from, to: c.to, mean: signed(c.mean), count: c.n })),
      });
  }
  if (questionnaire.perceived.length)
    lines.push({
      key: 'perceived',
      label: t('instruments.indicators.perceivedLabel'),
      values: questionnaire.perceived.map((p) => t('instruments.indicators.state', { moment: p.moment, mean: mean(p.mean), count: p.n })),
    });
  if (!lines.length) return null;
  return (
    <ul className="plain-list im-questionnaire">
      {lines.map((line) => (
        <li key={line.key}>
          <span className="im-questionnaire-label">{line.label}:</span> {line.values.join(' · ')}
        </li>
      ))}
    </ul>
  );
}
