// Markup the browser wrote for a subtree of the page (outerHTML), brought to the copy's rules without
// another call into the page: comments left out, attribute values past the limit cut (but a <meta>'s
// content, which is metadata), indentation between elements written as one space (it can be a third of a
// pretty-printed page's markup, which the popup would then receive and parse for nothing). Serialized HTML is regular enough to read in one pass: text holds no raw
// "<" (the serializer writes &lt;), an attribute value is always in double quotes and holds no raw
// quote (&quot;), and a comment ends at its first "-->". Subtrees with raw-text elements (scripts,
// styles, iframes…) never come here (subtree-markup.ts), so no "<" is ever inside raw text.

/** Cuts an escaped attribute value to `max` characters, without leaving half an entity ("&am"). */
function cutValue(value: string, max: number): string {
  const cut = value.slice(0, max);
  const amp = cut.lastIndexOf('&');
  return amp >= 0 && cut.indexOf(';', amp) < 0 ? cut.slice(0, amp) : cut;
}

/** The markup by the copy's rules. */
export function tidyMarkup(html: string, maxAttribute: number): string {
  const read = needsReading(html, maxAttribute) ? readThrough(html, maxAttribute) : html;
  // Between two tags is only ever text, and these subtrees hold no <pre> (subtree-markup.ts).
  return read.replace(/>(?! <)\s+</g, '> <');
}

/** Whether the markup has comments or long values to take out: usually not, and one test says so. */
export const needsReading = (html: string, maxAttribute: number) => html.includes('<!--') || (html.length > maxAttribute && longValue(maxAttribute).test(html));

const longValues = new Map<number, RegExp>();
function longValue(max: number): RegExp {
  let re = longValues.get(max);
  if (!re) longValues.set(max, re = new RegExp(`="[^"]{${max + 1},}"`));
  return re;
}

/** One pass through the markup: comments out, long values cut. */
function readThrough(html: string, maxAttribute: number): string {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { out.push(html.slice(i)); break; }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    // A start tag: its name, then each attribute (name="value"), up to ">".
    const gt = html.indexOf('>', lt);
    const quote = html.indexOf('"', lt);
    if (html[lt + 1] === '/' || quote < 0 || (gt >= 0 && gt < quote)) {
      // An end tag, or a start tag without a quoted value: as it is.
      const end = gt < 0 ? html.length : gt + 1;
      out.push(html.slice(lt, end));
      i = end;
      continue;
    }
    const isMeta = /^<meta[\s>/]/i.test(html.slice(lt, lt + 6));
    let j = lt;
    for (;;) {
      const open = html.indexOf('="', j);
      const close = html.indexOf('>', j);
      if (open < 0 || (close >= 0 && close < open)) {
        const end = close < 0 ? html.length : close + 1;
        out.push(html.slice(j, end));
        i = end;
        break;
      }
      const shut = html.indexOf('"', open + 2);
      if (shut < 0) { out.push(html.slice(j)); i = html.length; break; }
      const value = html.slice(open + 2, shut);
      out.push(html.slice(j, open + 2), isMeta || value.length <= maxAttribute ? value : cutValue(value, maxAttribute), '"');
      j = shut + 1;
    }
  }
  return out.join('');
}
