import mammoth from 'mammoth';
import { MAX_SOURCE_LENGTH } from '../../../shared/coding.js';
import { AppError } from '../../http/errors.js';

/** The plain text of an uploaded transcript (.txt, .md or .docx), with line ends normalised. */
export async function textOfUpload(filename: string, data: Uint8Array): Promise<string> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length === 0) throw new AppError('invalid_input', 'source.empty_file');
  let text: string;
  if (/\.docx$/i.test(filename)) {
    // a .docx is a zip; anything else is refused before mammoth sees it
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('invalid_input', 'source.unreadable_docx');
    try {
      text = (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch {
      throw new AppError('invalid_input', 'source.unreadable_docx');
    }
    // a NUL in a document's text is debris of its format, never something the speaker said
    text = text.replaceAll('\u0000', '');
  } else {
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
    // a NUL means another encoding (UTF-16) or no text at all
    if (text.includes('\uFFFD') || text.includes('\u0000')) throw new AppError('invalid_input', 'source.not_utf8');
  }
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) throw new AppError('invalid_input', 'source.empty_file');
  if (text.length > MAX_SOURCE_LENGTH) throw new AppError('invalid_input', 'source.too_long');
  return text;
}
