// safeParseDataset never throws on a document it cannot read: a getter or a
// proxy that throws is an issue at its path, as zod's safeParse would give it.
import { describe, expect, it } from "vitest";

import { safeParseDataset } from "../../src/dataset/index.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";

const throwing = (key: string): unknown => {
  const d = { ...nisBriefing2025Dataset };
  Object.defineProperty(d, key, { get: () => { throw new Error("getter boom"); }, enumerable: true });
  return d;
};

describe("safeParseDataset on a document that cannot be read", () => {
  it.each(["claims", "deployments", "metadata"])("returns a failure at %s for a getter that throws", (key) => {
    const r = safeParseDataset(throwing(key));
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([expect.objectContaining({ code: "custom", path: [key], message: 'cannot be read (a getter or proxy threw), got "Error: getter boom"' })]);
  });

  it("returns a failure deep in the document, at its path", () => {
    const claims = [...nisBriefing2025Dataset.claims];
    const c = { ...claims[1] };
    Object.defineProperty(c, "estimate", { get: () => { throw new Error("deep"); }, enumerable: true });
    claims[1] = c as (typeof claims)[number];
    const r = safeParseDataset({ ...nisBriefing2025Dataset, claims });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["claims", 1, "estimate"]);
  });

  it("returns a failure for a proxy whose every trap throws", () => {
    const p = new Proxy({}, { ownKeys: () => { throw new Error("proxy boom"); }, get: () => { throw new Error("get boom"); } });
    expect(() => safeParseDataset(p)).not.toThrow();
    expect(safeParseDataset(p).success).toBe(false);
  });
});
