// The @example of every export of fogcount/testing shows what it returns: each
// statement followed by `//=>` is run and its result compared (a result
// written `//=> e.g. …` is an illustration of a random draw, and is not; the
// statements before it that show no result are shown, not run).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as casualty from "../../src/casualty/index.js";
import * as dataset from "../../src/dataset/index.js";
import * as deployment from "../../src/deployment/index.js";
import * as fixtures from "../../src/fixtures/index.js";
import * as main from "../../src/index.js";
import * as ledger from "../../src/ledger/index.js";
import * as revision from "../../src/revision/index.js";
import * as schemas from "../../src/schemas.js";
import * as testing from "../../src/testing/index.js";

const SCOPE: Record<string, unknown> = { ...main, ...schemas, ...casualty, ...dataset, ...deployment, ...ledger, ...revision, ...fixtures, ...testing, fc };
const dir = resolve(import.meta.dirname, "../../src/testing");
const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, "builders")).map((f) => join(dir, "builders", f))].filter((f) => f.endsWith(".ts"));

/** Each statement of an @example with the result written after it. */
function examples(file: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [, block] of readFileSync(file, "utf8").matchAll(/@example\n([\s\S]*?)\*\//g)) {
    const lines = (block ?? "").split("\n").map((l) => l.replace(/^\s*\* ?/, "")).filter((l) => l.trim() !== "");
    let code: string[] = [];
    for (const line of lines) {
      if (!line.startsWith("//=>")) code.push(line);
      else {
        // the statement the result is of: the lines after the last one that ends a statement before it
        const end = code.slice(0, -1).map((l) => l.trimEnd().endsWith(";")).lastIndexOf(true);
        if (!line.startsWith("//=> e.g.")) out.push([code.slice(end + 1).join("\n"), line.slice(4).trim()]);
        code = [];
      }
    }
  }
  return out;
}

const all = files.flatMap((f) => examples(f).map(([code, result]) => [`${f.slice(dir.length + 1)}: ${code}`, code, result] as const));

describe("the examples of fogcount/testing", () => {
  it("are found", () => expect(all.length).toBeGreaterThan(20));

  it.each(all)("%s", (_name, code, result) => {
    const run = new Function(...Object.keys(SCOPE), `return (${code.replace(/;\s*$/, "")});`);
    expect(run(...Object.values(SCOPE))).toEqual(new Function(`return (${result});`)());
  });
});
