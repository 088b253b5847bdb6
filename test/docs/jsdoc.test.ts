// Every export of every entry point has JSDoc with a summary, and every exported
// function and constant an @example (the docs site is built from them).
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const entries = ["src/index.ts", "src/text/index.ts", "src/revision/index.ts", "src/import/index.ts", "src/schemas.ts", "src/testing/index.ts", "src/fixtures/index.ts"];

const program = ts.createProgram(
  entries.map((e) => resolve(root, e)),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true },
);
const checker = program.getTypeChecker();

interface Documented {
  readonly entry: string;
  readonly name: string;
  readonly isValue: boolean;
  readonly summary: string;
  readonly tags: readonly string[];
}

function exportsOf(entry: string): Documented[] {
  const file = program.getSourceFile(resolve(root, entry));
  if (file === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker).map((t) => t.name);
    const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    return { entry, name: exported.getName(), isValue, summary, tags };
  });
}

const all = entries.flatMap(exportsOf);

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
});
