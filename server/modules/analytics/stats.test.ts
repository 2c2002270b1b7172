import { describe as group, expect, it } from 'vitest';
import {
  describe as describeValues,
  describeSums,
  differenceInDifferences,
  gainsHeld,
  histogram,
  pairedChangeOf,
  tInterval95,
  wilcoxonSignedRank,
} from './stats.js';

// Reference values and where they come from:
// - R's documentation of wilcox.test (?wilcox.test, "Hollander & Wolfe (1973), 29f.", depression scores at the
//   first (x) and second (y) visit): wilcox.test(x, y, paired = TRUE, alternative = "greater") prints V = 40,
//   p-value = 0.01953 (one-sided; exactly 10/512, so two-sided 20/512).
// - R's documentation of t.test (?t.test), Student's sleep data (extra hours of sleep of 10 patients under two
//   drugs). Paired: t = -4.0621, df = 9, p-value = 0.002833, 95 percent CI -2.4598858 -0.7001142, mean
//   difference -1.58 (group 1 − group 2). Welch two-sample: t = -1.8608, df = 17.776, p-value = 0.07939,
//   95 percent CI -3.3654832 0.2054832, means 0.75 and 2.33.
// - Cases computed by hand, with the formula written out beside each.

const depressionX = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const depressionY = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
const sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

group('Wilcoxon signed-rank test', () => {
  it('uses the exact distribution without ties or zeros (R ?wilcox.test example)', () => {
    // differences x − y: from = y (second visit), to = x (first visit), as in wilcox.test(x, y, paired = TRUE)
    const change = pairedChangeOf(depressionY, depressionX);
    expect(change.wilcoxon.method).toBe('exact');
    expect(change.wilcoxon.n).toBe(9);
    expect(change.wilcoxon.v).toBe(40);
    // two-sided is twice R's one-sided 0.01953 = 10/512
    expect(change.wilcoxon.p).toBeCloseTo(20 / 512, 10);
    // rank-biserial (T+ − T−) / (T+ + T−): T+ = 40, T− = 45 − 40 = 5, so 35 / 45
    expect(change.wilcoxon.rankBiserial).toBeCloseTo(35 / 45, 10);
  });

  it('counts the exact lower tail when V lies below its mean (hand enumeration)', () => {
    // differences −1, −2, −3, +4: ranks 1..4, V = 4. Of the 16 sign patterns of {1,2,3,4}, the rank sums ≤ 4 are
    // {}, {1}, {2}, {3}, {4}, {1,2}, {1,3}: 7, so P(V ≤ 4) = 7/16 and the two-sided p = 14/16.
    const test = wilcoxonSignedRank(histogram([-1, -2, -3, 4]));
    expect(test).toMatchObject({ method: 'exact', n: 4, v: 4 });
    expect(test.p).toBeCloseTo(14 / 16, 12);
    expect(test.rankBiserial).toBeCloseTo((4 - 6) / 10, 12);
  });

  it('drops zeros and corrects for ties and continuity (sleep data, normal approximation)', () => {
    // differences group 2 − group 1: 1.2 2.4 1.3 1.3 0 1.0 1.8 0.8 4.6 1.4. The zero is dropped (n = 9); 1.3 is
    // tied (ranks 4 and 5 → 4.5 each). All nine are positive, so V = 45 (R prints V = 0 for group 1 − group 2).
    // z = (V − n(n+1)/4 − 0.5) / √(n(n+1)(2n+1)/24 − Σ(t³ − t)/48) = (45 − 22.5 − 0.5) / √(71.25 − 6/48)
    //   = 22 / √71.125 = 2.608624; p = 2(1 − Φ(2.608624)) = 0.009091, as R prints for this test.
    const test = pairedChangeOf(sleep1, sleep2).wilcoxon;
    expect(test).toMatchObject({ method: 'normal', n: 9, v: 45 });
    expect(test.z).toBeCloseTo(22 / Math.sqrt(71.125), 10);
    expect(test.z).toBeCloseTo(2.608624, 5);
    expect(test.p).toBeCloseTo(0.009091, 6);
    expect(test.rankBiserial).toBe(1);
  });

  it('switches to the normal approximation from 50 differences on, without ties', () => {
    // 1..60 with 1..20 negative: V = Σ21..60 = 1830 − 210 = 1620; mean n(n+1)/4 = 915;
    // variance n(n+1)(2n+1)/24 = 60·61·121/24 = 18452.5; z = (1620 − 915 − 0.5) / √18452.5 = 5.18627;
    // p = 2(1 − Φ(5.18627)) ≈ 2.1e-7 (standard normal table).
    const diffs = Array.from({ length: 60 }, (_, i) => (i < 20 ? -(i + 1) : i + 1));
    const test = wilcoxonSignedRank(histogram(diffs));
    expect(test).toMatchObject({ method: 'normal', n: 60, v: 1620 });
    expect(test.z).toBeCloseTo(704.5 / Math.sqrt(18452.5), 10);
    expect(test.z).toBeCloseTo(5.18627, 4);
    expect(test.p).toBeGreaterThan(1.9e-7);
    expect(test.p).toBeLessThan(2.3e-7);
  });

  it('has no p-value when nobody changed', () => {
    const test = wilcoxonSignedRank(histogram([0, 0, 0]));
    expect(test.n).toBe(0);
    expect(test.p).toBeNull();
  });

  it('gives the same answer from a histogram as from the list it summarises', () => {
    const list = [1, 1, 1, -1, 2, 2, 0, 0, -3, 4, 4, 4, 4];
    const hist = [
      { value: 4, count: 4 },
      { value: 1, count: 3 },
      { value: -1, count: 1 },
      { value: 0, count: 2 },
      { value: -3, count: 1 },
      { value: 2, count: 2 },
    ];
    expect(wilcoxonSignedRank(hist)).toEqual(wilcoxonSignedRank(histogram(list)));
  });
});

group('paired change', () => {
  it('gives the mean change and the t-interval of the differences (R ?t.test sleep, paired)', () => {
    const change = pairedChangeOf(sleep1, sleep2);
    expect(change.n).toBe(10);
    expect(change.meanFrom).toBeCloseTo(0.75, 10);
    expect(change.meanTo).toBeCloseTo(2.33, 10);
    expect(change.meanChange).toBeCloseTo(1.58, 10);
    // R gives the interval of group 1 − group 2; ours is group 2 − group 1, so the signs turn
    expect(change.ci95![0]).toBeCloseTo(0.7001142, 6);
    expect(change.ci95![1]).toBeCloseTo(2.4598858, 6);
    // d_z = mean / sd of the differences; Σ(d − 1.58)² = 13.616, sd = √(13.616 / 9) = 1.229995, d_z = 1.284557
    // (and t = d_z·√10 = 4.0621 as R prints)
    expect(change.cohenDz).toBeCloseTo(1.284557, 5);
    expect(change.cohenDz! * Math.sqrt(10)).toBeCloseTo(4.0621, 4);
  });

  it('has no interval for a single person and no change without people', () => {
    const one = pairedChangeOf([2], [4]);
    expect(one).toMatchObject({ n: 1, meanFrom: 2, meanTo: 4, meanChange: 2, ci95: null, cohenDz: null });
    const none = pairedChangeOf([], []);
    expect(none).toMatchObject({ n: 0, meanFrom: null, meanTo: null, meanChange: null, ci95: null });
  });

  it('finds no change when every state answer stays the same', () => {
    // the pooled-change case of issue 11: the state item 2 → 2 is no change, whatever a retrospective item says
    const change = pairedChangeOf([2, 3, 4], [2, 3, 4]);
    expect(change.meanChange).toBe(0);
    expect(change.wilcoxon.p).toBeNull();
  });
});

group('difference in differences', () => {
  it("is Welch's interval of the two groups' changes (R ?t.test sleep, Welch two-sample)", () => {
    // the sleep groups stand in for the individual changes of participants (group 1) and comparison (group 2)
    const did = differenceInDifferences(histogram(sleep1), histogram(sleep2));
    expect(did.estimate).toBeCloseTo(0.75 - 2.33, 10);
    expect(did.ci95![0]).toBeCloseTo(-3.3654832, 6);
    expect(did.ci95![1]).toBeCloseTo(0.2054832, 6);
    expect(did.df).toBeCloseTo(17.776, 3);
    expect(did.p).toBeCloseTo(0.07939, 5);
  });

  it('has no interval when a group has fewer than two people', () => {
    const did = differenceInDifferences(histogram([1, 2, 3]), histogram([1]));
    expect(did.estimate).toBe(1);
    expect(did.ci95).toBeNull();
  });
});

group('gains that hold', () => {
  it('counts, of those who rose by T1 and answered later, who are still above their baseline', () => {
    const result = gainsHeld([
      { baseline: 2, t1: 4, later: 4 }, // gained, held
      { baseline: 2, t1: 3, later: 2 }, // gained, back to baseline: not held
      { baseline: 3, t1: 5, later: 3.5 }, // gained, still above: held
      { baseline: 4, t1: 4, later: 5 }, // no T1 gain: not counted
      { baseline: 1, t1: 3, later: null }, // no later answer: not counted
    ]);
    expect(result).toEqual({ gained: 3, held: 2, share: 2 / 3 });
  });
});

group('levels from running sums', () => {
  it('gives the mean and standard deviation that the values give (R ?t.test sleep, group 2: mean 2.33)', () => {
    const sum = sleep2.reduce((a, b) => a + b, 0);
    const squares = sleep2.reduce((a, b) => a + b * b, 0);
    const fromSums = describeSums(sleep2.length, sum, squares);
    const fromValues = describeValues(histogram(sleep2));
    expect(fromSums.mean).toBeCloseTo(2.33, 10);
    expect(fromSums.sd).toBeCloseTo(fromValues.sd!, 10);
    // t.test(sleep$extra[11:20]) prints the 95 percent interval 0.8976775 3.7623225
    const ci = tInterval95(fromSums)!;
    expect(ci[0]).toBeCloseTo(0.8976775, 6);
    expect(ci[1]).toBeCloseTo(3.7623225, 6);
  });
});
