// Every ```ts and ```js block of README.md and docs/**/*.md is type-checked and run, and every
// `//=>` result is checked against what its statement gives, so a page can never disagree with
// the code. A block fenced as ```ts no-run is shown, not run; only the pages fences.test.ts
// lists, with their reasons, may have one. The rules for authors are in CONTRIBUTING.md
// ("Code blocks in the docs").
import { inspect } from "node:util";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { assemble, ENTRIES, type Expected, type Page, pages } from "./doc-blocks.js";
import { typeErrors } from "./doc-typecheck.js";

const PAGES = pages().map(assemble);

let checked: Map<string, string[]> | undefined;
/** The type errors of every page, found once for all pages. */
function errorsOf(page: string): string[] {
  checked ??= typeErrors(PAGES);
  return checked.get(page) ?? [];
}

/** What a page's run gave: each result's value or error, and the error that stopped the page, with its line. */
interface Run {
  readonly values: Map<number, { readonly value?: unknown; readonly error?: unknown; readonly threw: boolean }>;
  readonly stopped?: { readonly line: number; readonly error: unknown };
}

/** `vitest` as a block sees it: a test it declares runs at once. */
const VITEST = { expect, it: async (_: string, body: () => unknown) => body(), test: async (_: string, body: () => unknown) => body() };

async function moduleOf(name: string): Promise<Record<string, unknown>> {
  if (name === "vitest") return VITEST;
  return (await import(/* @vite-ignore */ ENTRIES.get(name) ?? name)) as Record<string, unknown>;
}

/** The page as a script: its imports bound from `__modules`, its body transpiled. */
function script(page: Page): string {
  const head = page.imports
    .filter((i) => !i.typeOnly)
    .map((i) => {
      const from = `__modules[${JSON.stringify(i.module)}]`;
      if (i.imported === "*") return `const ${i.local} = ${from};`;
      return `const ${i.local} = ${from}[${JSON.stringify(i.imported)}];`;
    });
  const body = ts.transpileModule(page.body.join("\n"), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return [...head, body.replace(/^export \{\};$/m, "")].join("\n");
}

const runs = new Map<string, Promise<Run>>();
/** Runs a page once, however many of its blocks ask. */
function run(page: Page): Promise<Run> {
  const started = runs.get(page.page) ?? runPage(page);
  runs.set(page.page, started);
  return started;
}

async function runPage(page: Page): Promise<Run> {
  const modules: Record<string, unknown> = {};
  for (const i of page.imports) if (!i.typeOnly) modules[i.module] ??= await moduleOf(i.module);
  const values: Run["values"] = new Map();
  let line = 0;
  const at = (n: number): void => void (line = n);
  const check = (id: number, value: unknown): void => void values.set(id, { value, threw: false });
  const throws = async (id: number, body: () => Promise<unknown>): Promise<void> => {
    try {
      values.set(id, { value: await body(), threw: false });
    } catch (error) {
      values.set(id, { error, threw: true });
    }
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
  try {
    await new AsyncFunction("__modules", "__at", "__check", "__throws", script(page))(modules, at, check, throws);
    return { values };
  } catch (error) {
    return { values, stopped: { line, error } };
  }
}

/** Checks what a statement gave against its `//=>` result. */
function compare(where: string, expected: Expected, got: { value?: unknown; error?: unknown; threw: boolean }): void {
  if (expected.kind === "value") {
    if (got.threw) throw new Error(`${where}: threw ${String(got.error)}`);
    expect.soft(got.value, `${where} gave ${inspect(got.value, { depth: null, breakLength: Infinity })}`).toEqual(new Function(`return (${expected.text}\n);`)());
    return;
  }
  if (!got.threw) throw new Error(`${where}: did not throw, gave ${JSON.stringify(got.value)}`);
  const error = got.error as { name?: unknown; code?: unknown; message?: unknown };
  const seen = { name: error.name, code: error.code, message: String(error.message).replace(/\s+/g, " ") };
  const want = { name: expected.name, code: expected.code ?? seen.code, message: expected.message?.replace(/\s+/g, " ") ?? seen.message };
  expect.soft(seen, where).toEqual(want);
}

describe.each(PAGES.map((p) => [p.page, p] as const))("the code blocks of %s", (name, page) => {
  it("are written as the runner reads them", () => {
    if (page.problems.length > 0) throw new Error(page.problems.join("\n"));
  });

  // the first page to ask type-checks every page at once
  it("type-check", () => {
    const errors = errorsOf(name);
    if (errors.length > 0) throw new Error(errors.join("\n"));
  }, 180_000);

  it.each(page.blocks.map((b) => [b.n, b.line, b] as const))("block %i (line %i) runs and gives its results", async (_n, _line, block) => {
    const { values, stopped } = await run(page);
    const last = page.blocks[block.n]?.line ?? Infinity;
    if (stopped !== undefined && stopped.line < last) {
      const where = stopped.line >= block.line ? `${name}:${stopped.line}` : `an earlier block (${name}:${stopped.line})`;
      throw new Error(`${where} threw: ${stopped.error instanceof Error ? `${stopped.error.name}: ${stopped.error.message}` : String(stopped.error)}`);
    }
    for (const result of page.results.filter((r) => r.block === block.n)) {
      const got = values.get(result.id);
      if (got === undefined) throw new Error(`${name}:${result.line}: the statement was not reached`);
      compare(`${name}:${result.line}`, result.expected, got);
    }
  });
});

it("reads every page, and checks results on them", () => {
  expect(PAGES.length).toBeGreaterThan(15);
  expect(PAGES.reduce((n, p) => n + p.results.length, 0)).toBeGreaterThan(150);
});
