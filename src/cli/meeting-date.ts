/**
 * The date `list` and `show` give a meeting, declaration or initiative the sources do not date:
 * the date of the meeting it was proposed at (a `proposed-at` relation), else of the meeting it
 * was discussed at (`discussed-at`). It is shown as the meeting's date, marked `†`, never as the
 * record's own: the record's `date` stays absent, and `--json` prints the record as it is.
 * @module
 */
import { getRecord, isRecordId, type AnyRecord, type Meeting } from "../index.js";

/** The meeting a record without a date of its own is dated by, and how it is linked to it. */
export interface MeetingDate {
  readonly meeting: Meeting;
  readonly relation: "proposed-at" | "discussed-at";
}

const BY_PREFERENCE = ["proposed-at", "discussed-at"] as const;

/** The dated meeting that stands in for `record`'s missing date, or undefined (it has a date, or no such meeting). */
export function meetingDateOf(record: AnyRecord): MeetingDate | undefined {
  if (!("relations" in record) || ("date" in record && record.date !== undefined)) return undefined;
  for (const relation of BY_PREFERENCE) {
    for (const r of record.relations ?? []) {
      const target = r.type === relation && isRecordId(r.target) ? getRecord(r.target) : undefined;
      if (target?.kind === "meeting" && target.date) return { meeting: target, relation };
    }
  }
  return undefined;
}

/** The `†` footnote of tables that show a meeting's date for an undated record. */
export const MEETING_DATE_NOTE = "† no date of its own: the date of the meeting it was proposed or discussed at (show <id> names it)";

/** The `show` line for such a record: `not stated; <date> is the date of the meeting it was proposed at: <title> (<id>)`. */
export function meetingDateLine({ meeting, relation }: MeetingDate): string {
  const how = relation === "proposed-at" ? "proposed" : "discussed";
  return `not stated; ${meeting.date!.edtf}${meeting.date!.inferred ? " (inferred)" : ""} is the date of the meeting it was ${how} at: ${meeting.title} (${meeting.id})`;
}
