/**
 * The CLI's dispatcher: reads the command name, parses its flags, runs it, and turns errors
 * into messages and exit codes. Returns the exit code instead of exiting, so tests can run it
 * in-process.
 * @module
 */
import { dataset } from "../index.js";
import { parseCommandArgs } from "./args.js";
import { COMMANDS } from "./commands/index.js";
import { EXIT, OutputError, UsageError, unknownValue } from "./errors.js";
import { PROGRAM } from "./command.js";
import { commandHelp, programHelp } from "./help.js";
import type { Io } from "./io.js";
import { jsonText } from "./output.js";
import { escapeControls } from "../text/escape.js";

/** Prints a usage error as `error: …` plus its hint, and returns exit code 2. */
function usageError(io: Io, error: UsageError): number {
  io.err(`${PROGRAM}: ${escapeControls(error.message)}\n${error.hint ? `${escapeControls(error.hint)}\n` : ""}`);
  return EXIT.usage;
}

function version(io: Io, json: boolean): number {
  const { version, hash } = dataset;
  io.out(json ? jsonText({ name: PROGRAM, version, hash }) : `${PROGRAM} ${version}\ndataset hash ${hash}\n`);
  return EXIT.ok;
}

/**
 * Runs the CLI with `argv` (the arguments after the program name) and returns the exit code:
 * 0 success, 1 nothing found, 2 usage error, 70 an internal error, 73 an output file that
 * cannot be written.
 */
export function runCli(argv: readonly string[], io: Io): number {
  // Flags before the command name: --help, --version, and --json (passed on to the command).
  const index = argv.findIndex((arg) => !arg.startsWith("-"));
  const leading = index === -1 ? argv : argv.slice(0, index);
  const [name, ...rest] = index === -1 ? [] : argv.slice(index);
  const json = leading.includes("--json");
  try {
    const stray = leading.find((flag) => !["--help", "-h", "--version", "-v", "--json"].includes(flag));
    if (stray) throw unknownValue("flag", stray, ["--help", "--version", "--json"]);
    if (leading.includes("--version") || leading.includes("-v")) return version(io, json || rest.includes("--json"));
    if (leading.includes("--help") || leading.includes("-h") || name === "help") {
      const topic = name === "help" ? rest[0] : name;
      const command = topic === undefined ? undefined : COMMANDS.find((c) => c.name === topic);
      if (topic !== undefined && !command)
        throw unknownValue(
          "command",
          topic,
          COMMANDS.map((c) => c.name),
        );
      io.out(command ? commandHelp(command) : programHelp(COMMANDS, dataset.version));
      return EXIT.ok;
    }
    if (name === undefined) {
      io.err(programHelp(COMMANDS, dataset.version));
      return EXIT.usage;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const error = unknownValue(
        "command",
        name,
        COMMANDS.map((c) => c.name),
      );
      throw new UsageError(error.message, `${error.hint?.startsWith("Did") ? `${error.hint} ` : ""}Run \`${PROGRAM} --help\` for the commands.`);
    }
    const { values, positionals } = parseCommandArgs(command, json ? [...rest, "--json"] : rest);
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return command.run({ values, positionals, io, json: values.json === true });
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error);
    if (error instanceof OutputError) {
      io.err(`${PROGRAM}: ${escapeControls(error.message)}\n`);
      return error.exitCode;
    }
    io.err(`${PROGRAM}: internal error: ${((error as Error).stack ?? String(error)).split("\n").map(escapeControls).join("\n")}\nPlease report it with the command you ran.\n`);
    return EXIT.internal;
  }
}
