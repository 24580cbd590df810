/**
 * Text normalization shared by the search index and queries, so both sides fold text the
 * same way: compatibility characters (fullwidth letters, ligatures) and invisible format
 * characters folded, case-insensitive, diacritic-insensitive, apostrophes ignored, English
 * plurals and the -s inflection folded to the base word.
 * @module
 */

import { lazyPattern } from "../text/lazy-pattern.js";

// Letters that Unicode decomposition does not split into a base letter and a mark.
const SPECIAL: Readonly<Record<string, string>> = { ø: "o", ł: "l", đ: "d", ß: "ss", ı: "i", æ: "ae", œ: "oe", þ: "th", ð: "d" };
// Apostrophes vanish rather than split a word, so "O'zbekiston", "Oʻzbekiston" and
// "Ozbekiston" are the same word and "Afghanistan's" still starts with "afghanistan".
const APOSTROPHES = new Set(["'", "’", "ʻ", "ʼ", "`", "´"]);
// Built on first use (see lazy-pattern.ts): Unicode property classes cost at import otherwise.
const word = /* @__PURE__ */ lazyPattern("[\\p{L}\\p{N}]", "u");
// Combining marks, and invisible format characters (soft hyphen, zero-width space and joiners,
// byte-order mark, …) that a copy from a web page leaves inside words: skipped, not split on.
const ignored = /* @__PURE__ */ lazyPattern("[\\p{M}\\p{Cf}]", "u");

const SEPARATOR = 0;
const LETTER = 1;
const SKIP = 2;
/** Class of each non-ASCII character met so far (the text is mostly ASCII; classify the rest once). */
const classes = new Map<string, number>();

function classify(char: string): number {
  let c = classes.get(char);
  if (c === undefined) {
    c = APOSTROPHES.has(char) || ignored().test(char) ? SKIP : word().test(char) ? LETTER : SEPARATOR;
    classes.set(char, c);
  }
  return c;
}

/**
 * English plural and third-person -s folded to the base word, the same way for indexed words
 * and query words (a light "S-stemmer" after Harman, 1991): `-ies` → `-y` (countries → country,
 * not after a or e), `-sses`/`-xes`/`-ches`/`-shes` lose `-es` (processes → process, approaches →
 * approach), any other final `-s` goes (statements → statement, states → state), except after
 * `s`, `u` or `i` (process, consensus, crisis stay). Words under four letters stay as they are.
 * A possessive `'s` reaches here as `s` (apostrophes are dropped), so Afghanistan's → afghanistan.
 */
export function foldInflection(word: string): string {
  const n = word.length;
  if (n < 4 || word[n - 1] !== "s") return word;
  const before = word[n - 2]!;
  if (before === "s" || before === "u" || before === "i") return word;
  if (n > 4 && word.endsWith("ies") && word[n - 4] !== "a" && word[n - 4] !== "e") return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The folded words of `text`: compatibility-normalised (NFKC: ＴＡＳＨＫＥＮＴ → TASHKENT,
 * ﬁ → fi), lower-cased, decomposed (NFD) with combining marks, invisible format characters
 * (Unicode category Cf: U+00AD, U+200B, U+FEFF, …) and apostrophes removed, a few letters
 * without decomposition mapped (ø→o, ß→ss, …), split into maximal runs of letters and digits,
 * each run passed through {@link foldInflection}. A hand-written scanner, as a regular
 * expression with Unicode classes is several times slower on the index's megabytes of quotes;
 * a test holds it equal to the plain regular-expression version.
 */
export function tokenize(text: string): string[] {
  const s = text.normalize("NFKC").toLowerCase().normalize("NFD");
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
      if (word) words.push(foldInflection(word));
      pending = "";
    }
  }
  const last = pending + (start >= 0 ? s.slice(start) : "");
  if (last) words.push(foldInflection(last));
  return words;
}
