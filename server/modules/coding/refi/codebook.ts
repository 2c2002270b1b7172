import { quote, RefiFormatError } from './errors.js';
import type { RefiCode } from './types.js';
import { canonicalGuid, guidKey, isColor, isGuid, parseXsBoolean, sixDigitColor } from './values.js';
import { childrenNamed, firstChild, parseXmlDocument, serialiseDocument, type XmlElement, type XmlNode } from './xml.js';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
export const DEFAULT_ORIGIN = 'Impact Monitor';

// ---------------------------------------------------------------------------------------------
// Writing

/** Checks a GUID we are about to write; `what` names the thing in the message. */
export function requireGuid(guid: string, what: string): string {
  if (typeof guid !== 'string' || !isGuid(guid)) {
    throw new RefiFormatError('invalid_guid', `Cannot export: ${what} has an invalid GUID ${quote(String(guid))}.`, { guid: String(guid) });
  }
  return canonicalGuid(guid);
}

/** Registers a GUID as declared once; a second declaration is an error. */
export function declareGuid(seen: Map<string, string>, guid: string, what: string, exporting: boolean): void {
  const key = guidKey(guid);
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    const prefix = exporting ? 'Cannot export: ' : '';
    throw new RefiFormatError('duplicate_guid', `${prefix}${what} uses GUID ${guid}, which ${earlier} already uses.`, { guid });
  }
  seen.set(key, what);
}

/**
 * The `Code` elements for a code tree. The codebook schema allows `Description?, Code*` inside a
 * code, the project schema `Description?, NoteRef*, Code*`; we write no NoteRef, so one shape
 * serves both.
 */
export function codeNodes(codes: RefiCode[], seen: Map<string, string>): XmlNode[] {
  return codes.map((code) => {
    const what = `code ${quote(code.name)}`;
    const guid = requireGuid(code.guid, what);
    declareGuid(seen, guid, what, true);
    if (typeof code.name !== 'string' || code.name.trim() === '') {
      throw new RefiFormatError('missing_attribute', `Cannot export: code ${guid} has no name.`, { guid });
    }
    if (code.color !== undefined && !isColor(code.color)) {
      throw new RefiFormatError('invalid_value', `Cannot export: code ${quote(code.name)} has colour ${quote(code.color)}, which is not #RRGGBB.`, {
        name: code.name,
        value: code.color,
      });
    }
    const children: XmlNode[] = [];
    if (code.description !== undefined && code.description !== '') children.push({ name: 'Description', text: code.description });
    children.push(...codeNodes(code.children, seen));
    return {
      name: 'Code',
      attrs: [
        ['guid', guid],
        ['name', code.name],
        ['isCodable', code.isCodable ? 'true' : 'false'],
        ['color', code.color],
      ],
      children,
    };
  });
}

/**
 * A REFI-QDA codebook (`.qdc`) for a code tree, following Codebook.xsd: `CodeBook` > `Codes` >
 * `Code` (guid, name, isCodable, color) with `Description?` and nested `Code*`.
 */
export function buildCodebookXml(codes: RefiCode[], origin: string = DEFAULT_ORIGIN): string {
  if (codes.length === 0) {
    throw new RefiFormatError('empty_codebook', 'Cannot export an empty codebook: a REFI-QDA codebook needs at least one code.');
  }
  return serialiseDocument({
    name: 'CodeBook',
    attrs: [
      ['xmlns', CODEBOOK_NAMESPACE],
      ['origin', origin],
    ],
    children: [{ name: 'Codes', children: codeNodes(codes, new Map()) }],
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export function readGuid(element: XmlElement, attribute: string, what: string): string {
  const value = element.attrs.get(attribute)?.trim();
  if (value === undefined || value === '') {
    throw new RefiFormatError('missing_attribute', `${capitalise(what)} has no ${attribute} attribute.`, { element: element.name, attribute });
  }
  if (!isGuid(value)) {
    throw new RefiFormatError('invalid_guid', `${capitalise(what)} has an invalid GUID ${quote(value)} in its ${attribute} attribute.`, {
      element: element.name,
      attribute,
      guid: value,
    });
  }
  return canonicalGuid(value);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Text of the first `Description` child, or undefined when absent or blank. */
export function readDescription(element: XmlElement): string | undefined {
  const text = firstChild(element, 'Description')?.text;
  return text === undefined || text.trim() === '' ? undefined : text;
}

/** Reads the `Code` children of `parent` into a tree, registering each GUID in `codes`. */
export function readCodes(parent: XmlElement, codes: Map<string, RefiCode>): RefiCode[] {
  return childrenNamed(parent, 'Code').map((element) => {
    const rawName = element.attrs.get('name');
    const guid = readGuid(element, 'guid', `code ${quote(rawName)}`);
    if (rawName === undefined || rawName.trim() === '') {
      throw new RefiFormatError('missing_attribute', `Code ${guid} has no name.`, { element: 'Code', attribute: 'name', guid });
    }
    const key = guidKey(guid);
    const earlier = codes.get(key);
    if (earlier !== undefined) {
      throw new RefiFormatError('duplicate_guid', `Code ${quote(rawName)} uses GUID ${guid}, which code ${quote(earlier.name)} already uses.`, { guid });
    }
    // The standard requires isCodable; QualCoder and others treat a missing one as codable.
    const codable = parseXsBoolean(element.attrs.get('isCodable') ?? '') ?? true;
    const color = element.attrs.get('color')?.trim();
    const code: RefiCode = { guid, name: rawName, isCodable: codable, children: [] };
    const description = readDescription(element);
    if (description !== undefined) code.description = description;
    // A colour the schema would not accept is dropped rather than failing the whole import.
    if (color !== undefined && isColor(color)) code.color = sixDigitColor(color);
    codes.set(key, code);
    code.children = readCodes(element, codes);
    return code;
  });
}

/** Checks the root element's name and namespace; `kind` is 'codebook' or 'project'. */
export function requireRoot(root: XmlElement, kind: 'codebook' | 'project', what: string): void {
  const expected = kind === 'codebook' ? 'CodeBook' : 'Project';
  const ns = root.namespace;
  const nsOk = ns === undefined || ns.startsWith(`urn:QDA-XML:${kind}:`);
  if (root.name === expected && nsOk) return;
  const code = kind === 'codebook' ? 'not_a_codebook' : 'not_a_project';
  if (kind === 'codebook' && root.name === 'Project') {
    throw new RefiFormatError(code, 'This file is a REFI-QDA project, not a codebook: import it as a project (.qdpx).', { root: root.name });
  }
  if (kind === 'project' && root.name === 'CodeBook') {
    throw new RefiFormatError(code, `The ${what} is a REFI-QDA codebook, not a project: import it as a codebook (.qdc).`, { root: root.name });
  }
  const found = nsOk ? `its root element is <${root.name}>` : `its namespace is ${quote(ns)}`;
  const label = kind === 'codebook' ? 'REFI-QDA codebook (.qdc)' : 'REFI-QDA project';
  throw new RefiFormatError(code, `The ${what} is not a ${label}: ${found}.`, { root: root.name, namespace: ns ?? '' });
}

/** Reads a REFI-QDA codebook (`.qdc`) into a code tree. */
export function parseCodebookXml(xml: string): RefiCode[] {
  if (typeof xml !== 'string' || xml.trim() === '') {
    throw new RefiFormatError('not_a_codebook', 'The file is empty, not a REFI-QDA codebook (.qdc).');
  }
  const root = parseXmlDocument(xml, 'codebook');
  requireRoot(root, 'codebook', 'file');
  const codesElement = firstChild(root, 'Codes');
  if (codesElement === undefined) {
    throw new RefiFormatError('not_a_codebook', 'The codebook has no <Codes> element.', { root: root.name });
  }
  return readCodes(codesElement, new Map());
}
