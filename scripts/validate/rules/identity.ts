/** Rules about record ids: pattern, file name, uniqueness. */
import type { Problem, Rule } from "../types.js";

/** Lowercase words and digits joined by single hyphens, at most 80 characters. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idPattern: Rule = {
  name: "id-pattern",
  description: "Ids are lowercase slugs (a-z, 0-9, single hyphens) of at most 80 characters.",
  check: ({ records, tombstones }) =>
    [...records, ...tombstones]
      .filter(({ record }) => !ID_PATTERN.test(record.id) || record.id.length > 80)
      .map(({ file, record }) => ({
        file,
        path: "id",
        rule: "id-pattern",
        message: `id ${JSON.stringify(record.id)} is not a lowercase slug of at most 80 characters`,
        hint: 'use a-z, 0-9 and single hyphens, e.g. "2018-tashkent-declaration"',
      })),
};

export const fileNameMatchesId: Rule = {
  name: "file-name-matches-id",
  description: "A record's file is named after its id: data/<collection>/<id>.json.",
  check: ({ records, tombstones }) =>
    [...records, ...tombstones]
      .filter(({ name, record }) => name !== record.id)
      .map(({ file, name, record }) => ({
        file,
        path: "id",
        rule: "file-name-matches-id",
        message: `id ${JSON.stringify(record.id)} does not match the file name ${JSON.stringify(name)}`,
        hint: `rename the file to ${record.id}.json or change the id to ${JSON.stringify(name)}`,
      })),
};

export const duplicateId: Rule = {
  name: "duplicate-id",
  description: "Every id is used by exactly one record, across all kinds.",
  check: ({ byId }) => {
    const problems: Problem[] = [];
    for (const [id, holders] of byId) {
      if (holders.length < 2) continue;
      for (const holder of holders) {
        const others = holders.filter((h) => h !== holder).map((h) => h.file);
        problems.push({
          file: holder.file,
          path: "id",
          rule: "duplicate-id",
          message: `id ${JSON.stringify(id)} is also used by ${others.join(", ")}`,
          hint: "ids are unique across all kinds; give one of the records another id (a tombstone keeps an old id resolvable)",
        });
      }
    }
    return problems;
  },
};
