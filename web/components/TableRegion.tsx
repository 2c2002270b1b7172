import type { CSSProperties, ReactNode } from 'react';

/**
 * A table that may be wider (or taller) than the screen scrolls inside this box. The box is a
 * labelled region in the tab order, so that a keyboard user can reach and scroll it and a screen
 * reader announces what it holds (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function TableRegion({
  label,
  className = 'table-wrap',
  style,
  busy,
  children,
}: {
  label: string;
  className?: string;
  style?: CSSProperties;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard (axe scrollable-region-focusable)
    <section className={className} aria-label={label} tabIndex={0} style={style} aria-busy={busy || undefined}>
      {children}
    </section>
  );
}
