import { Group, Paper, Text, Title } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/reference.js';
import { isLocale } from '../../i18n/index.js';
import { useReferenceState } from '../../lib/reference.js';
import './questionnaires.css';

export const useLocale = (): Locale => {
  const { i18n } = useTranslation();
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
};

const intl = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');
const cache = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, kind: 'short' | 'dateTime' | 'weekday', value: Date): string {
  const key = `${locale}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    f =
      kind === 'short'
        ? new Intl.DateTimeFormat(intl(locale), { day: 'numeric', month: 'short', year: 'numeric' })
        : kind === 'weekday'
          ? new Intl.DateTimeFormat(intl(locale), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
          : new Intl.DateTimeFormat(intl(locale), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    cache.set(key, f);
  }
  return f.format(value);
}

/** "3 mrt 2026": a moment in time in the user's own time zone, compact for tables. */
export const shortDate = (iso: string | null | undefined, locale: Locale) => (iso ? format(locale, 'short', new Date(iso)) : '');
/** "3 mrt 2026 14:05" */
export const dateTime = (iso: string | null | undefined, locale: Locale) => (iso ? format(locale, 'dateTime', new Date(iso)) : '');
/** "dinsdag 3 maart 2026" for a calendar day (YYYY-MM-DD), not shifted by a time zone. */
export const longDay = (day: string, locale: Locale) => format(locale, 'weekday', new Date(`${day}T00:00:00Z`));

/** A page section with its h2, and an optional action on the right. */
export function Section({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  const headingId = `section-${id}`;
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Text c="dimmed">{children}</Text>
    </Paper>
  );
}

/** A status in words; the colour only repeats what the word says. */
export function Pill({ status, children }: { status: string; children: ReactNode }) {
  return (
    <span className="q-pill" data-status={status}>
      {children}
    </span>
  );
}

/** The codes of a shared codebook (`typology`, `factors`) as select options, grouped under their domain. */
export function useCodeOptions(bookKey: 'typology' | 'factors') {
  const { data } = useReferenceState();
  const locale = useLocale();
  return useMemo(() => {
    const codes = data?.codebooks.find((b) => b.key === bookKey)?.codes ?? [];
    const label = new Map(codes.map((c) => [c.key, c[locale]]));
    const roots = codes.filter((c) => !c.parentKey || !label.has(c.parentKey));
    const options = roots.map((root) => {
      const children = codes.filter((c) => c.parentKey === root.key);
      return children.length
        ? { group: root[locale], items: children.map((c) => ({ value: c.key, label: c[locale] })) }
        : { value: root.key, label: root[locale] };
    });
    return { options, label: (key: string | null | undefined) => (key ? (label.get(key) ?? key) : '') };
  }, [data, bookKey, locale]);
}
