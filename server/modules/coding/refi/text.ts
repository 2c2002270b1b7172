/**
 * Text helpers. REFI-QDA positions count Unicode code points; JavaScript strings index UTF-16 code
 * units, so every emoji or rare character before a span would shift it by one if mixed up.
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The text between two code-point positions (start inclusive, end exclusive). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(codePointToUtf16Offset(text, start), codePointToUtf16Offset(text, end));
}

/** Converts a code-point position to a UTF-16 offset; positions past the end clamp to `text.length`. */
export function codePointToUtf16Offset(text: string, position: number): number {
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < position) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    cp++;
  }
  return i;
}

/** Converts a UTF-16 offset to a code-point position (an offset inside a surrogate pair counts the pair as passed). */
export function utf16ToCodePointOffset(text: string, offset: number): number {
  return codePointLength(text.slice(0, Math.max(0, Math.min(offset, text.length))));
}

/**
 * Normalises line endings to LF and returns a function that maps code-point positions counted in
 * the original text (where CRLF is two code points) to positions in the normalised text.
 */
export function normaliseLineEndings(raw: string): { text: string; mapPosition: (position: number) => number } {
  if (!raw.includes('\r')) return { text: raw, mapPosition: (p) => p };
  const chars = [...raw];
  // removedBefore[k] = number of CRs dropped among the first k code points of the raw text.
  const removedBefore = new Uint32Array(chars.length + 1);
  const out: string[] = [];
  let removed = 0;
  for (let k = 0; k < chars.length; k++) {
    removedBefore[k] = removed;
    const ch = chars[k];
    if (ch === '\r') {
      if (chars[k + 1] === '\n') {
        removed++;
        continue;
      }
      out.push('\n');
      continue;
    }
    out.push(ch as string);
  }
  removedBefore[chars.length] = removed;
  return {
    text: out.join(''),
    mapPosition: (p) => (p < 0 || p > chars.length ? p - removed : p - (removedBefore[p] ?? 0)),
  };
}

/** Characters that XML 1.0 cannot carry at all, not even as character references. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes
const XML_INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripXmlInvalid(value: string): string {
  return value.replace(XML_INVALID, '');
}

/**
 * Decodes a text file from the archive: UTF-8 (a BOM, which QualCoder writes, is dropped) or
 * UTF-16 with a BOM. Returns null for bytes that are not valid text in any of these.
 */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3));
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      return new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    }
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * For repeated conversions on one text: `index[p]` is the UTF-16 offset of code point `p`
 * (`index[length]` is `text.length`).
 */
export function codePointIndex(text: string): Uint32Array {
  const index = new Uint32Array(codePointLength(text) + 1);
  let cp = 0;
  let i = 0;
  while (i < text.length) {
    index[cp++] = i;
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  index[cp] = text.length;
  return index;
}
