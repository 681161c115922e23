// Every request any of Chromium's renderers makes, each with the target that made it: the tab's page and
// its frames and workers, the extension's popup, its service worker, any page it could open. Attached
// over CDP to every target, existing and new, before a new one runs (waitForDebuggerOnStart), so not
// even a popup's first request is missed. What the browser process itself fetches (Chromium's sign-in
// check to accounts.google.com, seen in a test run) belongs to no renderer, and no extension code runs
// there: a proxy sees those too, but cannot tell who asked, so it cannot say what the extension did.
import type { Browser, CDPSession } from 'puppeteer-core';

export interface RendererRequest {
  url: string;
  /** Date.now() when the request was about to be sent. */
  at: number;
  /** The target that made it: its type and address ("page http://…", "service_worker chrome-extension://…"). */
  by: string;
}

interface AttachedEvent { sessionId: string; targetInfo: { type: string; url: string }; waitingForDebugger: boolean }

export interface RequestLog {
  requests: RendererRequest[];
  stop(): Promise<void>;
}

export async function recordRendererRequests(browser: Browser): Promise<RequestLog> {
  const root = await browser.target().createCDPSession();
  const connection = root.connection()!;
  const requests: RendererRequest[] = [];
  const sessions = new Set<CDPSession>();

  const attach = async (session: CDPSession, target: AttachedEvent['targetInfo']) => {
    sessions.add(session);
    session.on('Network.requestWillBeSent', (e: { request: { url: string } }) => requests.push({ url: e.request.url, at: Date.now(), by: `${target.type} ${target.url}` }));
    // Frames and workers of this target are attached the same way, before they run.
    session.on('Target.attachedToTarget', onAttached);
    await session.send('Network.enable').catch(() => { /* a target without a network stack */ });
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }).catch(() => {});
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  };
  function onAttached(event: AttachedEvent) {
    const session = connection.session(event.sessionId);
    if (session) void attach(session, event.targetInfo);
  }
  root.on('Target.attachedToTarget', onAttached);
  // Every target there is and will be (the browser's own target excepted).
  await root.send('Target.setAutoAttach', {
    autoAttach: true, waitForDebuggerOnStart: true, flatten: true,
    filter: [{ type: 'browser', exclude: true }, { type: 'tab', exclude: true }, {}],
  });
  return {
    requests,
    async stop() {
      for (const s of sessions) await s.detach().catch(() => {});
      await root.detach().catch(() => {});
    },
  };
}

/** A request that goes out on the network (http, https, web sockets, ftp): not the extension's own
 *  files, nor the browser's (chrome://, which its own interface pages load), nor a data: address. */
export const goesOnline = (r: RendererRequest) => /^(https?|wss?|ftp):/i.test(r.url);
