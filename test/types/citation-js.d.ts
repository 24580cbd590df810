/**
 * The part of Citation.js (@citation-js/core, which ships no types) the tests use: parse any
 * input its plugins read (CFF, BibTeX) into CSL-JSON `data`, and `format` it (e.g. "bibtex").
 */
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
    readonly data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-cff";
declare module "@citation-js/plugin-bibtex";
