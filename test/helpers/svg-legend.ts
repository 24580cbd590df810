/** Reading a generated SVG picture's legend back, for the tests of the timeline, network and map. */
import { expect } from "vitest";

/** The index just past the `</g>` that closes the `<g` opening at `start`. */
function groupEnd(svg: string, start: number): number {
  const tags = /<g\b[^>]*>|<\/g>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(svg); tag; tag = tags.exec(svg)) {
    depth += tag[0] === "</g>" ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  throw new Error("the legend's group is not closed");
}

/**
 * The lowest y, in the picture's coordinates, of anything in the legend (`<g class="cas-legend">`)
 * of `svg` (each `y`/`cy` plus the `translate` of the groups around it), and the offset of the
 * picture drawn below it (the first `<g transform="translate(0 N)">` after the legend).
 */
export function legendAbove(svg: string): { legendBottom: number; shift: number } {
  const start = svg.indexOf('<g class="cas-legend"');
  expect(start, "a legend").toBeGreaterThan(-1);
  const end = groupEnd(svg, start);
  const picture = /<g transform="translate\(0 ([\d.]+)\)">/g;
  picture.lastIndex = end;
  const shift = picture.exec(svg);
  expect(shift, "a picture after the legend").not.toBeNull();
  const ys: number[] = [];
  const offsets = [0];
  for (const [token, attributes, y] of svg.slice(start, end).matchAll(/<g\b([^>]*)>|<\/g>|\s(?:y|cy)="(-?[\d.]+)"/g)) {
    if (token === "</g>") offsets.pop();
    else if (token.startsWith("<g")) offsets.push(offsets.at(-1)! + Number(/transform="translate\(-?[\d.]+[ ,]+(-?[\d.]+)\)"/.exec(attributes ?? "")?.[1] ?? 0));
    else ys.push(offsets.at(-1)! + Number(y));
  }
  return { legendBottom: Math.max(...ys), shift: Number(shift![1]) };
}
