// Imports in the time room run one way: the shapes, the EDTF reader and writer,
// the schema, then the functions that use it. The text room reads time
// phrases with the time room, never the other way round.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const room = resolve(import.meta.dirname, "../../src/time");
const files = readdirSync(room).filter((name) => name.endsWith(".ts"));

/** Every module a file names in an `import` or `export … from`, `import type` included. */
function importsOf(name: string): string[] {
  const source = readFileSync(resolve(room, name), "utf8");
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The files of the room that `name` imports. */
function localImports(name: string): string[] {
  return importsOf(name)
    .filter((path) => path.startsWith("./"))
    .map((path) => path.slice(2).replace(/\.js$/, ".ts"));
}

describe("the time room's imports", () => {
  it("reads every file of the room", () => {
    expect(files).toContain("schema.ts");
    expect(files).toContain("edtf.ts");
    expect(importsOf("edtf.ts")).toContain("./schema.js");
  });

  it("keep the schema below the EDTF functions: schema.ts does not import edtf.ts", () => {
    expect(importsOf("schema.ts")).not.toContain("./edtf.js");
  });

  it("form no cycle, counting type imports", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (name: string, path: readonly string[]): void => {
      if (state.get(name) === "done") return;
      if (state.get(name) === "open") {
        cycles.push([...path.slice(path.indexOf(name)), name].join(" -> "));
        return;
      }
      state.set(name, "open");
      for (const next of localImports(name)) visit(next, [...path, name]);
      state.set(name, "done");
    };
    for (const name of files) visit(name, []);
    expect(cycles).toEqual([]);
  });

  it("never reach into the text room", () => {
    const reaching = files.filter((name) => importsOf(name).some((path) => path.startsWith("../text")));
    expect(reaching).toEqual([]);
  });
});
