/**
 * The whole-sentence rule: a quote is the whole sentence of its source that holds it, wherever
 * that sentence fits in the quote length limit (docs/methodology.md, "Evidence"). Half a sentence
 * can drop the words that qualify a claim ("reportedly", "is expected to"); a whole one cannot.
 * Sentences are cut as scripts/lib/sentences.ts documents. Checked when the source texts folder
 * is present; quotes not found, blank or too long are left to the rules that report them.
 */
import { sentences } from "../../lib/sentences.js";
import { collapseWhitespace } from "../../../src/text/quotes.js";
import type { Problem, Rule } from "../types.js";
import { evidenceItems } from "../walk.js";
import { MAX_QUOTE_LENGTH } from "./evidence.js";

const RULE = "whole-sentence";

export const wholeSentence: Rule = {
  name: RULE,
  description: `A quote is the whole sentence of the source text that holds it, when that sentence has at most ${MAX_QUOTE_LENGTH} characters. Checked when the source texts folder is present.`,
  check: ({ records, sourceTexts }) => {
    if (!sourceTexts) return [];
    // The sentences of each source record's text, split once.
    const sentencesOf = new Map<string, string[]>();
    for (const { kind, record } of records) {
      const text = kind === "source" ? sourceTexts.get(record.file) : undefined;
      if (text) sentencesOf.set(record.id, sentences(text.text));
    }
    return records.flatMap((checked) =>
      evidenceItems(checked).flatMap(({ path, evidence }): Problem[] => {
        const quote = collapseWhitespace(evidence.quote).trim();
        if (quote === "" || evidence.quote.length > MAX_QUOTE_LENGTH) return [];
        const sentence = sentencesOf.get(evidence.source)?.find((s) => s.includes(quote));
        if (sentence === undefined || sentence === quote || sentence.length > MAX_QUOTE_LENGTH) return [];
        return [
          {
            file: checked.file,
            path: `${path}.quote`,
            rule: RULE,
            message: `the quote is part of a sentence of ${evidence.source} (${quote.length} of its ${sentence.length} characters)`,
            hint: `quote the whole sentence: ${JSON.stringify(sentence)}`,
          },
        ];
      }),
    );
  },
};
