// Every export of every entry point has JSDoc with a summary, and every exported
// function and constant an @example (the docs site is built from them).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const entries = ["src/index.ts", "src/text/index.ts", "src/revision/index.ts", "src/import/index.ts", "src/explain/index.ts", "src/casualty/index.ts", "src/deployment/index.ts", "src/dataset/index.ts", "src/ledger/index.ts", "src/render/index.ts", "src/schemas.ts", "src/testing/index.ts", "src/fixtures/index.ts"];

const program = ts.createProgram(
  entries.map((e) => resolve(root, e)),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true },
);
const checker = program.getTypeChecker();

interface Documented {
  readonly entry: string;
  readonly name: string;
  readonly isValue: boolean;
  readonly isFunction: boolean;
  readonly summary: string;
  readonly tags: readonly string[];
  /** The text of the `@throws` tags. */
  readonly throws: readonly string[];
}

function exportsOf(entry: string): Documented[] {
  const file = program.getSourceFile(resolve(root, entry));
  if (file === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const jsDocTags = symbol.getJsDocTags(checker);
    const tags = jsDocTags.map((t) => t.name);
    const throws = jsDocTags.filter((t) => t.name === "throws").map((t) => ts.displayPartsToString(t.text));
    const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    const isFunction = (symbol.flags & ts.SymbolFlags.Function) !== 0;
    return { entry, name: exported.getName(), isValue, isFunction, summary, tags, throws };
  });
}

const all = entries.flatMap(exportsOf);

/** The exported functions that never throw: tests, readers that return a result, and arbitraries without options. */
const NEVER_THROWS = ["isFogcountError", "isMeasure", "isDeploymentCategory", "parsePeriod", "safeParseClaim", "safeParseDataset", "parseEstimate", "arbSource", "arbAttribution"];

describe("JSDoc on the public surface", () => {
  it("reads every entry", () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it("gives every export a summary", () => {
    expect(all.filter((d) => d.summary === "").map((d) => `${d.entry}: ${d.name}`)).toEqual([]);
  });

  it("gives every exported function and constant an example, schemas aside", () => {
    const missing = all.filter((d) => d.isValue && !d.name.endsWith("Schema") && !d.tags.includes("example"));
    expect(missing.map((d) => `${d.entry}: ${d.name}`)).toEqual([]);
  });

  it("names with @throws the codes every exported function throws, each a code there is", () => {
    const codes = new Set(
      [readFileSync(resolve(root, "src/errors.ts"), "utf8"), ...readdirSync(resolve(root, "src"), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(resolve(root, "src", d.name, "codes.ts")))
        .map((d) => readFileSync(resolve(root, "src", d.name, "codes.ts"), "utf8"))]
        .flatMap((text) => [...text.matchAll(/export type \w+ErrorCode =([^;]+);/g)])
        .flatMap((union) => [...(union[1] ?? "").matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1])),
    );
    const functions = all.filter((d) => d.isFunction);
    expect(functions.filter((d) => d.throws.length === 0 && !NEVER_THROWS.includes(d.name)).map((d) => d.name)).toEqual([]);
    const named = functions.flatMap((d) => d.throws.filter((t) => t.startsWith("{FogcountError}")).flatMap((t) => [...t.matchAll(/`([a-z]+(?:-[a-z]+)+)`/g)].map((m) => [d.name, m[1]])));
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter(([, code]) => !codes.has(code)).map(([name, code]) => `${name}: ${code}`)).toEqual([]);
  });
});
