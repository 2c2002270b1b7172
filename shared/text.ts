/**
 * Text folded for comparing names: lower case, no accents, punctuation and spacing reduced to single
 * spaces ("Stedelijke Scholengemeenschap  Nijmegen" = "stedelijke scholengemeenschap nijmegen").
 */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
