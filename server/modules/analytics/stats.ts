// The statistics of the analytics, pure. The distributions come from stdlib (`@stdlib/stats-base-dists-*`):
// small single-purpose packages with published accuracy tests, among them the exact null distribution of
// the signed-rank statistic, which jstat and simple-statistics do not offer. The tests themselves are
// written out here because the database hands us histograms (value → how many people), not raw vectors,
// and because the choices (zeros, ties, continuity, which effect size) must be visible, not defaults.
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import signrankCdf from '@stdlib/stats-base-dists-signrank-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** A value and how many people have it: the form in which the database returns distributions. */
export interface Weighted {
  value: number;
  count: number;
}

/** Turns a plain list into a histogram (equal values merged). */
export function histogram(values: readonly number[]): Weighted[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

export interface Moments {
  n: number;
  mean: number | null;
  /** sample standard deviation (n − 1); null below two people */
  sd: number | null;
}

export function describe(hist: readonly Weighted[]): Moments {
  let n = 0;
  let sum = 0;
  for (const { value, count } of hist) {
    n += count;
    sum += value * count;
  }
  if (n === 0) return { n, mean: null, sd: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null };
  let ss = 0;
  for (const { value, count } of hist) ss += count * (value - mean) ** 2;
  return { n, mean, sd: Math.sqrt(ss / (n - 1)) };
}

/** The same from running sums (n, Σx, Σx²), as the pre-aggregated facts keep them for levels. */
export function describeSums(n: number, sum: number, sumOfSquares: number): Moments {
  if (n === 0) return { n, mean: null, sd: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null };
  // the sums are whole numbers of 1/2520ths, so this difference is exact until it is divided
  return { n, mean, sd: Math.sqrt(Math.max(0, sumOfSquares - (sum * sum) / n) / (n - 1)) };
}

/** The two-sided 95% t-interval of a mean: mean ± t(0.975, n − 1) · sd / √n. */
export function tInterval95(m: Moments): [number, number] | null {
  if (m.mean === null || m.sd === null) return null;
  const half = tQuantile(0.975, m.n - 1) * (m.sd / Math.sqrt(m.n));
  return [m.mean - half, m.mean + half];
}

export interface SignedRankTest {
  /** people with a non-zero difference (zeros are dropped before ranking) */
  n: number;
  /** V: the sum of the ranks of the positive differences, as R's wilcox.test reports it */
  v: number;
  /** exact null distribution, or the normal approximation with tie and continuity correction */
  method: 'exact' | 'normal';
  /** standardised statistic of the normal approximation (continuity corrected); null when exact */
  z: number | null;
  /** two-sided p-value; null when no difference is non-zero */
  p: number | null;
  /** matched-pairs rank-biserial correlation (T+ − T−) / (T+ + T−), in [−1, 1] (Kerby 2014) */
  rankBiserial: number | null;
}

/**
 * Wilcoxon signed-rank test, two-sided, on paired differences, decided as R's `wilcox.test(x, y, paired = TRUE)`
 * does by default: zeros are dropped; the exact distribution is used when fewer than 50 differences remain and
 * there were neither ties nor zeros; otherwise the normal approximation with the tie correction of the variance
 * and a continuity correction of 0.5 towards the mean.
 */
export function wilcoxonSignedRank(diffs: readonly Weighted[]): SignedRankTest {
  const hadZeros = diffs.some((d) => d.value === 0 && d.count > 0);
  // ranks are given to absolute values; + and − of one size share a rank, so group them by magnitude
  const bySize = new Map<number, { pos: number; neg: number }>();
  for (const { value, count } of diffs) {
    if (value === 0 || count <= 0) continue;
    const size = bySize.get(Math.abs(value)) ?? { pos: 0, neg: 0 };
    if (value > 0) size.pos += count;
    else size.neg += count;
    bySize.set(Math.abs(value), size);
  }
  const sizes = [...bySize].sort((a, b) => a[0] - b[0]);
  let n = 0;
  let v = 0;
  let tieSum = 0; // Σ (t³ − t) over groups of tied ranks
  for (const [, { pos, neg }] of sizes) {
    const t = pos + neg;
    const midrank = n + (t + 1) / 2;
    v += pos * midrank;
    tieSum += t ** 3 - t;
    n += t;
  }
  if (n === 0) return { n, v, method: 'normal', z: null, p: null, rankBiserial: null };
  const total = (n * (n + 1)) / 2;
  const rankBiserial = (v - (total - v)) / total;
  const ties = tieSum > 0;
  if (n < 50 && !ties && !hadZeros) {
    // P(V ≥ v) = 1 − P(V ≤ v − 1); the distribution is symmetric around n(n+1)/4
    const oneSided = v > total / 2 ? 1 - signrankCdf(v - 1, n) : signrankCdf(v, n);
    return { n, v, method: 'exact', z: null, p: Math.min(1, 2 * oneSided), rankBiserial };
  }
  const centred = v - total / 2;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48);
  if (sigma === 0) return { n, v, method: 'normal', z: null, p: null, rankBiserial };
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  const p = Math.min(1, 2 * Math.min(normalCdf(z, 0, 1), 1 - normalCdf(z, 0, 1)));
  return { n, v, method: 'normal', z, p, rankBiserial };
}

export interface PairedChange {
  /** people with a value at both moments */
  n: number;
  meanFrom: number | null;
  meanTo: number | null;
  meanChange: number | null;
  /** t-interval of the paired differences */
  ci95: [number, number] | null;
  wilcoxon: SignedRankTest;
  /** Cohen's d_z: mean difference / standard deviation of the differences */
  cohenDz: number | null;
}

/**
 * Change of the same people between two moments, from the histogram of their differences (to − from) and the
 * sums of their values at both moments (which the histogram alone does not give).
 */
export function pairedChange(diffs: readonly Weighted[], sumFrom: number, sumTo: number): PairedChange {
  const m = describe(diffs);
  return {
    n: m.n,
    meanFrom: m.n ? sumFrom / m.n : null,
    meanTo: m.n ? sumTo / m.n : null,
    meanChange: m.mean,
    ci95: tInterval95(m),
    wilcoxon: wilcoxonSignedRank(diffs),
    cohenDz: m.mean !== null && m.sd ? m.mean / m.sd : null,
  };
}

/** The same, from the two lists of one person's values, in the same order (a convenience for small data). */
export function pairedChangeOf(from: readonly number[], to: readonly number[]): PairedChange {
  if (from.length !== to.length) throw new Error('paired values need the same length');
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return pairedChange(histogram(to.map((t, i) => t - from[i]!)), sum(from), sum(to));
}

export interface DifferenceInDifferences {
  /** participants' mean change minus the comparison group's mean change */
  estimate: number | null;
  /** Welch interval: estimate ± t(0.975, ν) · √(s₁²/n₁ + s₂²/n₂), ν by Welch–Satterthwaite */
  ci95: [number, number] | null;
  df: number | null;
  p: number | null;
}

/**
 * Difference in differences between two independent groups of paired changes (participants and colleagues who
 * did not take part): Welch's two-sample t on the individual changes, which is the difference in differences
 * with a standard error that does not assume equal variances.
 */
export function differenceInDifferences(participants: readonly Weighted[], comparison: readonly Weighted[]): DifferenceInDifferences {
  const a = describe(participants);
  const b = describe(comparison);
  if (a.mean === null || b.mean === null) return { estimate: null, ci95: null, df: null, p: null };
  const estimate = a.mean - b.mean;
  if (a.sd === null || b.sd === null) return { estimate, ci95: null, df: null, p: null };
  const va = a.sd ** 2 / a.n;
  const vb = b.sd ** 2 / b.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { estimate, ci95: null, df: null, p: null };
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const half = tQuantile(0.975, df) * se;
  const t = estimate / se;
  return { estimate, ci95: [estimate - half, estimate + half], df, p: 2 * (1 - tCdf(Math.abs(t), df)) };
}

export interface GainsHeld {
  /** people who rose between the baseline and T1 and answered at the later moment */
  gained: number;
  /** of them, those still above their baseline at the later moment */
  held: number;
  share: number | null;
}

/**
 * Whether a T1 gain lasts: of the people whose value at T1 is above their baseline (T0), the share whose value
 * at the later moment (T2 or T3) is still above that baseline. People without a later answer are left out of
 * both counts rather than counted as lost: drop-out is reported beside it.
 */
export function gainsHeld(people: ReadonlyArray<{ baseline: number; t1: number; later: number | null }>): GainsHeld {
  let gained = 0;
  let held = 0;
  for (const p of people) {
    if (p.t1 <= p.baseline || p.later === null) continue;
    gained += 1;
    if (p.later > p.baseline) held += 1;
  }
  return { gained, held, share: gained ? held / gained : null };
}
