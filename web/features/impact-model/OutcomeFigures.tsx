import { useTranslation } from 'react-i18next';
import type { IndicatorView } from '../../../shared/impact-model.js';
import { formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';

type Evidence = IndicatorView['evidence'];

/**
 * The questionnaires' figures on an indicator: change of the same people since T0 from the state items, and apart
 * from it what the participants themselves say changed (retrospective items). A small group says so; the Agency
 * sees no figures of fewer than five people.
 */
export function OutcomeFigures({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = (value: number, signed = false) =>
    formatNumber(value, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' });
  const small = (row: { n: number; small: boolean; suppressed: boolean }) =>
    row.suppressed ? t('impactModel.indicators.withheld', { count: row.n }) : row.small ? t('impactModel.indicators.small') : null;
  return (
    <>
      <div>
        <dt>{t('impactModel.indicators.measured')}</dt>
        <dd>
          {evidence.measured.length
            ? evidence.measured.map((m, i) => (
                <span key={m.to}>
                  {i ? ' · ' : null}
                  <span className="im-evidence">
                    {m.meanChange === null
                      ? t('impactModel.indicators.changeWithheld', { from: m.from, to: m.to })
                      : t('impactModel.indicators.change', {
                          from: m.from,
                          to: m.to,
                          change: number(m.meanChange, true),
                          before: number(m.meanFrom ?? 0),
                          after: number(m.meanTo ?? 0),
                        })}{' '}
                    ({t('impactModel.indicators.people', { count: m.n })}
                    {small(m) ? `, ${small(m)}` : ''})
                  </span>
                </span>
              ))
            : t('impactModel.indicators.noMeasured')}
        </dd>
      </div>
      <div>
        <dt>{t('impactModel.indicators.perceived')}</dt>
        <dd>
          {evidence.perceived.length
            ? evidence.perceived.map((p, i) => (
                <span key={p.moment}>
                  {i ? ' · ' : null}
                  <span className="im-evidence">
                    {p.mean === null
                      ? t('impactModel.indicators.perceivedWithheld', { moment: p.moment })
                      : t('impactModel.indicators.perceivedMean', { moment: p.moment, mean: number(p.mean) })}{' '}
                    ({t('impactModel.indicators.people', { count: p.n })}
                    {small(p) ? `, ${small(p)}` : ''})
                  </span>
                </span>
              ))
            : t('impactModel.indicators.noPerceived')}
        </dd>
      </div>
    </>
  );
}
