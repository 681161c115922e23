// The popup shows why a block was removed in the interface language: every reason the extraction and
// the analysis can give (their data files and the reasons written in their code) has a message, whose
// English is the reason itself, so the English popup reads as before.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/extract/prune-noise';
import { FAMILIES } from '../../src/analysis/clean/noise-phrases';
import { NOISE_REASON, reasonKey } from '../../popup/noise-reasons';

const root = join(new URL('.', import.meta.url).pathname, '..', '..');
const en = JSON.parse(readFileSync(join(root, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? files(rel) : /\.ts$/.test(name) ? [rel] : [];
  });
}
// drop('byline') in clean-blocks.ts, reason = 'reading progress' in prune-noise.ts.
const written = [...files('src/analysis'), ...files('src/extract')]
  .flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/\bdrop\(\s*'([^']+)'|\breason\s*=\s*'([^']+)'/g)].map((m) => m[1] ?? m[2]));
const reasons = [...new Set([...RULES.map((r) => r.reason), ...FAMILIES.map((f) => f.reason), ...written])].sort();

describe('noise reasons', () => {
  it('finds the reasons in the data and the code', () => {
    expect(written).toEqual(expect.arrayContaining(['byline', 'repeated text', 'date line', 'advertisement label']));
    expect(reasons.length).toBeGreaterThan(20);
  });
  it.each(reasons)('“%s” has a message whose English is the reason', (reason) => {
    const key = reasonKey(reason);
    expect(key, reason).toBeDefined();
    expect(en[key!].message).toBe(reason);
  });
  it('names no reason the analysis never gives', () => expect(Object.keys(NOISE_REASON).sort()).toEqual(reasons));
  it('shows an unknown reason as it is (no message for it)', () => expect(reasonKey('constructor')).toBeUndefined());
});
