import fc from "fast-check";
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

describe("prepareText in one pass agrees with the plain reading of the matching rule", () => {
  // The rule read literally, one code point at a time (the implementation before it was made
  // linear in memory): the oracle for the typed-array one.
  function reference(text: string, quote: string) {
    const raw = Array.from(text);
    let collapsed = "";
    const rawStart: number[] = [];
    const rawEnd: number[] = [];
    for (let i = 0; i < raw.length; ) {
      if (/\s/.test(raw[i]!)) {
        let j = i + 1;
        while (j < raw.length && /\s/.test(raw[j]!)) j += 1;
        collapsed += " ";
        rawStart.push(i);
        rawEnd.push(j);
        i = j;
      } else {
        collapsed += raw[i]!;
        for (let unit = 0; unit < raw[i]!.length; unit++) {
          rawStart.push(i);
          rawEnd.push(i + 1);
        }
        i += 1;
      }
    }
    const needle = quote.replace(/\s+/g, " ");
    const found: { start: number; end: number; prefix: string; suffix: string }[] = [];
    if (needle === "") return { collapsed, found };
    for (let at = collapsed.indexOf(needle); at !== -1; at = collapsed.indexOf(needle, at + 1)) {
      const start = rawStart[at]!;
      const end = rawEnd[at + needle.length - 1]!;
      found.push({ start, end, prefix: raw.slice(Math.max(0, start - 32), start).join(""), suffix: raw.slice(end, end + 32).join("") });
    }
    return { collapsed, found };
  }

  // Whitespace of every kind `\s` knows, astral characters, lone surrogates and plain letters.
  const piece = fc.constantFrom("a", "b", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\u3000", "\ufeff", "😀", "𝔸", "\ud800", "\udc00", "é", ".");
  const text = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(""));

  it("gives the same collapsed text, spans and context for any text and quote", () => {
    fc.assert(
      fc.property(text, text, (source, quote) => {
        const prepared = prepareText(source);
        const expected = reference(source, quote);
        expect(prepared.collapsed).toBe(expected.collapsed);
        const spans = locateQuote(prepared, quote);
        expect(spans.map((span) => ({ ...span, ...contextOf(prepared, span) }))).toEqual(expected.found);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds quotes taken from the text itself, wherever they start", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const chars = Array.from(source);
        const from = a % (chars.length + 1);
        const quote = chars.slice(from, from + (b % 40)).join("");
        const prepared = prepareText(source);
        expect(locateQuote(prepared, quote).map((span) => ({ ...span, ...contextOf(prepared, span) }))).toEqual(reference(source, quote).found);
      }),
      { numRuns: 3000 },
    );
  });
});
