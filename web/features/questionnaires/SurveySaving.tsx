import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyView } from '../../../shared/questionnaires.js';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../lib/errors.js';
import { useLocale } from '../../lib/useLocale.js';
import { fieldId } from './SurveyParts.js';
import type { SaveState } from './useAutosave.js';
import './saving.css';

type Answers = Record<string, number | string>;

/** Quietly, in a live region: whether the server has the answers, or this device keeps them for now. */
export function SaveStatus({ state, error }: { state: SaveState; error: unknown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text =
    state === 'idle' ? '' : state === 'error' ? t('surveySaving.status.error', { reason: errorMessage(error, locale) }) : t(`surveySaving.status.${state}`);
  return (
    <p className="survey-save-status" data-state={state} aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}

/** Moves to a question from the progress bar: scrolled into view, its first choice or its text field focused. */
function goTo(key: string) {
  const target = document.getElementById(fieldId(key));
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  const control = target.matches('input, textarea') ? target : target.querySelector<HTMLElement>('input:checked, input, textarea');
  control?.focus({ preventScroll: true });
}

/** At the top, staying in view: how many are answered, and which required questions are still open. */
export function SurveyProgress({ survey, answers, state, error }: { survey: SurveyView; answers: Answers; state: SaveState; error: unknown }) {
  const { t } = useTranslation();
  const total = survey.items.length;
  const numbered = survey.items.map((item, i) => ({ item, n: i + 1 }));
  const answered = numbered.filter(({ item }) => answers[item.key] !== undefined && answers[item.key] !== '').length;
  const open = numbered.filter(({ item }) => item.required && (answers[item.key] === undefined || answers[item.key] === ''));
  const label = t('surveySaving.progress.answered', { done: answered, total });
  return (
    <nav className="survey-progress" aria-label={t('surveySaving.progress.label')}>
      <div className="survey-progress-line">
        <Text fz="sm" fw={600}>
          {label}
        </Text>
        <SaveStatus state={state} error={error} />
      </div>
      <Progress value={total ? (answered / total) * 100 : 0} size="sm" aria-hidden="true" />
      {open.length ? (
        <div className="survey-progress-open">
          <Text fz="sm" span>
            {t('surveySaving.progress.requiredOpen', { count: open.length })}
          </Text>{' '}
          {open.map(({ item, n }) => (
            <a
              key={item.key}
              href={`#${fieldId(item.key)}`}
              onClick={(event) => {
                event.preventDefault();
                goTo(item.key);
              }}
            >
              {t('surveySaving.progress.question', { n })}
            </a>
          ))}
        </div>
      ) : null}
    </nav>
  );
}

/** Submitting needs the server: offline it is refused in words, and the answers stay where they are. */
export const offlineRefusal = () => new ApiError({ type: 'about:blank', title: 'offline', status: 0, code: 'survey.offline_submit', detail: 'offline' });
