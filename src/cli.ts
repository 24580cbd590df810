/**
 * The `central-asia-security` command (built to dist/cli.js, the package's `bin`). Node only:
 * the library entry stays free of `node:*` imports, so this file is a separate bundle.
 * @module
 */
import { runCli } from "./cli/main.js";
import { processIo } from "./cli/io.js";

// `… | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), processIo());
