/**
 * `npm run build`: validates data/, derives the dataset, writes src/generated/ and dist/ (see
 * scripts/lib/build-dataset.ts). Settings come from the environment (`CAS_DATA_DIR`,
 * `CAS_DIST_DIR`, `CAS_RELEASES_DIR`, `CAS_SOURCES_DIR`, `CI`). Exits 1 when the build fails,
 * leaving dist/ untouched.
 */
import { resolve } from "node:path";
import { buildDataset } from "./lib/build-dataset.js";

process.exitCode = await buildDataset({
  root: resolve(import.meta.dirname, ".."),
  env: process.env,
  cwd: process.cwd(),
  log: (text) => console.log(text),
  error: (text) => console.error(text),
});
