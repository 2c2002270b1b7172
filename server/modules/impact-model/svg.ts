import { LAYERS, type Layer } from '../../../shared/impact-model.js';

interface Element {
  id: string;
  layer: Layer;
  title: string;
}

const COLUMN_WIDTH = 240;
const GAP = 70;
const MARGIN = 24;
const HEADER = 44;
const LINE_HEIGHT = 17;
const CHARS_PER_LINE = 30;
const PADDING = 10;
const V_GAP = 16;
const FILL: Record<Layer, string> = { activity: '#e7f5ff', output: '#fff4e6', outcome: '#ebfbee', impact: '#f3f0ff' };
const STROKE: Record<Layer, string> = { activity: '#1864ab', output: '#a85d00', outcome: '#2b8a3e', impact: '#5f3dc4' };

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > CHARS_PER_LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The impact model as a stand-alone SVG: a column per layer, a box per element, an arrow per link. */
export function renderModelSvg(elements: Element[], links: { fromId: string; toId: string }[], headings: Record<Layer, string>, title: string): string {
  const boxes = new Map<string, { x: number; y: number; h: number }>();
  let height = HEADER + MARGIN;
  const parts: string[] = [];
  LAYERS.forEach((layer, col) => {
    const x = MARGIN + col * (COLUMN_WIDTH + GAP);
    let y = MARGIN + HEADER;
    parts.push(
      `<text x="${x + COLUMN_WIDTH / 2}" y="${MARGIN + 18}" text-anchor="middle" font-weight="bold" font-size="15" fill="#212529">${escapeXml(headings[layer])}</text>`,
    );
    for (const e of elements.filter((el) => el.layer === layer)) {
      const lines = wrap(e.title);
      const h = lines.length * LINE_HEIGHT + 2 * PADDING;
      boxes.set(e.id, { x, y, h });
      parts.push(
        `<g data-element-id="${e.id}"><title>${escapeXml(e.title)}</title><rect x="${x}" y="${y}" width="${COLUMN_WIDTH}" height="${h}" rx="6" fill="${FILL[layer]}" stroke="${STROKE[layer]}" stroke-width="1.5"/>` +
          lines
            .map((l, i) => `<text x="${x + PADDING}" y="${y + PADDING + 13 + i * LINE_HEIGHT}" font-size="13" fill="#212529">${escapeXml(l)}</text>`)
            .join('') +
          '</g>',
      );
      y += h + V_GAP;
    }
    height = Math.max(height, y);
  });
  const arrows = links.flatMap((l) => {
    const a = boxes.get(l.fromId);
    const b = boxes.get(l.toId);
    if (!a || !b) return [];
    const x1 = a.x + COLUMN_WIDTH;
    const y1 = a.y + a.h / 2;
    const x2 = b.x - 4;
    const y2 = b.y + b.h / 2;
    const mid = (x1 + x2) / 2;
    return [`<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="#495057" stroke-width="1.5" marker-end="url(#arrow)"/>`];
  });
  const width = 2 * MARGIN + LAYERS.length * COLUMN_WIDTH + (LAYERS.length - 1) * GAP;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + MARGIN}" viewBox="0 0 ${width} ${height + MARGIN}" font-family="Liberation Sans, Arial, sans-serif" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#495057"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...arrows,
    ...parts,
    '</svg>',
  ].join('\n');
}
