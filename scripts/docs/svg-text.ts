/**
 * Text in generated SVG pictures: an estimate of how wide a string is drawn (SVG has no text
 * layout, and the build runs without a browser), and wrapping to a width. The estimate errs on
 * the wide side for the sans-serif fonts of the site, so laid-out labels do not collide.
 */

/** Advance of a character as a fraction of the font size, by class of character. */
function advance(c: string): number {
  if (c === " ") return 0.32;
  if (/[iljtfI.,:;'’()[\]|!]/.test(c)) return 0.36;
  if (/[mwMW]/.test(c)) return 0.95;
  if (/[A-Z]/.test(c)) return 0.74;
  if (/[0-9]/.test(c)) return 0.64;
  if (/[–—…]/.test(c)) return 0.9;
  return 0.62;
}

/**
 * The width, in px, that `value` takes at `fontSize` px (an upper estimate).
 * @example
 * ```ts
 * textWidth("Tashkent", 13); // about 55
 * ```
 */
export function textWidth(value: string, fontSize: number): number {
  let em = 0;
  for (const c of value) em += advance(c);
  return em * fontSize;
}

/**
 * Breaks `value` at spaces into lines no wider than `width` px at `fontSize` (a single word
 * wider than that keeps its own line).
 * @example
 * ```ts
 * wrapText("International Conference on Afghanistan in Tashkent", 13, 200); // two lines
 * ```
 */
export function wrapText(value: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return line ? [...lines, line] : lines;
}

/** A number rounded to two decimals, for compact and stable SVG output. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/** The font stack of every SVG picture of the site (the timeline and the network). */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
