// Runs the code blocks of the reference pages and checks every `//=>` result, so a page
// can never disagree with the code. A block fenced as ```ts no-run is shown, not run.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as casualty from "../../src/casualty/index.js";
import * as deployment from "../../src/deployment/index.js";
import * as dataset from "../../src/dataset/index.js";
import * as explain from "../../src/explain/index.js";
import * as fixtures from "../../src/fixtures/index.js";
import * as importers from "../../src/import/index.js";
import * as main from "../../src/index.js";
import * as ledger from "../../src/ledger/index.js";
import * as render from "../../src/render/index.js";
import * as revision from "../../src/revision/index.js";
import * as testing from "../../src/testing/index.js";
import * as text from "../../src/text/index.js";

const ENTRIES: Readonly<Record<string, Record<string, unknown>>> = {
  fogcount: main,
  "fogcount/text": text,
  "fogcount/revision": revision,
  "fogcount/explain": explain,
  "fogcount/casualty": casualty,
  "fogcount/dataset": dataset,
  "fogcount/deployment": deployment,
  "fogcount/fixtures": fixtures,
  "fogcount/import": importers,
  "fogcount/ledger": ledger,
  "fogcount/render": render,
  "fogcount/testing": testing,
};
/** The packages a page imports by default export: `import fc from "fast-check";`. */
const DEFAULTS: Readonly<Record<string, unknown>> = { "fast-check": fc };
const PAGES = ["docs/case-study.md", "docs/grammar.md", "docs/revisions.md", "docs/explain.md", "docs/casualties.md", "docs/deployments.md", "docs/datasets.md", "docs/ledgers.md", "docs/charts.md", "docs/testing-kit.md", "docs/reference/json-schema.md"];

interface Example {
  readonly setup: string;
  readonly code: string;
  readonly expected: string;
}

/** The ```ts blocks of a page. */
function blocks(page: string): string[] {
  return [...readFileSync(page, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

/** A block's imports, as names bound to the entries' exports. */
function imports(block: string): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const m of block.matchAll(/^import \{([^}]*)\} from "([^"]+)";$/gm)) {
    const entry = ENTRIES[m[2] ?? ""];
    if (entry === undefined) throw new Error(`no entry ${m[2]}`);
    for (const name of (m[1] ?? "").split(",").map((n) => n.trim()).filter(Boolean)) scope[name] = entry[name];
  }
  for (const m of block.matchAll(/^import (\w+) from "([^"]+)";$/gm)) {
    if (!Object.hasOwn(DEFAULTS, m[2] ?? "")) throw new Error(`no default export of ${m[2]}`);
    scope[m[1] ?? ""] = DEFAULTS[m[2] ?? ""];
  }
  return scope;
}

/** The declarations among statements (`const`, `let`, `function`), each whole however many lines it takes: what later examples of a block build on. */
function declarationsOf(code: string): string {
  const out: string[] = [];
  let statement: string[] = [];
  let depth = 0;
  for (const line of code.split("\n")) {
    statement.push(line);
    for (const ch of line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, "").replace(/\/\/.*$/, "")) depth += "([{".includes(ch) ? 1 : ")]}".includes(ch) ? -1 : 0;
    if (depth !== 0 || !line.trimEnd().endsWith(";")) continue;
    const text = statement.join("\n");
    if (/^\s*(const|let|function) /.test(text)) out.push(text);
    statement = [];
  }
  return out.join("\n");
}

/** The statements of a block, each with the `//=>` result written after it. */
function examples(block: string): Example[] {
  const lines = block.split("\n").filter((l) => !l.startsWith("import "));
  const out: Example[] = [];
  let setup = "";
  let code: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? "";
    if (!line.startsWith("//=>")) {
      code.push(line);
      continue;
    }
    const expected = [line.slice(4)];
    while ((lines[k + 1] ?? "").startsWith("//")) expected.push((lines[++k] ?? "").slice(2));
    out.push({ setup, code: code.join("\n"), expected: expected.join("\n") });
    setup += `${declarationsOf(code.join("\n"))}\n`;
    code = [];
  }
  return out;
}

/** Splits an example's code into the declarations before it and the expression whose result is shown. */
function split(code: string): [string, string] {
  const lines = code.trim().split("\n");
  let last = -1;
  lines.forEach((line, k) => {
    if (/^(const|let) /.test(line)) last = k;
  });
  if (last < 0) return ["", code];
  while (last < lines.length && !(lines[last] ?? "").endsWith(";")) last++;
  return [lines.slice(0, last + 1).join("\n"), lines.slice(last + 1).join("\n")];
}

function run(scope: Record<string, unknown>, setup: string, example: string): unknown {
  const [declarations, code] = split(example);
  const body = `${setup}\n${declarations}\nreturn (${code.trim().replace(/;$/, "")});`;
  return new Function(...Object.keys(scope), body)(...Object.values(scope));
}

describe.each(PAGES)("the examples of %s", (page) => {
  const all = blocks(page).flatMap((b, n) => examples(b).map((e, k) => [`block ${n + 1}, example ${k + 1}: ${e.code.trim()}`, e, imports(b)] as const));

  it("has examples", () => expect(all.length).toBeGreaterThan(0));

  it.each(all)("%s", (_name, e, scope) => {
    const expected: unknown = new Function(`return (${e.expected});`)();
    expect(run(scope, e.setup, e.code)).toEqual(expected);
  });
});
