// Inter-coder agreement for the qualitative coding of sources (DESIGN.md, "Evidence"). Pure
// functions over nominal data: an analyst checks whether two or more coders apply the typology
// the same way before the codes are used in a case or cross-case report.
//
// Degenerate cases return null rather than a number that looks like a finding: an empty table,
// and a table without any variation (every value the same category), where chance agreement is 1
// and kappa and alpha are 0/0. Percent agreement stays defined there (it is 1).

/** The category each of two coders gave one unit, e.g. ['yes', 'no'] or ['PRO', 'ORG']. */
export type CategoryPair = readonly [string, string];

/** Share of units on which both coders chose the same category; null for no units. */
export function percentAgreement(pairs: readonly CategoryPair[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter(([a, b]) => a === b).length / pairs.length;
}

/**
 * Cohen's kappa for two coders over nominal categories: (po - pe) / (1 - pe), with po the observed
 * agreement and pe = Σ_c pA(c)·pB(c) from each coder's own marginal distribution.
 *
 * pe = 1 happens only when both coders used one and the same category for every unit (so po = 1
 * too, e.g. a code that neither coder ever applied): kappa is undefined there and this returns null.
 * Null for no units as well.
 */
export function cohensKappa(pairs: readonly CategoryPair[]): number | null {
  const po = percentAgreement(pairs);
  if (po === null) return null;
  const n = pairs.length;
  const a = countBy(pairs.map((p) => p[0]));
  const b = countBy(pairs.map((p) => p[1]));
  let pe = 0;
  for (const [category, countA] of a) pe += (countA / n) * ((b.get(category) ?? 0) / n);
  if (pe >= 1) return null;
  return (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed.
 *
 * `units` has one array per unit with one entry per coder (null where that coder gave no value).
 * Units with fewer than two values cannot be paired and are dropped. From the rest the coincidence
 * matrix is built: every ordered pair of values (i, j), i ≠ j, within a unit with m values adds
 * 1/(m - 1) to o[c_i][c_j]. With n_c = Σ_k o_ck and n = Σ_c n_c (the number of pairable values):
 *
 *   D_o = (1/n) Σ_c Σ_{k≠c} o_ck,   D_e = (1/(n(n-1))) Σ_c Σ_{k≠c} n_c n_k,   alpha = 1 - D_o / D_e.
 *
 * Null when nothing is pairable or when all pairable values are one category (D_e = 0).
 */
export function krippendorffAlpha(units: readonly (readonly (string | null)[])[]): number | null {
  const coincidences = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    const row = coincidences.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    coincidences.set(c, row);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  let n = 0;
  let disagreement = 0;
  const marginals: number[] = [];
  for (const [c, row] of coincidences) {
    let nc = 0;
    for (const [k, o] of row) {
      nc += o;
      if (k !== c) disagreement += o;
    }
    marginals.push(nc);
    n += nc;
  }
  if (n === 0) return null;
  // Σ_c Σ_{k≠c} n_c n_k = n² - Σ_c n_c²
  const expectedPairs = n * n - marginals.reduce((sum, nc) => sum + nc * nc, 0);
  if (expectedPairs <= 1e-9 * n * n) return null;
  const observed = disagreement / n;
  const expected = expectedPairs / (n * (n - 1));
  return 1 - observed / expected;
}

/** One code applied by one coder to one unit. */
export interface Coding {
  unitId: string;
  coderId: string;
  code: string;
}

export interface TwoCoderCodeAgreement {
  code: string;
  units: number;
  percentAgreement: number;
  /** null when neither coder applied the code to any unit, or both applied it to every unit. */
  kappa: number | null;
}

export interface ManyCoderCodeAgreement {
  code: string;
  units: number;
  /** Share of units on which all coders made the same presence/absence decision. */
  percentAgreement: number;
  /** null when the code was applied by nobody anywhere, or by everybody everywhere. */
  alpha: number | null;
}

export type AgreementReport =
  | {
      method: 'kappa';
      coders: string[];
      units: number;
      byCode: TwoCoderCodeAgreement[];
      /** Mean over the codes whose kappa is defined; null when none is. */
      meanKappa: number | null;
      /** Share of all unit × code decisions on which the coders agree. */
      percentAgreement: number | null;
    }
  | {
      method: 'alpha';
      coders: string[];
      units: number;
      byCode: ManyCoderCodeAgreement[];
      /** Mean over the codes whose alpha is defined; null when none is. */
      meanAlpha: number | null;
      /** Share of all unit × code decisions on which all coders agree. */
      percentAgreement: number | null;
    };

export interface AgreementOptions {
  /** All units the coders judged, including ones nobody coded; defaults to the units in `codings`. */
  units?: readonly string[];
  /** The codes to report on, e.g. the whole codebook; defaults to the codes in `codings`. */
  codes?: readonly string[];
}

/**
 * Agreement per code as a presence/absence decision per unit: for every unit and code, each coder
 * either applied the code ('yes') or did not ('no').
 *
 * The caller decides what a unit is: the sentences of a source (the units `suggestForSentences`
 * produces), fixed segments, or whole sources when the question is "does this source show this
 * indicator". Every listed coder is taken to have judged every unit, so a missing coding counts as
 * 'no', never as a missing value; pass `options.units` so that units nobody coded count as agreement
 * on 'no'. Two coders give Cohen's kappa per code, more give Krippendorff's alpha.
 */
export function agreementByCode(codings: readonly Coding[], coders: readonly string[], options: AgreementOptions = {}): AgreementReport {
  if (coders.length < 2) throw new RangeError('Agreement needs at least two coders.');
  if (new Set(coders).size !== coders.length) throw new RangeError('Each coder may be listed once.');
  const coderSet = new Set(coders);
  const stranger = codings.find((c) => !coderSet.has(c.coderId));
  if (stranger) throw new RangeError(`Coding by ${stranger.coderId}, who is not among the coders.`);

  const units = unique([...(options.units ?? []), ...codings.map((c) => c.unitId)]);
  const codes = unique([...(options.codes ?? []), ...codings.map((c) => c.code)]);
  const applied = new Set(codings.map((c) => key(c.unitId, c.coderId, c.code)));
  const decisions = (code: string) => units.map((u) => coders.map((coder) => (applied.has(key(u, coder, code)) ? 'yes' : 'no')));
  const allAgree = (row: string[]) => row.every((v) => v === row[0]);

  let agreed = 0;
  let total = 0;
  const perCode = codes.map((code) => {
    const rows = decisions(code);
    const agreeing = rows.filter(allAgree).length;
    agreed += agreeing;
    total += rows.length;
    return { code, rows, percentAgreement: rows.length ? agreeing / rows.length : 1 };
  });
  const overallPercent = total ? agreed / total : null;

  if (coders.length === 2) {
    const byCode = perCode.map(({ code, rows, percentAgreement: pa }) => ({
      code,
      units: rows.length,
      percentAgreement: pa,
      kappa: cohensKappa(rows.map((r) => [r[0]!, r[1]!] as const)),
    }));
    return { method: 'kappa', coders: [...coders], units: units.length, byCode, meanKappa: mean(byCode.map((c) => c.kappa)), percentAgreement: overallPercent };
  }
  const byCode = perCode.map(({ code, rows, percentAgreement: pa }) => ({ code, units: rows.length, percentAgreement: pa, alpha: krippendorffAlpha(rows) }));
  return { method: 'alpha', coders: [...coders], units: units.length, byCode, meanAlpha: mean(byCode.map((c) => c.alpha)), percentAgreement: overallPercent };
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function key(...parts: string[]): string {
  return JSON.stringify(parts);
}

function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
}
