import { createRequire } from 'node:module';
import path from 'node:path';

// Roboto ships inside pdfmake; the PDFs, the charts' PNG copies and the certificate all use it,
// so no font is downloaded and a document looks the same on every server.
const require = createRequire(import.meta.url);
export const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
export const ROBOTO = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};
