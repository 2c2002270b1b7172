import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { svgToPng } from './charts.js';
import type { Block, ReportDocument } from './document.js';

// Word: the built-in heading styles (so Word's navigation pane and a screen reader find the
// structure), tables with a repeating header row and a caption above, quotes in a style of their
// own, charts as SVG with a PNG copy for Word versions that do not show SVG, both with alt text.

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'CED4DA' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
// a chart is printed at most this wide, in pixels at 96 to the inch (a page's text width)
const MAX_WIDTH = 600;

function cell(text: string, options: { header?: boolean; strong?: boolean; number?: boolean } = {}) {
  return new TableCell({
    borders: BORDERS,
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'E9ECEF', color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: options.number ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header || options.strong })],
      }),
    ],
  });
}

function blocks(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADINGS[b.level] })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: b.text, italics: b.tone === 'note', color: b.tone === 'note' ? '495057' : undefined })] })];
    case 'list':
      return b.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'quote':
      return [
        new Paragraph({ style: 'Quote', children: [new TextRun({ text: `“${b.text}”` })] }),
        new Paragraph({ style: 'QuoteSource', children: [new TextRun({ text: `— ${b.attribution}` })] }),
      ];
    case 'table':
      return [
        new Paragraph({ style: 'Caption', text: b.caption, keepNext: true }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((c) => cell(c, { header: true })) }),
            ...b.rows.map(
              (r) =>
                new TableRow({
                  cantSplit: true,
                  children: [cell(r.header, { strong: r.strong }), ...r.cells.map((c) => cell(String(c), { strong: r.strong, number: typeof c === 'number' }))],
                }),
            ),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
    case 'figure': {
      const width = Math.min(MAX_WIDTH, b.width);
      const height = Math.round((b.height * width) / b.width);
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(b.svg, 'utf8'),
              fallback: { type: 'png', data: svgToPng(b.svg, b.width) },
              transformation: { width, height },
              altText: { name: b.caption, title: b.caption, description: b.alt },
            }),
          ],
        }),
        new Paragraph({ style: 'Caption', text: b.caption }),
      ];
    }
  }
}

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const language = { value: doc.lang === 'nl' ? 'nl-NL' : 'en-GB' };
  const document = new Document({
    title: doc.title,
    creator: 'Impact Monitor',
    description: doc.intro.join(' '),
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language } },
        title: { run: { size: 40, bold: true, color: '0B3D62' } },
        heading1: { run: { size: 32, bold: true, color: '0B3D62' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { size: 26, bold: true, color: '0B3D62' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
        heading3: { run: { size: 23, bold: true }, paragraph: { spacing: { before: 220, after: 100 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, color: '1A1B1E' },
          paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 160, after: 40 }, keepNext: true },
        },
        {
          id: 'QuoteSource',
          name: 'Quote Source',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 19, color: '495057' },
          paragraph: { indent: { left: 567 }, spacing: { after: 160 } },
        },
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 19 },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          ...doc.intro.map((line) => new Paragraph({ children: [new TextRun({ text: line, color: '495057' })] })),
          ...doc.blocks.flatMap(blocks),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
