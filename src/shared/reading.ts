// The reading of the page's copy, for the popup to load on demand: parsed into an inert document and
// read (Readability, noise, metadata). The analysis of what it reads runs in the background, warm
// (popup/analyze-in-background.ts).
export { extractSnapshot } from '../extract/read-snapshot';
