/** Reads `data/<collection>/<id>.json` files into memory, in a stable order. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { COLLECTIONS, type Kind } from "../../src/model/vocabulary.js";

/** One file found under the data folder. */
export interface DataFile {
  /** Path relative to the repository root, with forward slashes, e.g. `data/meetings/x.json`. */
  readonly file: string;
  /** The record kind its folder stands for, or undefined for an unknown folder. */
  readonly kind: Kind | undefined;
  /** The folder name under `data/`. */
  readonly collection: string;
  /** File name without `.json`. */
  readonly name: string;
  /** The file's bytes. */
  readonly bytes: Uint8Array;
  /** The bytes decoded as UTF-8 (bad sequences become U+FFFD: check `bytes` before trusting it). */
  readonly text: string;
}

const KIND_BY_COLLECTION = new Map(Object.entries(COLLECTIONS).map(([kind, dir]) => [dir as string, kind as Kind]));

/** Lists every file under `dataDir` (one level of collection folders), sorted by path. */
export function loadDataFiles(dataDir: string, root: string): DataFile[] {
  const files: DataFile[] = [];
  for (const collection of readdirSync(dataDir).sort()) {
    const folder = join(dataDir, collection);
    if (!statSync(folder).isDirectory()) {
      files.push(describe(folder, "", root));
      continue;
    }
    for (const entry of readdirSync(folder).sort()) {
      files.push(describe(join(folder, entry), collection, root));
    }
  }
  return files;
}

function describe(path: string, collection: string, root: string): DataFile {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const bytes = statSync(path).isFile() ? readFileSync(path) : new Uint8Array();
  return {
    file: relative(root, path).split("\\").join("/"),
    kind: KIND_BY_COLLECTION.get(collection),
    collection,
    name: base.replace(/\.json$/, ""),
    bytes,
    text: Buffer.from(bytes).toString("utf8"),
  };
}
