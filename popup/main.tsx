// The popup's entry: the page's copy starts at once (start.ts, a few kilobytes), then the interface
// loads and mounts (mount.tsx: Preact, the settings, the views).
import './start';

void import('./mount');
