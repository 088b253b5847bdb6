// Type-checks the pages assembled by doc-blocks.ts with the TypeScript compiler API: each page
// is one module, its imports of `fogcount`, `fogcount/text`, … pointing at src/. A type error
// is reported with the page, block and line it comes from.
import { join } from "node:path";
import ts from "typescript";

import { type Page, root, specifier } from "./doc-blocks.js";

const DIR = join(root, "test/docs");

/** The module the compiler reads for a page: imports, the runner's three functions, then the blocks. */
export function checkedSource(page: Page): { text: string; origin: number[] } {
  const head = page.imports.map((i) => {
    const from = JSON.stringify(specifier(i.module, DIR));
    const type = i.typeOnly ? "type " : "";
    if (i.imported === "default") return `import ${type}${i.local} from ${from};`;
    if (i.imported === "*") return `import ${type}* as ${i.local} from ${from};`;
    return `import ${type}{ ${i.imported} as ${i.local} } from ${from};`;
  });
  const helpers = [
    "declare function __at(line: number): void;",
    "declare function __check(id: number, value: unknown): void;",
    "declare function __throws(id: number, run: () => Promise<unknown>): Promise<void>;",
    "export async function __page(): Promise<void> {",
  ];
  const text = [...head, ...helpers, ...page.body, "}"].join("\n");
  const origin = [...page.imports.map((i) => i.line), ...helpers.map(() => 0), ...page.origin, 0];
  return { text, origin };
}

/**
 * The compiler options of tsconfig.json, as a user's strict project has them, less the three
 * a snippet cannot meet: a snippet declares values to show them (`noUnusedLocals`,
 * `noUnusedParameters`), and indexes arrays it has just shown the length of (`noUncheckedIndexedAccess`).
 */
function options(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) throw new Error("cannot read tsconfig.json");
  return { ...config.options, noUnusedLocals: false, noUnusedParameters: false, noUncheckedIndexedAccess: false, noEmit: true };
}

/** Type-checks every page; for each page, its errors as "page block N, line L: message". */
export function typeErrors(pages: readonly Page[]): Map<string, string[]> {
  const files = new Map(pages.map((p) => [join(DIR, `${p.page.replace(/[^\w]/g, "_")}.doc.ts`), { page: p, ...checkedSource(p) }]));
  const host = ts.createCompilerHost(options());
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    const file = files.get(name);
    return file === undefined ? getSourceFile(name, version, ...rest) : ts.createSourceFile(name, file.text, version, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const program = ts.createProgram([...files.keys()], options(), host);
  const out = new Map<string, string[]>(pages.map((p) => [p.page, []]));
  for (const [name, file] of files) {
    const sf = program.getSourceFile(name);
    if (sf === undefined) throw new Error(`the compiler did not read ${name}`);
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const line = d.start === undefined ? -1 : sf.getLineAndCharacterOfPosition(d.start).line;
      const at = file.origin[line] ?? 0;
      const block = file.page.blocks.filter((b) => b.line <= at).at(-1);
      const where = at === 0 ? "(a line the runner added)" : `block ${block?.n ?? "?"}, line ${at}`;
      out.get(file.page.page)?.push(`${file.page.page} ${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    }
  }
  return out;
}
