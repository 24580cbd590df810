import { describe, expect, it } from "vitest";
import { closestPassage } from "../scripts/lib/closest-passage.js";
import { collapseWhitespace, contextOf, locateQuote, prepareText } from "../src/text/quotes.js";

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

describe("locateQuote (the whitespace rule)", () => {
  const raw = "The Tashkent\n  Declaration,  adopted at  the end\tof the conference.\n\nIt was signed.";
  const text = prepareText(raw);

  it("matches across line breaks, runs of spaces and tabs, in either the quote or the text", () => {
    expect(locateQuote(text, "The Tashkent Declaration, adopted at the end of the conference.")).toEqual([{ start: 0, end: 67 }]);
    expect(locateQuote(text, "Declaration,\nadopted   at the")).toHaveLength(1);
  });

  it("normalises nothing but whitespace: not case, punctuation or quote marks", () => {
    expect(locateQuote(text, "the tashkent declaration")).toEqual([]);
    expect(locateQuote(text, "Declaration adopted")).toEqual([]);
    expect(locateQuote(prepareText("the “growth point”"), 'the "growth point"')).toEqual([]);
  });

  it("does not let a space stand for no whitespace at all", () => {
    expect(locateQuote(text, "TheTashkent")).toEqual([]);
    expect(locateQuote(text, "The Tash kent")).toEqual([]);
  });

  it("gives [start, end) in code points of the raw text, so slicing gives back the quote up to whitespace", () => {
    const astral = prepareText("𝔸 emoji 😀 then\nthe   quote here.");
    const [span] = locateQuote(astral, "the quote");
    expect(span).toEqual({ start: 15, end: 26 });
    expect(collapseWhitespace(slice("𝔸 emoji 😀 then\nthe   quote here.", span!.start, span!.end))).toBe("the quote");
  });

  it("finds every occurrence, in text order", () => {
    expect(locateQuote(prepareText("a b. a  b. a\nb."), "a b.")).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 10 },
      { start: 11, end: 15 },
    ]);
  });

  it("finds nothing for an empty quote", () => {
    expect(locateQuote(text, "")).toEqual([]);
  });

  it("gives up to 32 code points of raw context before and after", () => {
    const long = `${"x".repeat(40)} QUOTE ${"y".repeat(40)}`;
    const prepared = prepareText(long);
    const [span] = locateQuote(prepared, "QUOTE");
    expect(contextOf(prepared, span!)).toEqual({ prefix: `${"x".repeat(31)} `, suffix: ` ${"y".repeat(31)}` });
    const [first] = locateQuote(text, "The Tashkent");
    expect(contextOf(text, first!).prefix).toBe("");
  });
});

describe("closestPassage", () => {
  const raw = "This fall, a special conference on ensuring the rights\nof Afghan women will be organized. The initiative was supported.";

  it("finds the passage a one-character typo was meant to quote, whitespace collapsed, whole words", () => {
    expect(closestPassage(raw, "This fal1, a special conference")).toBe("This fall, a special conference");
    expect(closestPassage(raw, "rights of Afgan women")).toBe("rights of Afghan women");
  });
});
