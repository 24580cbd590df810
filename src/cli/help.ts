/**
 * Help texts, generated from the command declarations so that they cannot drift from the
 * flags the parser accepts.
 * @module
 */
import { GLOBAL_FLAGS } from "./args.js";
import { PROGRAM, type Command, type Flag } from "./command.js";
import { wrap } from "./render.js";

const EXIT_CODES = "Exit codes: 0 success, 1 nothing found (verify: a quote or hash fails),\n2 usage error, 73 output file not writable, 74 stdout not writable (docs/cli.md).";

function flagLines(flags: Readonly<Record<string, Flag>>): string[] {
  const entries = Object.entries(flags).map(([name, flag]) => {
    const left = `${flag.short ? `-${flag.short}, ` : ""}--${name}${flag.value ? ` ${flag.value}` : ""}`;
    return [left, `${flag.help}${flag.multiple ? "; repeat for any of several" : ""}`] as const;
  });
  const width = Math.max(...entries.map(([left]) => left.length));
  return entries.map(([left, help]) => `  ${left.padEnd(width)}  ${help}`);
}

/** The overview printed by `--help` and after an unknown command. */
export function programHelp(commands: readonly Command[], version: string): string {
  const synopsis = (c: Command): string => c.usage.split(" [")[0]!;
  const width = Math.max(...commands.map((c) => synopsis(c).length));
  return [
    `${PROGRAM} ${version}: diplomatic meetings, declarations and initiatives on Central Asian regional security and Afghanistan, with the source quote behind every fact.`,
    "",
    `Usage: ${PROGRAM} <command> [arguments] [flags]`,
    "",
    "Commands:",
    ...commands.map((c) => `  ${synopsis(c).padEnd(width)}  ${c.summary}`),
    "",
    "Flags:",
    ...flagLines({ ...GLOBAL_FLAGS, version: { type: "boolean", help: "print the package version and the dataset hash" } }),
    "",
    EXIT_CODES,
    `Run \`${PROGRAM} <command> --help\` for a command's flags and examples.`,
    "",
  ].join("\n");
}

/** The help of one command: usage, description, flags, examples. */
export function commandHelp(command: Command): string {
  return [
    `Usage: ${PROGRAM} ${command.usage}`,
    "",
    ...wrap(`${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`, 96),
    ...(command.description ? ["", ...wrap(command.description, 96)] : []),
    "",
    "Flags:",
    ...flagLines({ ...command.flags, ...GLOBAL_FLAGS }),
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${PROGRAM} ${e}`),
    "",
    EXIT_CODES,
    "",
  ].join("\n");
}
