/**
 * Rules that read the source texts: every quote is found in the text of the source it cites,
 * in one place or with the occurrence meant, and every source's sha256 is that of its text. Both are skipped when the source texts folder
 * is absent (the build says so). Values other rules reject (a blank or over-long quote, an
 * unknown source id, a malformed hash) are left to those rules, so one mistake is one problem.
 */
import { closestPassage } from "../../lib/closest-passage.js";
import { contextOf, locateQuote } from "../../../src/text/quotes.js";
import { preparedTexts } from "../../lib/locate-evidence.js";
import type { CheckedRecord, Problem, Rule, RuleContext } from "../types.js";
import { evidenceItems } from "../walk.js";
import { MAX_QUOTE_LENGTH } from "./evidence.js";

const RULE = "evidence-in-source";
const SHA256 = /^[0-9a-f]{64}$/;

function sourceRecords(records: readonly CheckedRecord[]): CheckedRecord[] {
  return records.filter((checked) => checked.kind === "source");
}

/** Problems with the source records themselves: a text missing from the folder, or a hash that is not the text's. */
function sourceProblems({ records, sourceTexts }: RuleContext): Problem[] {
  return sourceRecords(records).flatMap(({ file, record }): Problem[] => {
    const text = sourceTexts?.get(record.file);
    if (!text) {
      return [
        {
          file,
          path: "file",
          rule: RULE,
          message: `no source text ${JSON.stringify(record.file)} in the source texts folder`,
          hint: "correct the file name, or add the text to the folder named by CAS_SOURCES_DIR",
        },
      ];
    }
    if (SHA256.test(record.sha256) && record.sha256 !== text.sha256) {
      return [
        {
          file,
          path: "sha256",
          rule: RULE,
          message: `sha256 does not match the source text ${record.file}, which hashes to ${text.sha256}`,
          hint: "if the text was replaced on purpose, paste its new digest (sha256sum) and re-check every quote",
        },
      ];
    }
    return [];
  });
}

/** Quotes the quote-length rule accepts; the rest are its to report. */
const checkableQuote = (quote: string): boolean => quote.trim() !== "" && quote.length <= MAX_QUOTE_LENGTH;

export const evidenceInSource: Rule = {
  name: RULE,
  description: "Every quote is found in the source text it cites (equal up to runs of whitespace), and every source's sha256 is that of its text. Checked when the source texts folder is present.",
  check: (context) => {
    if (!context.sourceTexts) return [];
    const texts = preparedTexts(context.records, context.sourceTexts);
    const quoteProblems = context.records.flatMap((checked) =>
      evidenceItems(checked).flatMap(({ path, evidence }): Problem[] => {
        const text = texts.get(evidence.source);
        if (!text || !checkableQuote(evidence.quote) || locateQuote(text, evidence.quote).length > 0) return [];
        const closest = closestPassage(text.collapsed, evidence.quote);
        return [{ file: checked.file, path: `${path}.quote`, rule: RULE, message: `quote not found in ${evidence.source}`, hint: `closest passage: ${JSON.stringify(closest)}` }];
      }),
    );
    return [...sourceProblems(context), ...quoteProblems];
  },
};

export const quoteOccurrence: Rule = {
  name: "quote-occurrence",
  description:
    "A quote that occurs more than once in its source text says which occurrence it means (`occurrence`, counting from 1), and an `occurrence` exists. Checked when the source texts folder is present.",
  check: ({ records, sourceTexts }) => {
    if (!sourceTexts) return [];
    const texts = preparedTexts(records, sourceTexts);
    return records.flatMap((checked) =>
      evidenceItems(checked).flatMap(({ path, evidence }): Problem[] => {
        const text = texts.get(evidence.source);
        const spans = text && checkableQuote(evidence.quote) ? locateQuote(text, evidence.quote) : [];
        if (spans.length === 0) return [];
        const where = spans.map((span, i) => `${i + 1}: after ${JSON.stringify(contextOf(text!, span).prefix)}`).join("; ");
        if (evidence.occurrence === undefined && spans.length > 1) {
          return [
            {
              file: checked.file,
              path: `${path}.quote`,
              rule: "quote-occurrence",
              message: `the quote occurs ${spans.length} times in ${evidence.source}`,
              hint: `add "occurrence": 1 to ${spans.length} to say which (${where})`,
            },
          ];
        }
        if (evidence.occurrence !== undefined && evidence.occurrence > spans.length) {
          return [
            {
              file: checked.file,
              path: `${path}.occurrence`,
              rule: "quote-occurrence",
              message: `occurrence ${evidence.occurrence} of a quote found ${spans.length === 1 ? "once" : `${spans.length} times`} in ${evidence.source}`,
              hint: spans.length === 1 ? "remove occurrence" : `use 1 to ${spans.length} (${where})`,
            },
          ];
        }
        return [];
      }),
    );
  },
};
