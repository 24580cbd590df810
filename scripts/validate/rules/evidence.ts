/** Rules about provenance: every claim carries evidence, citing an existing source, with a usable quote. */
import type { Problem, Rule } from "../types.js";
import { claims, evidenceItems } from "../walk.js";

export const MAX_QUOTE_LENGTH = 300;

export const evidenceRequired: Rule = {
  name: "evidence-required",
  description: "Every record (topics excepted) and every date, place, participation, relation, quantity, position and statement claim carries at least one evidence quote.",
  check: ({ records }) =>
    records.flatMap((checked) =>
      claims(checked)
        .filter((claim) => !claim.evidence || claim.evidence.length === 0)
        .map(
          (claim): Problem => ({
            file: checked.file,
            path: claim.path ? `${claim.path}.evidence` : "evidence",
            rule: "evidence-required",
            message: `${claim.path ? "this claim" : "the record"} has no evidence`,
            hint: 'add { "source": "<source id>", "quote": "<verbatim sentence>" } quoting the text that states it',
          }),
        ),
    ),
};

export const evidenceSource: Rule = {
  name: "evidence-source",
  description: "Evidence cites an existing Source record.",
  check: ({ records, kindOf }) =>
    records.flatMap((checked) =>
      evidenceItems(checked)
        .filter(({ evidence }) => kindOf.get(evidence.source) !== "source")
        .map(
          ({ path, evidence }): Problem => ({
            file: checked.file,
            path: `${path}.source`,
            rule: "evidence-source",
            message: `${JSON.stringify(evidence.source)} is not a source id`,
            hint: "cite the id of a record in data/sources/",
          }),
        ),
    ),
};

export const quoteLength: Rule = {
  name: "quote-length",
  description: `Quotes are not blank and at most ${MAX_QUOTE_LENGTH} characters.`,
  check: ({ records }) =>
    records.flatMap((checked) =>
      evidenceItems(checked).flatMap(({ path, evidence }): Problem[] => {
        const quote: string = evidence.quote;
        if (quote.trim() === "") {
          return [{ file: checked.file, path: `${path}.quote`, rule: "quote-length", message: "the quote is empty", hint: "copy the sentence of the source that states the claim" }];
        }
        if (quote.length > MAX_QUOTE_LENGTH) {
          return [
            {
              file: checked.file,
              path: `${path}.quote`,
              rule: "quote-length",
              message: `the quote has ${quote.length} characters, more than ${MAX_QUOTE_LENGTH}`,
              hint: "quote only the part of the sentence that states the claim",
            },
          ];
        }
        return [];
      }),
    ),
};
