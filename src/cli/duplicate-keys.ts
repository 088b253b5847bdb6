// Keys named twice in one JSON object. JSON.parse keeps the last of them and
// drops the others without a word, so a dataset with `"modality"` written
// twice would be read with one of its values lost. The members of a text
// (its colons outside strings) are counted in the reader's one scan of it;
// finding where is done only when they differ from the keys parsed.

import { visit } from "jsonc-parser";

/** The number of own keys of every object in a parsed JSON value (which nests at most as deep as the reader allows). */
export function keyCount(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += keyCount(item);
    return n;
  }
  for (const key of Object.keys(value)) n += 1 + keyCount((value as Record<string, unknown>)[key]);
  return n;
}

/** A key named a second time in one object: the key, and the offsets of its first and second naming. */
export interface DuplicateKey {
  readonly key: string;
  readonly first: number;
  readonly offset: number;
}

/** The first key named twice in one object of a JSON text, or undefined. */
export function firstDuplicateKey(text: string): DuplicateKey | undefined {
  const open: Map<string, number>[] = [];
  let found: DuplicateKey | undefined;
  try {
    visit(text, {
      onObjectBegin: () => {
        open.push(new Map());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (key, offset) => {
        const keys = open[open.length - 1] as Map<string, number>;
        const first = keys.get(key);
        if (first !== undefined) {
          found = { key, first, offset };
          throw found;
        }
        keys.set(key, offset);
      },
    });
  } catch (stop) {
    if (stop !== found) throw stop;
  }
  return found;
}
