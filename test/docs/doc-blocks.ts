// Reads the code blocks of a Markdown page and assembles them into one module per page, for
// doc-examples.test.ts to type-check and run. The rules for authors are in CONTRIBUTING.md
// ("Code blocks in the docs").
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

export const root = resolve(import.meta.dirname, "../..");

/** Pages the runner leaves out, with why. */
export const EXCLUDED: Readonly<Record<string, string>> = {};

/** `README.md` and every `docs/**\/*.md`, the excluded ones included, in a stable order. */
export function allPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith(".md") ? [join(dir, d.name)] : []));
  return ["README.md", ...walk("docs").sort()];
}

/** `README.md` and every `docs/**\/*.md` but the excluded ones, in a stable order. */
export function pages(): string[] {
  return allPages().filter((p) => !Object.hasOwn(EXCLUDED, p));
}

/** The import names of the package's entries (`fogcount`, `fogcount/text`, …), each with its source file, read from tsup.config.ts. */
export const ENTRIES: ReadonlyMap<string, string> = new Map(
  [...readFileSync(join(root, "tsup.config.ts"), "utf8").matchAll(/^\s*(\w+): "(src\/[\w/]+\.ts)",$/gm)].map((m) => [
    m[1] === "index" ? "fogcount" : `fogcount/${m[1] ?? ""}`,
    resolve(root, m[2] ?? ""),
  ]),
);

export interface Block {
  readonly page: string;
  /** 1-based, among the page's runnable blocks. */
  readonly n: number;
  /** The page line of the block's first line of code. */
  readonly line: number;
  readonly code: string;
}

/** The languages whose blocks are run. */
export const RUNNABLE: ReadonlySet<string> = new Set(["ts", "typescript", "js", "javascript"]);

/** A fenced block of a page, as written: its language, the rest of its info string, its first line of code and its code. */
export interface Fence {
  readonly page: string;
  readonly lang: string;
  readonly info: string;
  /** The page line of the block's first line of code. */
  readonly line: number;
  readonly code: string;
}

/** Every fenced block of a page (``` or ~~~), whatever its language. */
export function fencesOf(page: string): Fence[] {
  const lines = readFileSync(join(root, page), "utf8").split("\n");
  const out: Fence[] = [];
  for (let k = 0; k < lines.length; k++) {
    const open = /^(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(lines[k] ?? "");
    if (open === null) continue;
    const [, fence = "", lang = "", info = ""] = open;
    const start = k + 1;
    while (k + 1 < lines.length && (lines[k + 1] ?? "").trim() !== fence) k++;
    k++;
    out.push({ page, lang, info: info.trim(), line: start + 1, code: lines.slice(start, k).join("\n") });
  }
  return out;
}

/** Whether a fenced block is marked not to be run (```ts no-run). */
export function isNoRun(fence: Fence): boolean {
  return /\bno-run\b/.test(fence.info);
}

/** The runnable blocks of a page: ```ts and ```js fences, but not ```ts no-run. */
export function blocksOf(page: string): Block[] {
  const out: Block[] = [];
  for (const f of fencesOf(page)) if (RUNNABLE.has(f.lang) && !isNoRun(f)) out.push({ page, n: out.length + 1, line: f.line, code: f.code });
  return out;
}

/** What a `//=>` comment expects: a value (a JavaScript expression), or an error. */
export type Expected =
  | { readonly kind: "value"; readonly text: string }
  | { readonly kind: "throws"; readonly name: string; readonly code?: string; readonly message?: string };

export interface Result {
  readonly id: number;
  readonly block: number;
  /** The page line of the `//=>` comment. */
  readonly line: number;
  readonly expected: Expected;
}

/** Whether `text` reads as one JavaScript expression. */
function isExpression(text: string): boolean {
  try {
    new Function(`return (${text}\n);`);
    return true;
  } catch {
    return false;
  }
}

/** Reads a `//=>` comment: `text` is what follows `//=>`, `more` the `//` lines below it. */
export function readExpected(text: string, more: readonly string[]): [Expected, number] {
  const thrown = /^throws\s+(\w+)(?:\s+([a-z0-9]+(?:-[a-z0-9]+)*))?\s*(?::\s*(.*))?$/.exec(text.trim());
  if (thrown !== null) {
    const [, name = "", code, first] = thrown;
    const rest: string[] = [];
    while (rest.length < more.length && /^\s{2,}\S/.test(more[rest.length] ?? "")) rest.push((more[rest.length] ?? "").trim());
    const message = [first ?? "", ...rest].join(" ").trim();
    return [{ kind: "throws", name, ...(code === undefined ? {} : { code }), ...(message === "" ? {} : { message }) }, rest.length];
  }
  let value = text;
  let used = 0;
  while (!isExpression(value) && used < more.length) value += `\n${more[used++] ?? ""}`;
  if (!isExpression(value)) throw new Error(`cannot read the result ${JSON.stringify(text.trim())} as a value: put any commentary on a // line above the statement`);
  return [{ kind: "value", text: value.trim() }, used];
}

/** One page assembled into a module: `head` is its imports, `body` its blocks, each in a scope nested in the previous block's. */
export interface Page {
  readonly page: string;
  readonly blocks: readonly Block[];
  readonly results: readonly Result[];
  readonly imports: readonly Import[];
  /** The body's lines, and for each the page line it came from (0 for a line the runner added). */
  readonly body: readonly string[];
  readonly origin: readonly number[];
  /** Mistakes in how the page is written (a result that follows nothing, an unknown entry), with their lines. */
  readonly problems: readonly string[];
}

export interface Import {
  readonly module: string;
  readonly local: string;
  /** `default`, `*`, or the exported name. */
  readonly imported: string;
  readonly typeOnly: boolean;
  readonly line: number;
}

function importsOf(decl: ts.ImportDeclaration, line: number): Import[] {
  const module = (decl.moduleSpecifier as ts.StringLiteral).text;
  const clause = decl.importClause;
  if (clause === undefined) return [];
  const typeOnly = clause.isTypeOnly;
  const out: Import[] = clause.name === undefined ? [] : [{ module, local: clause.name.text, imported: "default", typeOnly, line }];
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) out.push({ module, local: bindings.name.text, imported: "*", typeOnly, line });
  if (bindings !== undefined && ts.isNamedImports(bindings)) {
    for (const s of bindings.elements) out.push({ module, local: s.name.text, imported: (s.propertyName ?? s.name).text, typeOnly: typeOnly || s.isTypeOnly, line });
  }
  return out;
}

/** The name a variable statement declares, when it declares one. */
function declared(s: ts.Statement): string | undefined {
  if (!ts.isVariableStatement(s) || s.declarationList.declarations.length !== 1) return undefined;
  const name = s.declarationList.declarations[0]?.name;
  return name !== undefined && ts.isIdentifier(name) ? name.text : undefined;
}

/** A block's code with results checked and each statement marked with its page line; adds its results and imports. */
function rewrite(block: Block, page: Omit<Page, "body" | "origin"> & { results: Result[]; imports: Import[]; problems: string[] }): string {
  const sf = ts.createSourceFile("block.ts", block.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineOf = (pos: number): number => block.line + sf.getLineAndCharacterOfPosition(pos).line;
  const edits: [number, number, string][] = [];
  let consumed = 0;
  sf.statements.forEach((s, k) => {
    const start = s.getStart(sf);
    const text = block.code.slice(start, s.end);
    if (ts.isImportDeclaration(s)) {
      page.imports.push(...importsOf(s, lineOf(start)));
      edits.push([start, s.end, text.replace(/[^\n]/g, " ")]);
      return;
    }
    const after = block.code.slice(s.end, sf.statements[k + 1]?.getStart(sf) ?? block.code.length);
    const at = after.indexOf("//=>");
    let replaced = `__at(${lineOf(start)}); ${text}`;
    if (at >= 0) {
      consumed++;
      const lines = after.slice(at + 4).split("\n");
      const more = lines.slice(1).map((l) => l.trim()).filter((l) => l.startsWith("//") && !l.startsWith("//=>")).map((l) => l.slice(2));
      const line = lineOf(s.end + at);
      try {
        const [expected] = readExpected(lines[0] ?? "", more);
        const id = page.results.length;
        page.results.push({ id, block: block.n, line, expected });
        const name = declared(s);
        if (expected.kind === "throws" && ts.isExpressionStatement(s)) replaced = `__at(${lineOf(start)}); await __throws(${id}, async () => (${block.code.slice(s.expression.getStart(sf), s.expression.end)}));`;
        else if (ts.isExpressionStatement(s)) replaced = `__at(${lineOf(start)}); __check(${id}, (${block.code.slice(s.expression.getStart(sf), s.expression.end)}));`;
        else if (name !== undefined && expected.kind === "value") replaced += ` __check(${id}, ${name});`;
        else page.problems.push(`${block.page}:${line}: a result follows an expression, or (for a value) a declaration of one name`);
      } catch (e) {
        page.problems.push(`${block.page}:${line}: ${(e as Error).message}`);
      }
    }
    edits.push([start, s.end, replaced]);
  });
  const total = block.code.split("//=>").length - 1;
  if (total !== consumed) page.problems.push(`${block.page} block ${block.n} (line ${block.line}): ${total - consumed} //=> result(s) do not follow a statement of the block (a result inside a function or a call is not read)`);
  let code = block.code;
  for (const [from, to, text] of edits.reverse()) code = code.slice(0, from) + text + code.slice(to);
  return code;
}

/** Assembles a page: its imports hoisted, each block in a scope nested in the one before, so a block sees what earlier blocks declared and may declare a name again. */
export function assemble(page: string): Page {
  const blocks = blocksOf(page);
  const acc = { page, blocks, results: [] as Result[], imports: [] as Import[], problems: [] as string[] };
  const body: string[] = [];
  const origin: number[] = [];
  for (const block of blocks) {
    body.push("{");
    origin.push(0);
    rewrite(block, acc).split("\n").forEach((line, k) => {
      body.push(line);
      origin.push(block.line + k);
    });
  }
  for (const _ of blocks) {
    body.push("}");
    origin.push(0);
  }
  const seen = new Map<string, Import>();
  for (const i of acc.imports) {
    const before = seen.get(i.local);
    if (before !== undefined && (before.module !== i.module || before.imported !== i.imported)) acc.problems.push(`${page}:${i.line}: ${i.local} is imported from ${before.module} at line ${before.line} and from ${i.module} here`);
    if (i.module.startsWith("fogcount") && !ENTRIES.has(i.module)) acc.problems.push(`${page}:${i.line}: no entry ${i.module}`);
    if (before === undefined) seen.set(i.local, i);
  }
  return { ...acc, imports: [...seen.values()], body, origin };
}

/** The specifier a hoisted import uses in the checked module, written from `dir`. */
export function specifier(module: string, dir: string): string {
  const file = ENTRIES.get(module);
  if (file === undefined) return module;
  const path = relative(dir, file).replace(/\.ts$/, ".js");
  return path.startsWith(".") ? path : `./${path}`;
}
