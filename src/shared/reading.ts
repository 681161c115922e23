// The reading and the analysis as one module, for the popup to load on demand (they are most of its
// code): the page's copy parsed and read (Readability, noise, metadata), then analysed.
export { analyze } from '../analysis/analyze';
export { extractSnapshot } from '../extract/read-snapshot';
