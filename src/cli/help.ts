/**
 * Help texts, generated from the command declarations so that they cannot drift from the
 * flags the parser accepts.
 * @module
 */
import { GLOBAL_FLAGS, helpFlags } from "./args.js";
import { PROGRAM, type Command, type Flag } from "./command.js";
import { wrap } from "./render.js";

/** Help lines fit a classic 80-column terminal; only example command lines, kept whole for copying, may be longer. */
const HELP_WIDTH = 80;

const EXIT_CODES = "Exit codes: 0 success, 1 nothing found (verify: a quote or hash fails), 2 usage error, 73 output file not writable, 74 stdout not writable (docs/cli.md).";

/** The widest left column of a two-column list; a longer entry gets a line of its own. */
const MAX_LEFT = 26;

/**
 * Rows of `  left  text`: the left column padded to its widest entry (at most `MAX_LEFT`), the
 * text wrapped under itself.
 */
function twoColumns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.min(MAX_LEFT, Math.max(...rows.map(([left]) => left.length)));
  const indent = " ".repeat(width + 4);
  return rows.flatMap(([left, text]) => {
    const lines = wrap(text, HELP_WIDTH - indent.length).map((line) => `${indent}${line}`);
    if (left.length > width) return [`  ${left}`, ...lines];
    return [`  ${left.padEnd(width)}  ${lines[0]!.trimStart()}`, ...lines.slice(1)];
  });
}

function flagLines(flags: Readonly<Record<string, Flag>>): string[] {
  return twoColumns(
    Object.entries(flags).map(([name, flag]) => {
      const left = `${flag.short ? `-${flag.short}, ` : ""}--${name}${flag.value ? ` ${flag.value}` : ""}`;
      return [left, `${flag.help}${flag.multiple ? "; repeat for any of several" : ""}`] as const;
    }),
  );
}

/** `Usage: program …`, wrapped under the command with each `[optional part]` kept on one line. */
function usageLines(usage: string): string[] {
  const head = `Usage: ${PROGRAM} `;
  const parts = usage.match(/\[[^\]]*\]|\S+/g) ?? [];
  return wrap(usage, HELP_WIDTH - head.length, parts).map((line, i) => `${i === 0 ? head : " ".repeat(head.length)}${line}`);
}

/** The overview printed by `--help` and after an unknown command. */
export function programHelp(commands: readonly Command[], version: string): string {
  const synopsis = (c: Command): string => c.usage.split(" [")[0]!;
  return [
    ...wrap(`${PROGRAM} ${version}: diplomatic meetings, declarations and initiatives on Central Asian regional security and Afghanistan, with the source quote behind every fact.`, HELP_WIDTH),
    "",
    ...usageLines("<command> [arguments] [flags]"),
    "",
    "Commands:",
    ...twoColumns(commands.map((c) => [synopsis(c), c.summary] as const)),
    "",
    "Flags:",
    ...flagLines({ ...GLOBAL_FLAGS, version: { type: "boolean", help: "print the package version and the dataset hash" } }),
    "",
    ...wrap(EXIT_CODES, HELP_WIDTH),
    `Run \`${PROGRAM} <command> --help\` for a command's flags and examples.`,
    "",
  ].join("\n");
}

/** The help of one command: usage, description, flags, examples. */
export function commandHelp(command: Command): string {
  return [
    ...usageLines(command.usage),
    "",
    ...wrap(`${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`, HELP_WIDTH),
    ...(command.description ? ["", ...wrap(command.description, HELP_WIDTH)] : []),
    "",
    "Flags:",
    ...flagLines(helpFlags(command)),
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${PROGRAM} ${e}`),
    "",
    ...wrap(EXIT_CODES, HELP_WIDTH),
    "",
  ].join("\n");
}
