// The built package, for the rows that measure what a user runs: the command and the time to import each entry.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The root of the package. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** The path of a built file; throws if the package is not built (bench/run.ts builds it first). */
export function built(file: string): string {
  const path = join(ROOT, file);
  if (!existsSync(path)) throw new Error(`${file} is missing: build first (npm run build)`);
  return path;
}
