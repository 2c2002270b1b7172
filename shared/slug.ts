// The readable part of a product's public address (/p/<slug>): made once from the title and never
// changed afterwards, so that printed and shared links keep working when the title is edited.

export const SLUG_MAX = 60;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(title: string): string {
  const plain = title
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[œŒ]/g, 'oe')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= SLUG_MAX) return plain || 'product';
  // cut at a word boundary when one is reasonably close, so the address still reads as words
  const cut = plain.slice(0, SLUG_MAX + 1);
  const lastDash = cut.lastIndexOf('-');
  return cut.slice(0, lastDash > 20 ? lastDash : SLUG_MAX).replace(/-+$/, '');
}

/** The first of `base`, `base-2`, `base-3`, ... that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
