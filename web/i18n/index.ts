import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/reference.js';
import { en } from './en.js';
import { type Messages, nl } from './nl.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'impact-monitor.locale';

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The language the user last chose in this browser, if any. */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode or storage disabled: the choice then lasts for this page only
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'nl';
}

// <html lang> follows the interface language, so that screen readers pronounce it correctly
i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = isLocale(lng) ? lng : 'nl';
});

void i18next.use(initReactI18next).init({
  initAsync: false, // resources are bundled: ready before the first render
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLocale() ?? 'nl',
  fallbackLng: 'nl',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false }, // React escapes
});
document.documentElement.lang = currentLocale();

export { i18next };
