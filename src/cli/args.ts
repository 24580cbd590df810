/**
 * Command-line parsing with `node:util` parseArgs in strict mode, turning its errors into
 * `UsageError`s that name the flag and suggest the closest one.
 * @module
 */
import { parseArgs } from "node:util";
import { clip, quote } from "../text/clip.js";
import { escapeControls } from "../text/escape.js";
import { closestMatches } from "../text/closest.js";
import { PROGRAM, type Command, type Flag, type FlagValues } from "./command.js";
import { UsageError } from "./errors.js";

/** Flags every command accepts. */
export const GLOBAL_FLAGS: Readonly<Record<string, Flag>> = {
  json: { type: "boolean", help: "print JSON for scripts instead of a table" },
  help: { type: "boolean", short: "h", help: "show help for this command" },
};

/** The flags `command`'s help lists: its own, then `--json` (unless its output is its own format), then `--help`. */
export function helpFlags(command: Command): Record<string, Flag> {
  const { json, help } = GLOBAL_FLAGS;
  return { ...command.flags, ...(command.json !== false && { json: json! }), help: help! };
}

/** Rephrases a parseArgs error; returns undefined for errors that are not about the input. */
function explain(error: { code?: string; message: string }, command: Command, flags: Record<string, Flag>): UsageError | undefined {
  const help = `Run \`${PROGRAM} ${command.name} --help\` for its flags.`;
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const flag = /'(-[^' ]+)/.exec(error.message)?.[1] ?? "";
      const close = closestMatches(
        flag,
        Object.keys(flags).map((name) => `--${name}`),
      );
      return new UsageError(`unknown flag ${escapeControls(clip(flag))} for "${command.name}"`, close.length > 0 ? `Did you mean ${close.join(", ")}? ${help}` : help);
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const name = /'--([^' ]+)/.exec(error.message)?.[1];
      const flag = name === undefined ? undefined : flags[name];
      // "argument missing", or "ambiguous" when the next word is another flag (`--from --to 2018`).
      if (flag?.value && /argument missing|argument is ambiguous/.test(error.message)) return new UsageError(`--${name} needs a value: --${name} ${flag.value}`, help);
      return new UsageError(escapeControls(clip(error.message.replace(/^Option /, "flag ").replace(/\.$/, ""))), help);
    }
    default:
      return undefined;
  }
}

function parseTokens(argv: readonly string[], flags: Record<string, Flag>) {
  return parseArgs({ args: [...argv], options: flags, allowPositionals: true, strict: true, tokens: true });
}

/**
 * A flag that takes one value, given more than once, is a usage error: parseArgs would keep the
 * last silently. Repeatable flags (`multiple`, meaning "any of") and on/off flags may repeat.
 */
function rejectRepeatedFlags(command: Command, flags: Record<string, Flag>, tokens: ReturnType<typeof parseTokens>["tokens"]): void {
  const given = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === undefined) continue;
    const flag = flags[token.name];
    if (!flag || flag.multiple || flag.type !== "string") continue;
    given.set(token.name, [...(given.get(token.name) ?? []), token.value]);
  }
  for (const [name, values] of given) {
    if (values.length < 2) continue;
    throw new UsageError(
      `--${name} takes one value, but was given ${values.length} times (${values.map((v) => quote(v, 40)).join(", ")})`,
      `Give --${name} once. Run \`${PROGRAM} ${command.name} --help\` for its flags.`,
    );
  }
}

/** Parses `argv` (after the command name) against the command's flags and arity. */
export function parseCommandArgs(command: Command, argv: readonly string[]): { values: FlagValues; positionals: string[] } {
  const flags = { ...command.flags, ...GLOBAL_FLAGS };
  let parsed: ReturnType<typeof parseTokens>;
  try {
    parsed = parseTokens(argv, flags);
  } catch (error) {
    throw explain(error as { code?: string; message: string }, command, flags) ?? error;
  }
  rejectRepeatedFlags(command, flags, parsed.tokens);
  const values = parsed.values as FlagValues;
  if (values.help) return { values, positionals: parsed.positionals };
  const [min, max] = command.arity;
  const count = parsed.positionals.length;
  const usage = `Usage: ${PROGRAM} ${command.usage}`;
  if (count < min) throw new UsageError(`"${command.name}" is missing its argument`, command.argumentHint ? `${usage}  ${command.argumentHint}` : usage);
  if (count > max) throw new UsageError(`"${command.name}" takes ${max === 0 ? "no arguments" : `${max} argument`}, got ${count}: ${escapeControls(clip(parsed.positionals.join(" ")))}`, usage);
  return { values, positionals: parsed.positionals };
}

/** The values of a string flag as a list (empty when the flag is absent). */
export function listFlag(values: FlagValues, name: string): readonly string[] {
  const value = values[name];
  return value === undefined || typeof value === "boolean" ? [] : typeof value === "string" ? [value] : value;
}

/** The value of a single-valued string flag. */
export function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}
