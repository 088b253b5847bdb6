// Where the values at JSON paths are in the text of a file: one pass of a
// JSON scanner that reports positions, which steps over every object and
// list that holds none of the paths asked for.

import { visit } from "jsonc-parser";
import type { JSONPath } from "jsonc-parser";

import type { JsonPath } from "../dataset/sections.js";
import type { Position } from "./files.js";

const keyOf = (path: readonly (string | number)[]): string => path.join("\u0000");

/**
 * The position of the value at each path of `paths` in `text` (the JSON it
 * was parsed from); for a path that is not in the text (a field left out),
 * the position of the nearest value that holds it.
 */
export function locate(text: string, paths: readonly JsonPath[]): Position[] {
  const found = new Map<string, Position | null>();
  for (const path of paths) for (let k = 0; k <= path.length; k++) found.set(keyOf(path.slice(0, k)), null);
  const mark = (path: JSONPath, line: number, character: number): boolean => {
    const key = keyOf(path);
    if (!found.has(key)) return false;
    if (found.get(key) === null) found.set(key, { line: line + 1, column: character + 1 });
    return true;
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  visit(body, {
    onObjectBegin: (_offset, _length, line, character, path) => mark(path(), line, character),
    onArrayBegin: (_offset, _length, line, character, path) => mark(path(), line, character),
    // the scanner resumes its callbacks after a skipped object or list only when these are given
    onObjectEnd: () => undefined,
    onArrayEnd: () => undefined,
    onLiteralValue: (_value, _offset, _length, line, character, path) => {
      mark(path(), line, character);
    },
  });
  return paths.map((path) => {
    for (let k = path.length; k >= 0; k--) {
      const at = found.get(keyOf(path.slice(0, k)));
      if (at) return at;
    }
    return { line: 1, column: 1 };
  });
}
