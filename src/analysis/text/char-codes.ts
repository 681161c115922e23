// ASCII character classes by code: the cheap answer tokenizers give first, before a Unicode pattern,
// since most characters of most articles are ASCII and the code runs cold in a fresh popup.
export const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
export const isAsciiLower = (c: number) => c >= 97 && c <= 122;
export const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
export const isAsciiLetterOrDigit = (c: number) => isAsciiUpper(c) || isAsciiLower(c) || isAsciiDigit(c);
