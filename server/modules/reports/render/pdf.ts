import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Block, ReportDocument } from './document.js';
import { FONT_DIR, ROBOTO } from './fonts.js';

// PDF through pdfmake with the Roboto it ships. pdfmake is one object for the process: it is given
// its fonts once, may read only those files and may fetch nothing, so no text in a report can make
// the server open a file or an address.
pdfmake.setFonts({ Roboto: ROBOTO });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));

type Node = Record<string, unknown> | string;
const TEXT_WIDTH = 481; // A4 less the margins, in points

function nodes(b: Block): Node[] {
  switch (b.kind) {
    case 'heading':
      return [{ text: b.text, style: `h${b.level}`, headlineLevel: b.level }];
    case 'paragraph':
      return [{ text: b.text, style: b.tone }];
    case 'list':
      return [{ ul: b.items, margin: [0, 0, 0, 8] }];
    case 'quote':
      return [
        {
          stack: [
            { text: `“${b.text}”`, italics: true },
            { text: `— ${b.attribution}`, style: 'source' },
          ],
          margin: [24, 4, 24, 10],
          unbreakable: true,
        },
      ];
    case 'table':
      return [
        { text: b.caption, style: 'caption' },
        {
          table: {
            headerRows: 1,
            widths: ['*', ...b.columns.slice(1).map(() => 'auto')],
            body: [
              b.columns.map((c) => ({ text: c, style: 'th' })),
              ...b.rows.map((r) => [
                { text: r.header, bold: !!r.strong },
                ...r.cells.map((c) => ({ text: String(c), bold: !!r.strong, alignment: typeof c === 'number' ? 'right' : 'left' })),
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 9,
          margin: [0, 0, 0, 12],
        },
      ];
    case 'figure':
      return [
        {
          stack: [
            { svg: b.svg, width: Math.min(TEXT_WIDTH, b.width * 0.75) },
            { text: b.caption, style: 'caption' },
          ],
          unbreakable: true,
          margin: [0, 4, 0, 12],
        },
      ];
  }
}

export function renderPdf(doc: ReportDocument): Promise<Buffer> {
  return pdfmake
    .createPdf({
      info: { title: doc.title, creator: 'Impact Monitor', producer: 'Impact Monitor', subject: doc.intro[0] ?? '' },
      language: doc.lang === 'nl' ? 'nl-NL' : 'en-GB',
      pageSize: 'A4',
      pageMargins: [57, 57, 57, 57],
      defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
      footer: (page: number, pages: number) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 8, color: '#495057', margin: [0, 20, 0, 0] }),
      // a heading never stands alone at the foot of a page
      pageBreakBefore: (node: { headlineLevel?: number; startPosition: { verticalRatio: number } }) =>
        !!node.headlineLevel && node.startPosition.verticalRatio > 0.85,
      content: [{ text: doc.title, style: 'title' }, ...doc.intro.map((line) => ({ text: line, style: 'note' })), ...doc.blocks.flatMap(nodes)],
      styles: {
        title: { fontSize: 22, bold: true, color: '#0b3d62', margin: [0, 0, 0, 10] },
        h1: { fontSize: 17, bold: true, color: '#0b3d62', margin: [0, 18, 0, 8] },
        h2: { fontSize: 13.5, bold: true, color: '#0b3d62', margin: [0, 14, 0, 6] },
        h3: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
        narrative: { margin: [0, 0, 0, 8] },
        data: { margin: [0, 0, 0, 8] },
        note: { color: '#495057', italics: true, margin: [0, 0, 0, 8] },
        caption: { bold: true, fontSize: 9.5, margin: [0, 6, 0, 4] },
        source: { fontSize: 9, color: '#495057', margin: [0, 2, 0, 0] },
        th: { bold: true, fillColor: '#e9ecef' },
      },
    })
    .getBuffer();
}
