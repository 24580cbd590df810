/**
 * Safe text for generated pages. Pages are markdown with HTML blocks; typedoc parses both
 * (and `{@link}` tags, and `[label](path)` links), so user text is escaped to numeric or named
 * entities, which read the same in HTML, markdown, inline SVG and standalone SVG files.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Escapes text for any generated context: HTML text and attributes, markdown, SVG. Besides the
 * HTML specials it escapes every character markdown or typedoc could read as syntax.
 * @example
 * ```ts
 * text("A <b> & {@link x} *y*"); // "A &lt;b&gt; &amp; &#123;&#64;link x&#125; &#42;y&#42;"
 * ```
 */
export function text(value: string): string {
  return value.replace(/[&<>"'{}@[\]*_\\`|#~]/g, (c) => ENTITIES[c] ?? `&#${c.codePointAt(0)};`).replace(/\r?\n/g, "&#10;");
}

/** Attributes of an element; `undefined` and `false` values are left out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** URLs keep their `#` and `_` (typedoc reads relative links verbatim); other values are {@link text}. */
const URL_ATTRIBUTES = new Set(["href", "src"]);

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => {
      if (v === true) return ` ${k}`;
      const value = URL_ATTRIBUTES.has(k) ? String(v).replace(/[&<>"]/g, (c) => ENTITIES[c]!) : text(String(v));
      return ` ${k}="${value}"`;
    })
    .join("");
}

/**
 * An element with already-escaped inner HTML. Generated HTML never contains a blank line, so
 * markdown keeps each top-level block as one HTML block.
 * @example
 * ```ts
 * el("a", { href: "../x.md" }, text("X & Y")); // '<a href="../x.md">X &amp; Y</a>'
 * ```
 */
export function el(tag: string, attrs: Attributes, ...children: string[]): string {
  return `<${tag}${attributes(attrs)}>${children.join("")}</${tag}>`;
}

/**
 * A link with already-escaped label.
 * @example
 * ```ts
 * a("../places/doha.md", "Doha"); // '<a href="../places/doha.md">Doha</a>'
 * ```
 */
export function a(href: string, label: string, attrs: Attributes = {}): string {
  return el("a", { href, ...attrs }, label);
}

/** A `<ul>` of already-escaped items, or `""` when there are none. */
export function ul(items: readonly string[], className?: string): string {
  return items.length ? el("ul", { class: className }, ...items.map((item) => el("li", {}, item))) : "";
}

/** A table with a header row; cells are already-escaped HTML. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], className?: string): string {
  return el(
    "table",
    { class: className },
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows.map((row) => el("tr", {}, ...row.map((cell) => el("td", {}, cell))))),
  );
}

/** A two-column table of facts (label, value), skipping rows whose value is empty. */
export function facts(rows: readonly (readonly [string, string | undefined])[]): string {
  const kept = rows.filter((row): row is readonly [string, string] => !!row[1]);
  return el("table", { class: "cas-facts" }, el("tbody", {}, ...kept.map(([label, value]) => el("tr", {}, el("th", { scope: "row" }, text(label)), el("td", {}, value)))));
}

/**
 * Joins markdown blocks with blank lines, dropping empty ones.
 * @example
 * ```ts
 * blocks("# Title", "", "<p>x</p>"); // "# Title\n\n<p>x</p>"
 * ```
 */
export function blocks(...parts: readonly (string | undefined | false)[]): string {
  return parts.filter((p): p is string => !!p && p.trim() !== "").join("\n\n");
}

/**
 * A words-for-humans form of a vocabulary value.
 * @example
 * ```ts
 * words("under-way"); // "under way"
 * ```
 */
export function words(value: string): string {
  return value.replace(/-/g, " ");
}

/**
 * Upper-cases the first letter.
 * @example
 * ```ts
 * capitalize("held"); // "Held"
 * ```
 */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * "1 record", "2 records".
 * @example
 * ```ts
 * plural(2, "quote"); // "2 quotes"
 * ```
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
