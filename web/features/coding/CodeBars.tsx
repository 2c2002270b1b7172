import { type CSSProperties, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentView } from '../../../shared/coding.js';
import { useLocale } from '../../lib/useLocale.js';
import { type CodeIndex, codeName, ink } from './codes.js';

/** At most this many codes get a lane of their own; the text keeps the rest of the width. */
const MAX_LANES = 8;

interface Bar {
  key: string;
  lane: number;
  top: number;
  height: number;
  colour: string;
  label: string;
  name: string;
}

/**
 * Code bars in the margin, as the desktop QDA tools draw them: one lane per code, and beside the
 * lines a segment covers a bar in that code's colour with its key (typology) or name written
 * along it. They are measured from the text's own highlights after each render, so they follow
 * line wrapping at any width. The list of segments says the same in words for screen readers;
 * the bars are a picture of it.
 */
export function CodeBars({ textRef, segments, index }: { textRef: RefObject<HTMLElement | null>; segments: SegmentView[]; index: CodeIndex }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [bars, setBars] = useState<{ list: Bar[]; lanes: number }>({ list: [], lanes: 0 });
  const boxRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const text = textRef.current;
    const box = boxRef.current;
    if (!text || !box) return;
    const measure = () => {
      const origin = box.getBoundingClientRect().top;
      const ordered = [...segments].sort((a, b) => a.start - b.start || b.end - a.end);
      const lanes = new Map<string, number>();
      const list: Bar[] = [];
      for (const segment of ordered) {
        const rects = [...text.querySelectorAll<HTMLElement>(`mark[data-segments~="${CSS.escape(segment.id)}"]`)].flatMap((m) => [...m.getClientRects()]);
        if (!rects.length) continue;
        const top = Math.min(...rects.map((r) => r.top)) - origin;
        const bottom = Math.max(...rects.map((r) => r.bottom)) - origin;
        for (const codeId of new Set(segment.codings.map((c) => c.codeId))) {
          if (!lanes.has(codeId)) {
            if (lanes.size >= MAX_LANES) continue;
            lanes.set(codeId, lanes.size);
          }
          const code = index.byId.get(codeId);
          const name = code ? codeName(code, locale) : '';
          list.push({
            key: `${segment.id}:${codeId}`,
            lane: lanes.get(codeId)!,
            top,
            height: Math.max(4, bottom - top),
            colour: ink(code?.color ?? null),
            label: code?.book.kind === 'typology' ? code.key : name,
            name: code?.book.kind === 'typology' ? `${code.key} ${name}` : name,
          });
        }
      }
      const next = { list, lanes: lanes.size };
      // measured after every render: set only what changed, or the measuring would never stop
      setBars((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(text);
    return () => observer.disconnect();
  });

  return (
    <div ref={boxRef} className="code-bars" aria-hidden="true" style={{ '--lanes': bars.lanes } as CSSProperties} title={t('coding.bars.title')}>
      {bars.list.map((bar) => (
        <div
          key={bar.key}
          className="code-bar"
          title={bar.name}
          style={{ top: bar.top, height: bar.height, '--lane': bar.lane, '--bar-colour': bar.colour } as CSSProperties}
        >
          {bar.height >= 48 ? <span className="code-bar__label">{bar.label}</span> : null}
        </div>
      ))}
    </div>
  );
}
