// A block the runner does not run is a block nobody checks: its results can drift from the
// code unseen (the Revisions guide once showed five answers the code did not give, in blocks
// marked no-run). So a page may mark a ```ts block no-run only if it is on the short list
// below, with the reason its blocks cannot run, and no block that is not run shows a result.
import { describe, expect, it } from "vitest";

import { allPages, EXCLUDED, type Fence, fencesOf, isNoRun, RUNNABLE } from "./doc-blocks.js";

/** The pages that may show ```ts no-run blocks, and why theirs cannot run. */
export const NO_RUN_PAGES: Readonly<Record<string, string>> = {
  "docs/time.md": "the signature of resolveTimePhrase, with its optional option written `hemisphere?:`, which is not an expression",
  "docs/testing-kit.md": "another runner's code: a vitest setup file, a Jest configuration, and matchers called on vitest's or Jest's own expect",
};

/** The languages a block may name besides the runnable ones: shell commands, data, CI configuration and output. */
const SHOWN = new Set(["sh", "json", "text", "yaml"]);

const FENCES: Fence[] = allPages().flatMap(fencesOf);
const where = (f: Fence): string => `${f.page}:${f.line - 1}`;

describe("the blocks the runner does not run", () => {
  it("are found on every page, subfolders included", () => {
    expect(FENCES.some((f) => f.page.startsWith("docs/reference/"))).toBe(true);
    expect(FENCES.filter((f) => RUNNABLE.has(f.lang)).length).toBeGreaterThan(100);
  });

  it("name their language, one the runner knows", () => {
    // a block with no language, or one such as `tsx` or `ts-no-run`, would be neither run nor refused
    const unknown = FENCES.filter((f) => !RUNNABLE.has(f.lang) && !SHOWN.has(f.lang)).map((f) => `${where(f)}: \`\`\`${f.lang}`);
    expect(unknown).toEqual([]);
  });

  it("are marked no-run only on the pages that say why", () => {
    const marked = FENCES.filter((f) => isNoRun(f) && !Object.hasOwn(NO_RUN_PAGES, f.page)).map(where);
    expect(marked, "make these blocks run (build what they need in the block), or add the page to NO_RUN_PAGES with the reason").toEqual([]);
  });

  it("show no //=> result, which nothing would check", () => {
    const shown = FENCES.filter((f) => !Object.hasOwn(EXCLUDED, f.page) && (!RUNNABLE.has(f.lang) || isNoRun(f)) && f.code.includes("//=>")).map(where);
    expect(shown).toEqual([]);
  });

  it("leave out whole pages only with a reason", () => {
    for (const [page, reason] of Object.entries(EXCLUDED)) expect(reason.trim(), page).not.toBe("");
  });
});
