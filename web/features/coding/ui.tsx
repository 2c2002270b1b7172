import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Polarity } from '../../../shared/reference.js';
import { useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { type CodeEntry, codeName, highlight, ink } from './codes.js';
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
