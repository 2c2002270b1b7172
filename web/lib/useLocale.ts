import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/reference.js';
import { isLocale } from '../i18n/index.js';

/** The interface language; a component that uses it renders again when the user switches. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}
