/** Rules about EDTF dates: syntax, real calendar dates, interval order. */
import { EdtfError, parseEdtf, type EdtfErrorCode } from "../../../src/dates/edtf.js";
import type { Problem, Rule } from "../types.js";
import { dateValues } from "../walk.js";

const HINTS: Record<EdtfErrorCode, string> = {
  syntax: "use 2018, 2018-03, 2018-03-26, a season 2018-23, an optional ? ~ or %, or an interval 2018-03-26/2018-03-27",
  calendar: "use a day and month that exist; a season is 21 (spring) to 24 (winter)",
  "interval-order": "write the earlier date first: start/end",
};

function edtfRule(name: string, code: EdtfErrorCode, description: string): Rule {
  return {
    name,
    description,
    check: ({ records }) =>
      records.flatMap((checked) =>
        dateValues(checked).flatMap(({ path, edtf }): Problem[] => {
          try {
            parseEdtf(edtf);
            return [];
          } catch (error) {
            if (!(error instanceof EdtfError) || error.code !== code) return [];
            return [{ file: checked.file, path, rule: name, message: error.message, hint: HINTS[code] }];
          }
        }),
      ),
  };
}

export const edtfSyntax = edtfRule("edtf-syntax", "syntax", "Dates are EDTF strings of the supported subset.");
export const edtfCalendar = edtfRule("edtf-calendar", "calendar", "EDTF dates name days and months that exist (no 2018-02-30, no month 13).");
export const intervalOrder = edtfRule("interval-order", "interval-order", "An interval does not end before it starts.");
