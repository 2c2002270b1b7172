import { Group, Paper, Text, Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Polarity } from '../../../shared/reference.js';
import { useTerms } from '../../lib/reference.js';
import { type CodeEntry, codeName, highlight, ink, useLocale } from './codes.js';
import './coding.css';

/** A code as a chip: colour swatch, name in the UI language, key, and the polarity of a factor. */
export function CodeChip({
  code,
  fallbackKey,
  polarity,
  children,
}: {
  code: CodeEntry | undefined;
  fallbackKey?: string;
  polarity?: Polarity | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const colour = code?.color ?? null;
  const style = { '--chip-colour': ink(colour), '--chip-bg': highlight(colour), '--chip-border': tint50(colour) } as CSSProperties;
  const showKey = code && code.book.kind === 'typology';
  return (
    <span className="code-chip" style={style}>
      <span className="code-chip__swatch" aria-hidden="true" />
      <span>
        {code ? codeName(code, locale) : fallbackKey}
        {showKey ? <span className="code-chip__key"> {code.key}</span> : null}
        {polarity ? <span className="code-chip__polarity"> {t(`coding.polarityShort.${polarity}`)}</span> : null}
      </span>
      {children}
    </span>
  );
}
const tint50 = (colour: string | null) => highlight(colour, 3);

export function QuoteBadge() {
  const { t } = useTranslation();
  return (
    <span className="quote-badge">
      <span aria-hidden="true">“</span>
      <span>{t('coding.quote')}</span>
    </span>
  );
}

/** "Leerkracht 3 (leerkracht)": an interviewee's label with their role. */
export function usePersonLabel() {
  const { t } = useTranslation();
  const { label } = useTerms();
  return (person: { label: string; role: string }) => t('coding.person', { label: person.label, role: label('interviewee_role', person.role) });
}

export function Section({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  const headingId = `section-${id}`;
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Group justify="space-between" align="center" mb="sm">
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

/** "T3 Lange termijn" of the reference label "T3 Lange termijn, 36 maanden of meer": short enough for a table or a line of facts. */
export function useMomentLabel() {
  const { label } = useTerms();
  return (moment: string | null | undefined) => (moment ? label('moment', moment).split(/[,(]/)[0]!.trim() : '');
}
