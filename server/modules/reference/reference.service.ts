import type { ReferenceView, TermView } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as q from './reference.queries.js';

/** Labels of sectors, actions, activity types, levels, roles, moments and the shared codebooks, in nl and en. */
export async function getReference(deps: Deps): Promise<ReferenceView> {
  const [terms, books] = await Promise.all([q.listReferenceTerms(deps.db), q.listSharedCodebooks(deps.db)]);
  const codes = await q.listCodesOfCodebooks(
    deps.db,
    books.map((b) => b.id),
  );
  const byKind: Record<string, TermView[]> = {};
  for (const t of terms) {
    byKind[t.kind] ??= [];
    byKind[t.kind]!.push({ code: t.code, parent: t.parent_code, nl: t.label_nl, en: t.label_en });
  }
  return {
    terms: byKind,
    codebooks: books.map((b) => ({
      id: b.id,
      key: b.key,
      kind: b.kind,
      nl: b.name_nl,
      en: b.name_en,
      codes: codes
        .filter((c) => c.codebook_id === b.id)
        .map((c) => ({ id: c.id, key: c.key, parentKey: c.parent_key, nl: c.name_nl, en: c.name_en, color: c.color })),
    })),
  };
}
