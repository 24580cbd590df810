/**
 * Bounds on how much of a caller's input the library looks at for "did you mean" suggestions
 * and repeats in error messages, so a megabyte of input costs neither time nor a megabyte
 * message.
 * @module
 */

import { escapeControls } from "./escape.js";

/** The most code units of an input echoed in a message; longer inputs end in "…". */
export const MAX_ECHOED = 200;

/** `text` cut to `max` code units plus "…" when longer (never splitting a surrogate pair). */
export function clip(text: string, max = MAX_ECHOED): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/**
 * `clip(text, max)` in double quotes, for messages: `"abc…"`. Quotes and backslashes are
 * escaped as in JSON, control and bidirectional formatting characters as `\u{1b}` (see
 * `escapeControls`), so an echoed value can never act on the terminal it is shown in.
 */
export function quote(text: string, max = MAX_ECHOED): string {
  return `"${escapeControls(clip(text, max).replace(/["\\]/g, "\\$&"))}"`;
}
