// The popup's entry: the page's copy starts at once (first-read.ts, a few kilobytes), then the rest of
// the first work (start.ts) and the interface (mount.tsx: Preact, the settings, the views) load.
import './first-read';

void import('./start');
void import('./mount');
