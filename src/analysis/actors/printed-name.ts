// A name as the article prints it. The name rules read words, so an initial's and a generational suffix's full stops
// fall away ("Sonya A Zoghlin", "Patrick Carlineo Jr"); the popup, the copied text and the quotes' speakers show
// the form the article gives ("Sonya A. Zoghlin", "Patrick Carlineo Jr."), where the article gives it.
const INITIAL = /^\p{Lu}$/u;
const SUFFIX = /^(?:Jr|Sr)$/u;

/** `name` with the full stops the article prints after its initials and its "Jr"/"Sr", or `name` itself. */
export function printedName(name: string, text: string): string {
  const words = name.split(' ');
  const initials = words.some((w) => INITIAL.test(w));
  const suffix = words.some((w) => SUFFIX.test(w));
  if (!initials && !suffix) return name;
  const dotted = (initial: boolean, suf: boolean) => words.map((w) => (initial && INITIAL.test(w)) || (suf && SUFFIX.test(w)) ? `${w}.` : w).join(' ');
  for (const form of [dotted(initials, suffix), dotted(initials, false), dotted(false, suffix)]) {
    if (form !== name && text.includes(form)) return form;
  }
  return name;
}
