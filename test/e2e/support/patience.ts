// How long a browser test waits for something that happens in well under a second on an idle machine:
// a popup opening, an answer, a badge, a page of the extension. Tests assert what happens, never how
// fast (speed and stalls are measured by `npm run bench`), so a wait only has to end a real hang; on 2
// cores shared with other jobs, an options page once took over 10 s to open.
export const WAIT_MS = 45_000;
