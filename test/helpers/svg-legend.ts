/** Reading a generated SVG picture's legend back, for the tests of the timeline, network and map. */
import { expect } from "vitest";

/**
 * The lowest y of the legend (`<g class="cas-legend">`) of `svg`, and the offset of the picture
 * drawn below it (the first `<g transform="translate(0 N)">` after the legend). The legend must
 * come before the picture in the file.
 */
export function legendAbove(svg: string): { legendBottom: number; shift: number } {
  const start = svg.indexOf('<g class="cas-legend"');
  const picture = /<g transform="translate\(0 ([\d.]+)\)">/.exec(svg);
  expect(start, "a legend").toBeGreaterThan(-1);
  expect(picture && picture.index > start, "the legend comes before the picture").toBe(true);
  const ys = [...svg.slice(start, picture!.index).matchAll(/ (?:y|cy)="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
  return { legendBottom: Math.max(...ys), shift: Number(picture![1]) };
}
