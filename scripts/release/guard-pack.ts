/** `prepack` and `prepublishOnly`: refuses, with the reason, to pack data under a version that does not hold it (see pack-check.ts). */
import { resolve } from "node:path";
import { packRefusal } from "./pack-check.js";

const refusal = packRefusal(resolve(import.meta.dirname, "../.."));
if (refusal) {
  console.error(`npm pack refused:\n${refusal}`);
  process.exitCode = 1;
}
