import { Box, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/reference.js';
import { useSession } from '../features/auth/session.js';

// Each language is named in itself, whatever the interface language is, and in full: a visible
// "NL" with the name "Nederlands" would break WCAG 2.5.3 (label in name) for speech users.
const NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/** Both languages as pressed/unpressed buttons; on a phone one button that switches to the other. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLocale } = useSession();
  const current = LOCALES.find((locale) => locale === i18n.resolvedLanguage) ?? 'nl';
  const other = LOCALES.find((locale) => locale !== current) ?? 'en';
  return (
    <>
      <Group role="group" aria-label={t('header.language')} gap={4} wrap="nowrap" visibleFrom="xs">
        {LOCALES.map((locale) => {
          const active = current === locale;
          return (
            <Button
              key={locale}
              size="compact-sm"
              variant={active ? 'filled' : 'default'}
              aria-pressed={active}
              lang={locale}
              onClick={() => void changeLocale(locale)}
            >
              {NAMES[locale]}
            </Button>
          );
        })}
      </Group>
      <Box hiddenFrom="xs">
        <Button size="compact-sm" variant="default" lang={other} onClick={() => void changeLocale(other)}>
          {NAMES[other]}
        </Button>
      </Box>
    </>
  );
}
