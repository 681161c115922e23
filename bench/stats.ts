// Median and 95th percentile (nearest rank) of a list of timings.
export interface Stats { n: number; median: number; p95: number; max: number }

export function describe(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (!n) return { n: 0, median: NaN, p95: NaN, max: NaN };
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  return { n, median, p95: s[Math.min(n - 1, Math.ceil(0.95 * n) - 1)], max: s[n - 1] };
}
