/**
 * Bounds on how much of a caller's input the library looks at for "did you mean" suggestions
 * and repeats in error messages, so a megabyte of input costs neither time nor a megabyte
 * message.
 * @module
 */

/** The most code units of an input echoed in a message; longer inputs end in "…". */
export const MAX_ECHOED = 200;

/** `text` cut to `max` code units plus "…" when longer (never splitting a surrogate pair). */
export function clip(text: string, max = MAX_ECHOED): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** `clip(text)` as a JSON string literal, for messages: `"abc…"`. */
export function quote(text: string): string {
  return JSON.stringify(clip(text));
}
