// Dev-time generator (not bundled): writes src/analysis/data/actor-provinces.json from the npm package
// `provinces` (states and provinces of every country, with their other names), keeping only the countries
// listed in actor-places.json's `provinceCountries`, and of each entry its name and the other names of
// more than one word (letter codes such as "KS" are not names). The whole package is about 14 kB
// gzipped; the analysis needs a fraction of it, and it loads in the popup on every new page.
// Run: node src/analysis/actors/build-provinces.mjs (again whenever provinceCountries changes).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url);
const places = JSON.parse(readFileSync(new URL('../data/actor-places.json', here), 'utf8'));
const countries = new Set(places.provinceCountries);
const out = require('provinces/provinces.json')
  .filter((p) => countries.has(p.country))
  .map((p) => {
    const alt = (p.alt ?? []).filter((a) => a.includes(' '));
    return alt.length ? { name: p.name, alt } : { name: p.name };
  });
writeFileSync(new URL('../data/actor-provinces.json', here), `${JSON.stringify({
  _why: 'States and provinces of the countries in actor-places.json `provinceCountries`, so that "Kansas" or "Niederösterreich" is a place and not an organisation. Generated from the npm package `provinces` by src/analysis/actors/build-provinces.mjs: name, and the other names of more than one word. Names in actor-places.json `provinceExclusions` are skipped when the lexicon is built.',
  countries: [...countries],
  provinces: out,
}, null, 0)}\n`);
console.log(`${out.length} provinces of ${countries.size} countries`);
