/**
 * Showing control characters as text. A value echoed back to a terminal (a command-line
 * argument, a file name, an id, record text) must not be able to move the cursor, clear the
 * screen, set the window title or reorder the text around it: every C0 and C1 control character
 * and DEL (Unicode General_Category Cc) and every bidirectional formatting character (Unicode
 * property Bidi_Control: LRM, RLM, ALM, the embeddings, overrides and isolates) is shown as its
 * code point, `\u{1b}`. The sets are Unicode's own, through the regex properties `\p{Cc}` and
 * `\p{Bidi_Control}`, so they follow the Unicode version of the JavaScript engine.
 * @module
 */

import { lazyPattern } from "./lazy-pattern.js";

/** Every character {@link escapeControls} shows as its code point (built on first use, see lazy-pattern.ts). */
const controlCharacters = /* @__PURE__ */ lazyPattern("[\\p{Cc}\\p{Bidi_Control}]", "gu");

/**
 * `text` with every control and bidirectional formatting character written as `\u{hex}`
 * (lowercase hex, no padding); other characters unchanged. Linear in the length of `text`.
 * @param text - Any string.
 * @returns The same string when it has no such characters. For example `"a\u001b[2J"` becomes
 * `a\u{1b}[2J`, as it would be typed.
 */
export function escapeControls(text: string): string {
  return text.replace(controlCharacters(), (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}
