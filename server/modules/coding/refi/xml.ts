import { XMLParser } from 'fast-xml-parser';
import { RefiFormatError } from './errors.js';
import { stripXmlInvalid } from './text.js';

/** A parsed element: local name (prefix dropped), decoded attributes, element children, direct text. */
export interface XmlElement {
  name: string;
  /** Namespace URI declared for the element's prefix on this element (only looked at on the root). */
  namespace: string | undefined;
  attrs: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, entities decoded, in document order. */
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  // Whitespace is content in PlainTextContent and Description; offsets depend on it.
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // We decode the five predefined entities and character references ourselves: the parser's own
  // processing leaves numeric references (emoji, line breaks in attributes) undecoded, and DTD
  // entities have no place in QDA-XML.
  processEntities: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  maxNestedTags: 256,
});

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(raw: string, where: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g, (match, body: string) => {
    if (body.startsWith('#')) {
      const cp = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(cp) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        throw new RefiFormatError('invalid_xml', `The XML ${where} contains an invalid character reference ${match}.`, { reference: match });
      }
      return String.fromCodePoint(cp);
    }
    const predefined = PREDEFINED[body];
    if (predefined === undefined) {
      throw new RefiFormatError('invalid_xml', `The XML ${where} uses an undefined entity ${match}.`, { reference: match });
    }
    return predefined;
  });
}

type RawNode = Record<string, unknown>;

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

function toElement(qname: string, node: RawNode, what: string): XmlElement {
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  const attrs = new Map<string, string>();
  let namespace: string | undefined;
  const prefix = qname.includes(':') ? qname.slice(0, qname.indexOf(':')) : '';
  for (const [key, value] of Object.entries(rawAttrs)) {
    // Attribute-value normalisation (XML 1.0 §3.3.3): literal line breaks and tabs become spaces.
    const decoded = decodeEntities(String(value).replace(/\r\n|[\t\n\r]/g, ' '), what);
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if ((key === 'xmlns' && prefix === '') || key === `xmlns:${prefix}`) namespace = decoded;
      continue;
    }
    attrs.set(key, decoded);
  }
  const children: XmlElement[] = [];
  let text = '';
  const content = node[qname];
  if (Array.isArray(content)) {
    for (const child of content as RawNode[]) {
      const key = Object.keys(child).find((k) => k !== ':@');
      if (key === undefined) continue;
      if (key === '#text') text += decodeEntities(String(child[key]), what);
      else if (key === '#cdata') {
        const inner = child[key];
        if (Array.isArray(inner)) for (const part of inner as RawNode[]) text += String(part['#text'] ?? '');
      } else if (!key.startsWith('?') && !key.startsWith('!') && !key.startsWith('#')) {
        children.push(toElement(key, child, what));
      }
    }
  }
  return { name: localName(qname), namespace, attrs, children, text };
}

/**
 * Parses a whole document and returns its root element. `what` names the document in messages
 * ("project.qde", "codebook"). Malformed XML, a DTD, or a document without one root element is a
 * RefiFormatError.
 */
export function parseXmlDocument(xml: string, what: string): XmlElement {
  const body = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  // A DTD could define entities; QDA-XML never has one, so refuse it instead of expanding anything.
  if (/^\s*(<\?xml[^>]*\?>)?(\s|<!--[\s\S]*?-->)*<!DOCTYPE/i.test(body)) {
    throw new RefiFormatError('invalid_xml', `The ${what} contains a DOCTYPE declaration, which REFI-QDA files never have.`, { document: what });
  }
  let nodes: unknown;
  try {
    nodes = parser.parse(body, true);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new RefiFormatError('invalid_xml', `The ${what} is not well-formed XML (${detail}).`, { document: what, detail });
  }
  const roots = (Array.isArray(nodes) ? (nodes as RawNode[]) : []).flatMap((n) => {
    const key = Object.keys(n).find((k) => k !== ':@');
    return key !== undefined && !key.startsWith('#') && !key.startsWith('?') && !key.startsWith('!') ? [[key, n] as const] : [];
  });
  const [first] = roots;
  if (first === undefined || roots.length !== 1) {
    throw new RefiFormatError('invalid_xml', `The ${what} is not an XML document with a single root element.`, { document: what });
  }
  return toElement(first[0], first[1], what);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

// ---------------------------------------------------------------------------------------------
// Writing. A small serialiser rather than XMLBuilder: the schema fixes the order of children and
// attributes, and text elements must not get indentation added inside them.

export interface XmlNode {
  name: string;
  /** In output order; undefined values are left out. */
  attrs?: ReadonlyArray<readonly [string, string | undefined]>;
  children?: XmlNode[];
  text?: string;
}

export function escapeText(value: string): string {
  return stripXmlInvalid(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttribute(value: string): string {
  return stripXmlInvalid(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function serialiseNode(node: XmlNode, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  let open = `${indent}<${node.name}`;
  for (const [key, value] of node.attrs ?? []) {
    if (value !== undefined) open += ` ${key}="${escapeAttribute(value)}"`;
  }
  const children = node.children ?? [];
  if (node.text !== undefined && node.text !== '') {
    out.push(`${open}>${escapeText(node.text)}</${node.name}>`);
  } else if (children.length === 0) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    for (const child of children) serialiseNode(child, depth + 1, out);
    out.push(`${indent}</${node.name}>`);
  }
}

export function serialiseDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  serialiseNode(root, 0, out);
  return `${out.join('\n')}\n`;
}
