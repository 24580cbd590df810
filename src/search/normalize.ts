/**
 * Text normalization shared by the search index and queries, so both sides fold text the
 * same way: case-insensitive, diacritic-insensitive, apostrophes ignored.
 * @module
 */

// Letters that Unicode decomposition does not split into a base letter and a mark.
const SPECIAL: Readonly<Record<string, string>> = { ø: "o", ł: "l", đ: "d", ß: "ss", ı: "i", æ: "ae", œ: "oe", þ: "th", ð: "d" };
// Apostrophes vanish rather than split a word, so "O'zbekiston", "Oʻzbekiston" and
// "Ozbekiston" are the same word and "Afghanistan's" still starts with "afghanistan".
const APOSTROPHES = new Set(["'", "’", "ʻ", "ʼ", "`", "´"]);
const WORD = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

const SEPARATOR = 0;
const LETTER = 1;
const SKIP = 2;
/** Class of each non-ASCII character met so far (the text is mostly ASCII; classify the rest once). */
const classes = new Map<string, number>();

function classify(char: string): number {
  let c = classes.get(char);
  if (c === undefined) {
    c = APOSTROPHES.has(char) || MARK.test(char) ? SKIP : WORD.test(char) ? LETTER : SEPARATOR;
    classes.set(char, c);
  }
  return c;
}

/**
 * The folded words of `text`: lower-cased, decomposed (NFD) with combining marks and
 * apostrophes removed, a few letters without decomposition mapped (ø→o, ß→ss, …), then split
 * into maximal runs of letters and digits. A hand-written scanner, as a regular expression
 * with Unicode classes is several times slower on the index's megabytes of quotes; a test
 * holds it equal to the plain regular-expression version.
 */
export function tokenize(text: string): string[] {
  const s = text.toLowerCase().normalize("NFD");
  const words: string[] = [];
  let pending = ""; // the current word's text before `start`, when it had non-ASCII parts
  let start = -1; // start of the current run of ASCII letters and digits
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    const run = start >= 0 ? s.slice(start, i) : "";
    start = -1;
    let char = s[i]!;
    let kind = SEPARATOR;
    if (code >= 128) {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) char = s.slice(i, ++i + 1);
      kind = classify(char);
    } else if (char === "'" || char === "`") {
      kind = SKIP;
    }
    if (kind === SKIP) pending += run;
    else if (kind === LETTER) pending += run + (SPECIAL[char] ?? char);
    else {
      const word = pending + run;
      if (word) words.push(word);
      pending = "";
    }
  }
  const last = pending + (start >= 0 ? s.slice(start) : "");
  if (last) words.push(last);
  return words;
}
