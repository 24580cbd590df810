/**
 * `findStatements`: the statements of meetings and declarations, filtered. Statements are few
 * (tens, not thousands), so the filter is checked once and then applied by one plain scan over
 * a list built on first use, in chronological order.
 * @module
 */
import type { Statement } from "../../model/input.js";
import type { Declaration, Meeting } from "../../model/records.js";
import type { StatementEntry } from "../types.js";
import { lazy, requireId, type QueryContext } from "./context.js";
import { dayNumber } from "./dates.js";
import { actorCriterion, dateOptions, dateRange, filterObject, listOf, spanMatches, type ActorCriterion } from "./filter.js";

const STATEMENT_KEYS = ["actor", "topic", "meeting", "from", "to", "dateMatch", "dates"];

/** A checked statement filter. */
interface StatementQuery {
  readonly actors?: readonly ActorCriterion[];
  readonly topics?: ReadonlySet<string>;
  readonly meetings?: ReadonlySet<string>;
  readonly from?: number;
  readonly to?: number;
  readonly within: boolean;
  readonly sourcesOnly: boolean;
}

/** `{ [key]: value }`, or `{}` when the value is undefined (optional properties stay absent). */
const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

function compileStatementFilter(context: QueryContext, raw: unknown): StatementQuery {
  const input = filterObject(raw, STATEMENT_KEYS, '{ actor: "kassym-jomart-tokayev" }');
  if (input === undefined) return { within: false, sourcesOnly: false };
  const ids = (key: "topic" | "meeting") => (input[key] === undefined ? undefined : new Set(listOf(`filter.${key}`, input[key], (w, v) => requireId(context, w, v, key).id)));
  const actors = input.actor === undefined ? undefined : listOf("filter.actor", input.actor, (w, v) => actorCriterion(context, w, v));
  return { ...(actors && { actors }), ...optional("topics", ids("topic")), ...optional("meetings", ids("meeting")), ...dateOptions(input), ...dateRange(input) };
}

/** Every statement of the dataset: meetings and declarations merged by date (undated last), then id, then position. */
function allStatements(context: QueryContext): readonly StatementEntry[] {
  return lazy(context, "statements", () => {
    const records: (Meeting | Declaration)[] = [...context.records.meeting, ...context.records.declaration].filter((r) => r.statements?.length);
    const key = (r: Meeting | Declaration) => (r.bounds ? `0${r.bounds.earliest}${r.bounds.latest}` : "1");
    records.sort((a, b) => (key(a) !== key(b) ? (key(a) < key(b) ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return records.flatMap((record) => record.statements!.map((statement, index) => Object.freeze({ statement, record, index })));
  });
}

function speaks(statement: Statement, criterion: ActorCriterion): boolean {
  if (criterion.roles && !criterion.roles.includes("speaker")) return false;
  return statement.speaker === criterion.actor || (criterion.onBehalfOf && statement.onBehalfOf === criterion.actor);
}

function inRange(query: StatementQuery, record: Meeting | Declaration): boolean {
  if (query.from === undefined && query.to === undefined) return true;
  if (!record.bounds || (query.sourcesOnly && record.date?.inferredFrom === "outside-knowledge")) return false;
  return spanMatches(dayNumber(record.bounds.earliest), dayNumber(record.bounds.latest), query);
}

/** The statements matching `filter`, as a frozen array. */
export function statementsOf(context: QueryContext, filter: unknown): readonly StatementEntry[] {
  const query = compileStatementFilter(context, filter);
  return Object.freeze(
    allStatements(context).filter(
      ({ statement, record }) =>
        (!query.actors || query.actors.some((criterion) => speaks(statement, criterion))) &&
        (!query.topics || (statement.topics ?? []).some((t) => query.topics!.has(t))) &&
        (!query.meetings || (record.kind === "meeting" && query.meetings.has(record.id))) &&
        inRange(query, record),
    ),
  );
}
