/**
 * One readable line for a build that failed for a reason other than the data (a file that cannot
 * be written, a full disk, a bundler error, a bug): what failed, on which file, and always that
 * dist/ was left unchanged. Never a raw stack; `CAS_BUILD_DEBUG=1` appends it for whoever debugs.
 */
import { relative } from "node:path";

/** System errors whose cause a reader knows by name. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  EISDIR: "a folder is in the way",
  ENOTDIR: "a file is in the way of a folder",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the path is too long",
};

/** The failure as one line ending in "dist/ was left unchanged."; file names are relative to `cwd`. */
export function buildFailure(error: unknown, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const failure = error as NodeJS.ErrnoException | undefined;
  // The message without stack lines, on one line, cut to a readable length.
  const firstLine = (text: string): string => {
    const lines = text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("at "));
    const joined = lines.join(" ").replace(/\s+/g, " ").replace(/[.:]$/, "");
    return joined.length > 300 ? `${joined.slice(0, 299)}…` : joined;
  };
  let what: string;
  if (failure?.code && failure.path) {
    const file = relative(cwd, failure.path) || failure.path;
    what = `cannot write ${file}: ${CAUSES[failure.code] ?? firstLine(failure.message)} (${failure.code})`;
  } else if (failure instanceof RangeError && /call stack/i.test(failure.message)) {
    what = "a value nested too deeply to process (Maximum call stack size exceeded)";
  } else {
    what = firstLine(failure instanceof Error ? failure.message : String(error));
  }
  const stack = env.CAS_BUILD_DEBUG && failure instanceof Error && failure.stack ? `\n${failure.stack}` : "";
  return `Build failed: ${what}. dist/ was left unchanged.${stack}`;
}
