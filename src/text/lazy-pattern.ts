/**
 * A regular expression built on first use. An engine checks a regex literal's pattern when it
 * compiles the module holding it, even inside a function that is never called, and a pattern
 * with Unicode property escapes (`\p{L}`) builds its character sets right then: the package's
 * three such literals cost about 1.4 ms of CPU at every import (docs/performance.md). A pattern
 * given as a string is checked when the first call builds it.
 * @param source - The pattern, as `new RegExp` takes it (backslashes doubled in a string literal).
 * @param flags - Its flags (`"u"`, `"gu"`, …).
 * @returns A function returning the one RegExp, the same object at every call.
 * @throws {SyntaxError} at the first call, when the pattern or its flags are invalid.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= new RegExp(source, flags);
    return pattern;
  };
}
