// The @example of every chart runs as written, on its own: each statement
// followed by `//=>` is checked against the result written, after the lines
// before it (which define what it uses) have run.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

import * as fixtures from "../../src/fixtures/index.js";
import * as main from "../../src/index.js";
import * as render from "../../src/render/index.js";
import * as revision from "../../src/revision/index.js";

const SCOPE: Record<string, unknown> = { ...main, ...revision, ...fixtures, ...render };
const dir = resolve(import.meta.dirname, "../../src/render");

/** Each @example of a file as a program: its lines, with every `//=>` result turned into a check of the statement before it. */
function programs(file: string): string[] {
  const out: string[] = [];
  for (const [, block] of readFileSync(file, "utf8").matchAll(/@example\n([\s\S]*?)\*\//g)) {
    const lines = (block ?? "").split("\n").map((l) => l.replace(/^\s*\* ?/, "")).filter((l) => l.trim() !== "");
    const body: string[] = [];
    let code: string[] = [];
    for (const line of lines) {
      if (!line.startsWith("//=>")) code.push(line);
      else {
        const end = code.slice(0, -1).map((l) => l.trimEnd().endsWith(";")).lastIndexOf(true);
        body.push(...code.slice(0, end + 1), `check((${code.slice(end + 1).join("\n").replace(/;\s*$/, "")}), (${line.slice(4).trim()}));`);
        code = [];
      }
    }
    out.push([...body, ...code].join("\n"));
  }
  return out;
}

const all = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .flatMap((f) => programs(join(dir, f)).map((p, n) => [`${f} #${n + 1}`, p] as const));

describe("the examples of fogcount/render", () => {
  it("are found, one for each chart", () => expect(all.length).toBeGreaterThanOrEqual(4));

  it.each(all)("%s runs as written", (_name, program) => {
    let checks = 0;
    const check = (got: unknown, want: unknown) => {
      checks++;
      expect(got).toEqual(want);
    };
    new Function("check", ...Object.keys(SCOPE), program)(check, ...Object.values(SCOPE));
    expect(checks).toBeGreaterThan(0);
  });
});
