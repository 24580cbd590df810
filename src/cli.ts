/**
 * The `central-asia-security` command (built to dist/cli.js, the package's `bin`). Node only:
 * the library entry stays free of `node:*` imports, so this file is a separate bundle.
 * @module
 */
import { runCli } from "./cli/main.js";
import { processIo, writeFailure } from "./cli/io.js";
import { PROGRAM } from "./cli/command.js";
import { EXIT } from "./cli/errors.js";

// `… | head` closes the pipe early; that is not an error worth a stack trace. Any other write
// error (a full disk, a broken device) is one line on stderr and exit 74.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`${PROGRAM}: cannot write to standard output: ${writeFailure(error)}\n`);
  process.exit(EXIT.ioError);
});

process.exitCode = runCli(process.argv.slice(2), processIo());
