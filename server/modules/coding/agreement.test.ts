import { describe, expect, it } from 'vitest';
import { agreementByCode, type CategoryPair, cohensKappa, krippendorffAlpha, percentAgreement } from './agreement.js';

/** Expands a contingency table { 'a|b': count } into one pair per unit. */
function table(cells: Record<string, number>): CategoryPair[] {
  return Object.entries(cells).flatMap(([cell, count]) => {
    const [a, b] = cell.split('|') as [string, string];
    return Array.from({ length: count }, () => [a, b] as const);
  });
}

describe('percentAgreement and cohensKappa', () => {
  it('gives 0.4 for a 2x2 table with po = 0.7 and pe = 0.5', () => {
    // 20 units, presence/absence of one code:
    //              B yes  B no
    //   A yes        7      3     A: 10 yes of 20 = 0.5
    //   A no         3      7     B: 10 yes of 20 = 0.5
    // po = (7 + 7) / 20 = 0.7
    // pe = 0.5·0.5 (yes) + 0.5·0.5 (no) = 0.5
    // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.2 / 0.5 = 0.4
    const pairs = table({ 'yes|yes': 7, 'yes|no': 3, 'no|yes': 3, 'no|no': 7 });
    expect(percentAgreement(pairs)).toBeCloseTo(0.7, 12);
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 12);
  });

  it('uses each coder’s own marginals (unequal marginals)', () => {
    // 50 units:    B yes  B no
    //   A yes       20      5     A yes = 25/50 = 0.5
    //   A no        10     15     B yes = 30/50 = 0.6
    // po = 35/50 = 0.7;  pe = 0.5·0.6 + 0.5·0.4 = 0.5;  kappa = 0.2 / 0.5 = 0.4
    const pairs = table({ 'yes|yes': 20, 'yes|no': 5, 'no|yes': 10, 'no|no': 15 });
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 12);
  });

  it('handles three categories', () => {
    // 30 units coded into a domain:
    //              B PRO  B ORG  B COL   (row total)
    //   A PRO        8      1      1       10
    //   A ORG        2      6      2       10
    //   A COL        0      2      8       10
    //   (col)       10      9     11       30
    // po = (8 + 6 + 8) / 30 = 22/30
    // pe = (10·10 + 10·9 + 10·11) / 30² = 300/900 = 1/3
    // kappa = (22/30 - 10/30) / (1 - 10/30) = (12/30) / (20/30) = 0.6
    const pairs = table({
      'PRO|PRO': 8,
      'PRO|ORG': 1,
      'PRO|COL': 1,
      'ORG|PRO': 2,
      'ORG|ORG': 6,
      'ORG|COL': 2,
      'COL|ORG': 2,
      'COL|COL': 8,
    });
    expect(percentAgreement(pairs)).toBeCloseTo(22 / 30, 12);
    expect(cohensKappa(pairs)).toBeCloseTo(0.6, 12);
  });

  it('is 1 for perfect agreement with variation, and below 0 for systematic disagreement', () => {
    expect(cohensKappa(table({ 'yes|yes': 3, 'no|no': 5 }))).toBe(1);
    // po = 0, pe = 0.5·0.5 + 0.5·0.5 = 0.5 → kappa = -0.5 / 0.5 = -1
    expect(cohensKappa(table({ 'yes|no': 4, 'no|yes': 4 }))).toBeCloseTo(-1, 12);
  });

  it('returns null where kappa is undefined: no units, or one category for everything (pe = 1)', () => {
    expect(percentAgreement([])).toBeNull();
    expect(cohensKappa([])).toBeNull();
    const neverApplied = table({ 'no|no': 12 });
    expect(percentAgreement(neverApplied)).toBe(1);
    expect(cohensKappa(neverApplied)).toBeNull();
  });
});

describe('krippendorffAlpha', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", nominal example:
  // 4 observers, 12 units, '.' = missing.
  //   unit:  1  2  3  4  5  6  7  8  9 10 11 12
  //   A      1  2  3  3  2  1  4  1  2  .  .  .
  //   B      1  2  3  3  2  2  4  1  2  5  .  3
  //   C      .  3  3  3  2  3  4  2  2  5  1  .
  //   D      1  2  3  3  2  4  4  1  2  5  1  .
  // By hand. Each ordered pair of values within a unit of m values adds 1/(m-1) to o[c][k].
  //   u1  {1,1,1}      m=3: 6 pairs (1,1) × 1/2          → o11 += 3
  //   u2  {2,2,3,2}    m=4: (2,2) 6×, (2,3) 3×, (3,2) 3× × 1/3 → o22 += 2, o23 += 1, o32 += 1
  //   u3  {3,3,3,3}    12 pairs × 1/3                    → o33 += 4
  //   u4  same                                           → o33 += 4
  //   u5  {2,2,2,2}                                      → o22 += 4
  //   u6  {1,2,3,4}    12 pairs, all off-diagonal, × 1/3 → o12 o13 o14 o21 o23 o24 o31 o32 o34 o41 o42 o43 += 1/3 each
  //   u7  {4,4,4,4}                                      → o44 += 4
  //   u8  {1,1,2,1}    (1,1) 6×, (1,2) 3×, (2,1) 3× × 1/3 → o11 += 2, o12 += 1, o21 += 1
  //   u9  {2,2,2,2}                                      → o22 += 4
  //   u10 {5,5,5}      m=3                               → o55 += 3
  //   u11 {1,1}        m=2: 2 pairs × 1                  → o11 += 2
  //   u12 {3}          one value: not pairable, dropped
  // Coincidence matrix and marginals:
  //        1     2     3     4    5  | n_c
  //   1    7    4/3   1/3   1/3   0  |  9
  //   2   4/3   10    4/3   1/3   0  | 13
  //   3   1/3   4/3    8    1/3   0  | 10
  //   4   1/3   1/3   1/3    4    0  |  5
  //   5    0     0     0     0    3  |  3
  // n = 40 pairable values; diagonal 7+10+8+4+3 = 32, so Σ_c Σ_k≠c o_ck = 8.
  // Σ_c Σ_k≠c n_c n_k = n² - Σ n_c² = 1600 - (81 + 169 + 100 + 25 + 9) = 1600 - 384 = 1216.
  // D_o = 8/40 = 0.2;  D_e = 1216 / (40·39) = 1216/1560
  // alpha = 1 - D_o/D_e = 1 - (39 · 8) / 1216 = 1 - 312/1216 = 904/1216 ≈ 0.7434 (the paper: 0.743)
  const A = ['1', '2', '3', '3', '2', '1', '4', '1', '2', null, null, null];
  const B = ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', null, '3'];
  const C = [null, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', null];
  const D = ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', null];
  const units = A.map((_, u) => [A[u]!, B[u]!, C[u]!, D[u]!].map((v) => v ?? null));

  it('reproduces the 4-coder, 12-unit nominal example with missing values', () => {
    expect(krippendorffAlpha(units)).toBeCloseTo(904 / 1216, 12);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });

  it('drops units with fewer than two values', () => {
    expect(krippendorffAlpha([...units, ['1', null, null, null], [null, null, null, null]])).toBeCloseTo(904 / 1216, 12);
  });

  it('is close to Scott’s pi for two coders without missing data', () => {
    // The 50-unit yes/no table above (20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no).
    // Scott's pi pools both coders: yes = (25 + 30)/100 = 0.55, pe = 0.55² + 0.45² = 0.505,
    //   pi = (0.7 - 0.505) / (1 - 0.505) = 0.195/0.495 ≈ 0.39394.
    // Alpha: n = 100 values, n_yes = 55, n_no = 45; each of the 15 disagreeing units adds 1 to
    //   o_yes,no and 1 to o_no,yes → off-diagonal 30.
    //   alpha = 1 - (n-1)·30 / (n² - 55² - 45²) = 1 - 99·30/4950 = 1 - 0.6 = 0.4.
    // In general alpha = pi + (1 - pi)/n, here 0.39394 + 0.60606/100 = 0.4.
    const pairs = table({ 'yes|yes': 20, 'yes|no': 5, 'no|yes': 10, 'no|no': 15 });
    const pi = (0.7 - 0.505) / (1 - 0.505);
    const alpha = krippendorffAlpha(pairs.map((p) => [...p]));
    expect(alpha).toBeCloseTo(0.4, 12);
    expect(alpha).toBeCloseTo(pi + (1 - pi) / 100, 12);
    expect(Math.abs(alpha! - pi)).toBeLessThan(0.01);
  });

  it('returns null when nothing is pairable or there is no variation', () => {
    expect(krippendorffAlpha([])).toBeNull();
    expect(
      krippendorffAlpha([
        ['a', null],
        [null, 'b'],
      ]),
    ).toBeNull();
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['a', 'a', null],
      ]),
    ).toBeNull();
  });
});

describe('agreementByCode', () => {
  // Units are the four sentences of one interview; two coders:
  //   sentence   A                          B
  //   s1         PRO.language               PRO.language
  //   s2         ORG.shared                 ORG.shared
  //   s3         PRO.language, ORG.shared   ORG.shared
  //   s4         -                          PRO.language
  // PRO.language (A, B): yes-yes, no-no, yes-no, no-yes → po = 2/4 = 0.5, pe = 0.5·0.5 + 0.5·0.5 = 0.5, kappa = 0
  // ORG.shared:          no-no, yes-yes, yes-yes, no-no → po = 1, pe = 0.5, kappa = 1
  // COL.network (in the codebook, used by nobody): po = 1, kappa undefined (null)
  // mean kappa over defined codes = (0 + 1)/2 = 0.5; decisions agreed overall = (2 + 4 + 4)/12
  const two = [
    { unitId: 's1', coderId: 'A', code: 'PRO.language' },
    { unitId: 's1', coderId: 'B', code: 'PRO.language' },
    { unitId: 's2', coderId: 'A', code: 'ORG.shared' },
    { unitId: 's2', coderId: 'B', code: 'ORG.shared' },
    { unitId: 's3', coderId: 'A', code: 'PRO.language' },
    { unitId: 's3', coderId: 'A', code: 'ORG.shared' },
    { unitId: 's3', coderId: 'B', code: 'ORG.shared' },
    { unitId: 's4', coderId: 'B', code: 'PRO.language' },
  ];

  it('gives percent agreement and kappa per code for two coders', () => {
    const report = agreementByCode(two, ['A', 'B'], { codes: ['PRO.language', 'ORG.shared', 'COL.network'] });
    expect(report.method).toBe('kappa');
    if (report.method !== 'kappa') return;
    expect(report.units).toBe(4);
    expect(report.byCode).toEqual([
      { code: 'PRO.language', units: 4, percentAgreement: 0.5, kappa: 0 },
      { code: 'ORG.shared', units: 4, percentAgreement: 1, kappa: 1 },
      { code: 'COL.network', units: 4, percentAgreement: 1, kappa: null },
    ]);
    expect(report.meanKappa).toBeCloseTo(0.5, 12);
    expect(report.percentAgreement).toBeCloseTo(10 / 12, 12);
  });

  it('counts units nobody coded as agreement on absence when the caller lists them', () => {
    // A fifth sentence without codes: PRO.language becomes y/y, n/n, y/n, n/y, n/n →
    // po = 3/5 = 0.6, A yes 2/5, B yes 2/5, pe = 0.4·0.4 + 0.6·0.6 = 0.52, kappa = 0.08/0.48 = 1/6
    const report = agreementByCode(two, ['A', 'B'], { units: ['s1', 's2', 's3', 's4', 's5'] });
    if (report.method !== 'kappa') throw new Error('expected kappa');
    const language = report.byCode.find((c) => c.code === 'PRO.language')!;
    expect(language.units).toBe(5);
    expect(language.percentAgreement).toBeCloseTo(0.6, 12);
    expect(language.kappa).toBeCloseTo(1 / 6, 12);
  });

  it('gives Krippendorff’s alpha per code for three coders', () => {
    // One code over four sentences:  A: y n y n   B: y n n y   C: y n y n
    //   s1 {y,y,y}: 6 pairs × 1/2 → o_yy += 3        s2 {n,n,n}: o_nn += 3
    //   s3 {y,n,y}: (y,y) 2×, (y,n) 2×, (n,y) 2× × 1/2 → o_yy += 1, o_yn += 1, o_ny += 1
    //   s4 {n,y,n}: o_nn += 1, o_ny += 1, o_yn += 1
    // o_yy = 4, o_nn = 4, off-diagonal 4; n_y = 6, n_n = 6, n = 12
    // alpha = 1 - (12 - 1)·4 / (144 - 36 - 36) = 1 - 44/72 = 7/18 ≈ 0.389
    // all three agree on s1 and s2 → 2/4
    const codings = [
      ...['s1', 's3'].map((unitId) => ({ unitId, coderId: 'A', code: 'INT.systems' })),
      ...['s1', 's4'].map((unitId) => ({ unitId, coderId: 'B', code: 'INT.systems' })),
      ...['s1', 's3'].map((unitId) => ({ unitId, coderId: 'C', code: 'INT.systems' })),
    ];
    const report = agreementByCode(codings, ['A', 'B', 'C'], { units: ['s1', 's2', 's3', 's4'] });
    expect(report.method).toBe('alpha');
    if (report.method !== 'alpha') return;
    expect(report.byCode).toHaveLength(1);
    expect(report.byCode[0]!.alpha).toBeCloseTo(7 / 18, 12);
    expect(report.byCode[0]!.percentAgreement).toBe(0.5);
    expect(report.meanAlpha).toBeCloseTo(7 / 18, 12);
    expect(report.percentAgreement).toBe(0.5);
  });

  it('refuses fewer than two coders and codings by someone not listed', () => {
    expect(() => agreementByCode(two, ['A'])).toThrow(RangeError);
    expect(() => agreementByCode(two, ['A', 'C'])).toThrow(/B/);
    expect(() => agreementByCode(two, ['A', 'A'])).toThrow(RangeError);
  });
});
