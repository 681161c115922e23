// Page bytes to text as a browser decodes them: byte-order mark, else a declared charset, else UTF-8.
import { gunzipSync } from 'node:zlib';

export function decodeBytes(input: Buffer, name = ''): string {
  let buf = input;
  if (name.endsWith('.gz') || (buf[0] === 0x1f && buf[1] === 0x8b)) buf = gunzipSync(buf);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const head = buf.subarray(0, 4096).toString('latin1');
  const label = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1];
  try { return new TextDecoder(label ?? 'utf-8').decode(buf); } catch { return new TextDecoder('utf-8').decode(buf); }
}
