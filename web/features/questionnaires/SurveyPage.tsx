import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { messageText } from '../../../shared/messages.js';
import { LOCALES, type Locale } from '../../../shared/reference.js';
import { ApiError } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { MAIN_ID } from '../../components/SkipLink.js';
import { i18next, isLocale, storedLocale } from '../../i18n/index.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { keepPageOffline } from './offlineShell.js';
import { useSurvey } from './queries.js';
import { SurveyForm } from './SurveyForm.js';
import { ThankYou } from './ThankYou.js';
import './questionnaires.css';

// A participant's questionnaire behind their personal link: no account and no application menu,
// in the participant's own language, made for a phone first.

const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/** Before the questionnaire says which language is the participant's: a choice made before, or the browser's. */
function fallbackLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  return typeof navigator !== 'undefined' && /^en\b/i.test(navigator.language) ? 'en' : 'nl';
}

export function SurveyPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang');
  const lang = isLocale(asked) ? asked : undefined;
  const survey = useSurvey(token, lang);
  // the language the participant chose on this page wins, then the one their coordinator registered
  const locale: Locale = lang ?? survey.data?.locale ?? fallbackLocale();
  const [justSubmitted, setJustSubmitted] = useState(false);

  useEffect(keepPageOffline, []);

  useEffect(() => {
    // only this page's language: not remembered as the browser's choice for the application
    if (i18next.resolvedLanguage !== locale) void i18next.changeLanguage(locale);
  }, [locale]);

  const problem = survey.error && !survey.data ? surveyProblem(survey.error) : null;
  const title = survey.data
    ? survey.data.submittedAt
      ? t('questionnaires.survey.thanks')
      : survey.data.title
    : problem
      ? t(`questionnaires.survey.${problem}Title`)
      : null;
  useDocumentTitle(title);

  const chooseLanguage = (next: Locale) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('lang', next);
        return copy;
      },
      { replace: true },
    );

  return (
    <SurveyShell locale={locale} onLanguage={chooseLanguage}>
      {problem ? (
        <SurveyProblem kind={problem} locale={locale} />
      ) : (
        <QueryState query={survey}>
          {(view) =>
            view.submittedAt ? (
              <ThankYou token={token} survey={view} focusOnShow={justSubmitted} />
            ) : (
              <SurveyForm token={token} lang={lang} survey={view} onSubmitted={() => setJustSubmitted(true)} />
            )
          }
        </QueryState>
      )}
    </SurveyShell>
  );
}

type Problem = 'expired' | 'cancelled' | 'notFound';

function surveyProblem(error: unknown): Problem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'survey.cancelled') return 'cancelled';
  if (error.status === 410 || error.code === 'survey.expired') return 'expired';
  // an unknown link, or one that is not even shaped like a link (400 on the token)
  if (error.status === 404 || error.status === 400) return 'notFound';
  return null;
}

/** The page around the questionnaire: a plain header with the name and the language, and the content. */
function SurveyShell({ locale, onLanguage, children }: { locale: Locale; onLanguage: (locale: Locale) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="survey-shell">
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="survey-header">
        <div className="survey-header-inner">
          <span className="survey-brand">
            <span className="product-mark" aria-hidden="true" />
            {t('questionnaires.survey.brand')}
          </span>
          <Group role="group" aria-label={t('questionnaires.survey.language')} gap={4} wrap="nowrap">
            {LOCALES.map((l) => (
              <Button
                key={l}
                size="compact-sm"
                variant={l === locale ? 'filled' : 'default'}
                aria-pressed={l === locale}
                lang={l}
                onClick={() => onLanguage(l)}
              >
                {LANGUAGE_NAMES[l]}
              </Button>
            ))}
          </Group>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="survey-main">
        {children}
      </main>
    </div>
  );
}

const PROBLEM_TEXT = { notFound: 'survey.not_found', expired: 'survey.expired', cancelled: 'survey.cancelled' } as const;

function SurveyProblem({ kind, locale }: { kind: Problem; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <div className="survey-card">
      <Stack gap="md">
        <Title order={1}>{t(`questionnaires.survey.${kind}Title`)}</Title>
        <Text>{messageText(PROBLEM_TEXT[kind], locale)}</Text>
        <Text c="dimmed">{t('questionnaires.survey.contact')}</Text>
      </Stack>
    </div>
  );
}
