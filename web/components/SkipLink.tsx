import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

/** The first thing a keyboard user reaches: jumps past header and navigation to the page's content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
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
  );
}
