/**
 * A small XML Schema checker for the tests, enough for the two QDA-XML schemas (sequences,
 * choices, occurrences, attributes, patterns, enumerations and the built-in types they use), so
 * CI can check our output against the official .xsd without xmllint.
 */
import { RefiFormatError } from './errors.js';
import { parseXmlDocument, type XmlElement } from './xml.js';

interface ElementDecl {
  kind: 'element';
  name: string;
  type: string;
  min: number;
  max: number;
}
interface Group {
  kind: 'sequence' | 'choice';
  min: number;
  max: number;
  items: Particle[];
}
type Particle = ElementDecl | Group;

export interface AttributeDecl {
  name: string;
  type: string;
  required: boolean;
}
interface ComplexType {
  particle: Group | undefined;
  attributes: AttributeDecl[];
  childTypes: Map<string, string>;
}
interface SimpleType {
  base: string;
  patterns: RegExp[];
  enumeration: string[];
}

export interface Xsd {
  targetNamespace: string;
  elements: Map<string, string>;
  complex: Map<string, ComplexType>;
  simple: Map<string, SimpleType>;
}

const occurs = (el: XmlElement, attr: 'minOccurs' | 'maxOccurs'): number => {
  const v = el.attrs.get(attr);
  if (v === undefined) return 1;
  return v === 'unbounded' ? Number.POSITIVE_INFINITY : Number(v);
};

function readParticle(el: XmlElement): Particle {
  if (el.name === 'element') {
    return {
      kind: 'element',
      name: el.attrs.get('name') ?? '',
      type: el.attrs.get('type') ?? 'xsd:string',
      min: occurs(el, 'minOccurs'),
      max: occurs(el, 'maxOccurs'),
    };
  }
  if (el.name === 'sequence' || el.name === 'choice') {
    return {
      kind: el.name,
      min: occurs(el, 'minOccurs'),
      max: occurs(el, 'maxOccurs'),
      items: el.children.filter((c) => c.name !== 'annotation').map(readParticle),
    };
  }
  throw new Error(`xsd-check: unsupported particle ${el.name}`);
}

function collectChildTypes(p: Particle | undefined, into: Map<string, string>): void {
  if (p === undefined) return;
  if (p.kind === 'element') into.set(p.name, p.type);
  else for (const item of p.items) collectChildTypes(item, into);
}

export function loadXsd(text: string): Xsd {
  const root = parseXmlDocument(text, 'schema');
  const xsd: Xsd = { targetNamespace: root.attrs.get('targetNamespace') ?? '', elements: new Map(), complex: new Map(), simple: new Map() };
  for (const child of root.children) {
    const name = child.attrs.get('name') ?? '';
    if (child.name === 'element') xsd.elements.set(name, child.attrs.get('type') ?? '');
    if (child.name === 'complexType') {
      const group = child.children.find((c) => c.name === 'sequence' || c.name === 'choice');
      const particle = group === undefined ? undefined : (readParticle(group) as Group);
      const attributes = child.children
        .filter((c) => c.name === 'attribute')
        .map((a) => ({ name: a.attrs.get('name') ?? '', type: a.attrs.get('type') ?? 'xsd:string', required: a.attrs.get('use') === 'required' }));
      const childTypes = new Map<string, string>();
      collectChildTypes(particle, childTypes);
      xsd.complex.set(name, { particle, attributes, childTypes });
    }
    if (child.name === 'simpleType') {
      const restriction = child.children.find((c) => c.name === 'restriction');
      xsd.simple.set(name, {
        base: restriction?.attrs.get('base') ?? 'xsd:string',
        patterns: (restriction?.children ?? []).filter((c) => c.name === 'pattern').map((c) => new RegExp(`^(?:${c.attrs.get('value') ?? ''})$`, 'u')),
        enumeration: (restriction?.children ?? []).filter((c) => c.name === 'enumeration').map((c) => c.attrs.get('value') ?? ''),
      });
    }
  }
  return xsd;
}

/** Element names of a complex type's content model, in schema order (flattened). */
export function contentOrder(xsd: Xsd, typeName: string): string[] {
  const out: string[] = [];
  const walk = (p: Particle | undefined): void => {
    if (p === undefined) return;
    if (p.kind === 'element') out.push(p.name);
    else p.items.forEach(walk);
  };
  walk(xsd.complex.get(typeName)?.particle);
  return out;
}

export function attributesOf(xsd: Xsd, typeName: string): AttributeDecl[] {
  return xsd.complex.get(typeName)?.attributes ?? [];
}

export function typeOfChild(xsd: Xsd, parentType: string, child: string): string | undefined {
  return xsd.complex.get(parentType)?.childTypes.get(child);
}

function quantifier(min: number, max: number): string {
  if (min === 1 && max === 1) return '';
  return max === Number.POSITIVE_INFINITY ? `{${min},}` : `{${min},${max}}`;
}

function particleRegex(p: Particle): string {
  if (p.kind === 'element') return `(?:<${p.name}>)${quantifier(p.min, p.max)}`;
  const parts = p.items.map(particleRegex);
  return `(?:${parts.join(p.kind === 'sequence' ? '' : '|')})${quantifier(p.min, p.max)}`;
}

const BUILTIN: Record<string, RegExp> = {
  'xsd:string': /^[\s\S]*$/,
  'xsd:token': /^[\s\S]*$/,
  'xsd:boolean': /^\s*(true|false|1|0)\s*$/,
  'xsd:integer': /^\s*[+-]?\d+\s*$/,
  'xsd:decimal': /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/,
  'xsd:date': /^\s*-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?\s*$/,
  'xsd:dateTime': /^\s*-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?\s*$/,
};

function checkSimple(xsd: Xsd, type: string, value: string, where: string, problems: string[]): void {
  const builtin = BUILTIN[type];
  if (builtin !== undefined) {
    if (!builtin.test(value)) problems.push(`${where}: ${JSON.stringify(value)} is not a valid ${type}`);
    return;
  }
  const simple = xsd.simple.get(type);
  if (simple === undefined) {
    problems.push(`${where}: unknown type ${type}`);
    return;
  }
  const v = simple.base === 'xsd:token' ? value.trim().replace(/\s+/g, ' ') : value;
  if (simple.patterns.length > 0 && !simple.patterns.some((re) => re.test(v))) problems.push(`${where}: ${JSON.stringify(value)} does not match ${type}`);
  if (simple.enumeration.length > 0 && !simple.enumeration.includes(v)) problems.push(`${where}: ${JSON.stringify(value)} is not one of ${type}`);
}

function checkElement(xsd: Xsd, el: XmlElement, type: string, path: string, problems: string[]): void {
  const complex = xsd.complex.get(type);
  if (complex === undefined) {
    if (el.children.length > 0) problems.push(`${path}: a ${type} element cannot have child elements`);
    checkSimple(xsd, type, el.text, path, problems);
    return;
  }
  for (const [name, value] of el.attrs) {
    if (name.startsWith('xsi:')) continue;
    const decl = complex.attributes.find((a) => a.name === name);
    if (decl === undefined) problems.push(`${path}: attribute ${name} is not declared on ${type}`);
    else checkSimple(xsd, decl.type, value, `${path}@${name}`, problems);
  }
  for (const decl of complex.attributes) {
    if (decl.required && !el.attrs.has(decl.name)) problems.push(`${path}: required attribute ${decl.name} is missing`);
  }
  if (el.text.trim() !== '') problems.push(`${path}: text is not allowed in ${type}`);
  const names = el.children.map((c) => `<${c.name}>`).join('');
  const model = complex.particle === undefined ? '' : particleRegex(complex.particle);
  if (!new RegExp(`^${model}$`).test(names)) {
    problems.push(`${path}: children ${el.children.map((c) => c.name).join(', ') || '(none)'} do not follow the content model of ${type}`);
  }
  el.children.forEach((child, i) => {
    const childType = complex.childTypes.get(child.name);
    if (childType !== undefined) checkElement(xsd, child, childType, `${path}/${child.name}[${i}]`, problems);
  });
}

/** Problems found validating `xml` against the schema; empty when valid. */
export function validateAgainstXsd(xsd: Xsd, xml: string): string[] {
  let root: XmlElement;
  try {
    root = parseXmlDocument(xml, 'document');
  } catch (e) {
    return [e instanceof RefiFormatError ? e.message : String(e)];
  }
  const problems: string[] = [];
  if (root.namespace !== xsd.targetNamespace) problems.push(`root namespace ${root.namespace ?? '(none)'} is not ${xsd.targetNamespace}`);
  const type = xsd.elements.get(root.name);
  if (type === undefined) return [...problems, `root element ${root.name} is not declared`];
  checkElement(xsd, root, type, `/${root.name}`, problems);
  return problems;
}
