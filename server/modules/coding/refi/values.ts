import type { RefiVariableType } from './types.js';

/** GUIDType of both schemas: 8-4-4-4-12 hex digits, optionally in braces. */
const GUID =
  /^(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** The GUID as we keep it: braces dropped, case kept (so our own exports round-trip byte for byte). */
export function canonicalGuid(value: string): string {
  return value.startsWith('{') ? value.slice(1, -1) : value;
}

/** Key for resolving a reference: GUIDs compare case-insensitively. */
export function guidKey(value: string): string {
  return canonicalGuid(value).toLowerCase();
}

const RGB = /^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$/;

export function isColor(value: string): boolean {
  return RGB.test(value);
}

/** `#RGB` → `#RRGGBB`; six digits are kept as written. */
export function sixDigitColor(value: string): string {
  if (value.length !== 4) return value;
  return `#${[...value.slice(1)].map((c) => c + c).join('')}`;
}

const TZ = '(Z|[+-](0\\d|1[0-3]):[0-5]\\d|[+-]14:00)?';
const DATE = '-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const TIME = '(([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?|24:00:00(\\.0+)?)';
const DATE_TIME_RE = new RegExp(`^${DATE}T${TIME}${TZ}$`);
const DATE_RE = new RegExp(`^${DATE}${TZ}$`);

/** xs:dateTime lexical form. */
export function isDateTime(value: string): boolean {
  return DATE_TIME_RE.test(value);
}

/** xs:boolean lexical form. */
export function parseXsBoolean(value: string): boolean | undefined {
  const v = value.trim();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
}

export const VARIABLE_TYPES: readonly RefiVariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];

/** The element that carries a value of this variable type inside `VariableValue`. */
export const VALUE_ELEMENT: Record<RefiVariableType, string> = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
  DateTime: 'DateTimeValue',
};

/** Whether `value` is in the lexical form the schema requires for this type (Float is xs:decimal: no exponent). */
export function isValidVariableValue(type: RefiVariableType, value: string): boolean {
  switch (type) {
    case 'Text':
      return true;
    case 'Boolean':
      return parseXsBoolean(value) !== undefined;
    case 'Integer':
      return /^\s*[+-]?\d+\s*$/.test(value);
    case 'Float':
      return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value);
    case 'Date':
      return DATE_RE.test(value.trim());
    case 'DateTime':
      return isDateTime(value.trim());
  }
}
