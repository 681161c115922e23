// Handing the page's thread back between slices of work. A message to ourselves through a private
// MessageChannel comes back as a task of its own as soon as the page's pending tasks (its timers, input,
// rendering) have had their turn, without the 4 ms clamp nested timeouts get; nothing is added to the
// page's window or document (the channel is ours alone), and it is closed when the work is done.

/** How long one slice of work may hold the page's thread (ms): well under a frame. */
export const SLICE_MS = 4;

export function pauseForPage(): { next: () => Promise<void>; close: () => void } {
  let channel: MessageChannel | null = null;
  try { channel = new MessageChannel(); } catch { /* a realm without MessageChannel: timeouts below */ }
  let wake: (() => void) | null = null;
  if (channel) channel.port1.onmessage = () => { const w = wake; wake = null; w?.(); };
  return {
    next: () => new Promise<void>((resolve) => {
      if (!channel) { setTimeout(resolve, 0); return; }
      wake = resolve;
      channel.port2.postMessage(0);
    }),
    close: () => { if (channel) { channel.port1.onmessage = null; channel.port1.close(); channel.port2.close(); } },
  };
}
