import type { CSSProperties, ReactNode } from 'react';

/** A table that may scroll (sideways on a phone, or a long list): a labelled region the keyboard can reach. */
export function ScrollRegion({ label, maxHeight, children }: { label: string; maxHeight?: string; children: ReactNode }) {
  const style: CSSProperties | undefined = maxHeight ? { maxHeight, overflowY: 'auto' } : undefined;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrolling content must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-label={label} tabIndex={0} style={style}>
      {children}
    </section>
  );
}
