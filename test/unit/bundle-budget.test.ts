// The built extension stays within its size budget (bench/bundle-budget.json), gzipped. `npm test`
// builds dist/ before vitest runs, so this reads what would ship.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fileSizes, groupSizes, sizeTable } from '../../bench/bundle-sizes';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

describe.skipIf(!existsSync(`${DIST}/manifest.json`))('bundle budget (dist/, gzipped)', () => {
  const groups = groupSizes(fileSizes(DIST));
  console.log(sizeTable(DIST));
  it.each(groups.map((g) => [g.name, g] as const))('%s is within its budget', (_name, g) => {
    expect(g.files.length, 'the group matches built files (a renamed file must not escape its budget)').toBeGreaterThan(0);
    expect(g.gzip, `${g.files.join(', ')}: gzipped bytes`).toBeLessThanOrEqual(g.max);
  });
});
