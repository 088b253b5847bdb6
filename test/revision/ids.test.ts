// The table of claim places by id that revisionHistory reads a list into: each id once, the
// place before returned for an id given again, and a Map taken over when ids share hashes.
import { afterEach, describe, expect, it, vi } from "vitest";

import { ClaimIds, hashOf } from "../../src/revision/ids.js";

afterEach(() => vi.restoreAllMocks());

describe("ClaimIds", () => {
  it("finds each id at its place, and gives the place before for an id given again", () => {
    const ids = new ClaimIds(3);
    expect([ids.add("a", 0), ids.add("b", 1), ids.add("a", 2)]).toEqual([-1, -1, 0]);
    expect([ids.get("a"), ids.get("b"), ids.get("c"), ids.has("b"), ids.has("")]).toEqual([2, 1, undefined, true, false]);
  });

  it("grows past the number of claims it was made for", () => {
    const ids = new ClaimIds(0);
    for (let i = 0; i < 5000; i++) expect(ids.add(`c${i}`, i)).toBe(-1);
    expect(ids.add("c4321", 5000)).toBe(4321);
    expect([ids.get("c0"), ids.get("c4999"), ids.get("c4321"), ids.get("c5000")]).toEqual([0, 4999, 5000, undefined]);
  });

  it("moves its ids to a Map when a search runs long, and answers as before", () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const seed = (0.5 * 0x100000000) | 0;
    // ids that all start their search at slot 0 of a table made for 100 (256 slots)
    const crowded: string[] = [];
    for (let k = 0; crowded.length < 80; k++) if ((hashOf(`x${k}`, seed) & 255) === 0) crowded.push(`x${k}`);
    const ids = new ClaimIds(100);
    crowded.forEach((id, i) => expect(ids.add(id, i)).toBe(-1));
    expect(crowded.map((id) => ids.get(id))).toEqual(crowded.map((_, i) => i));
    expect([ids.add(crowded[3] as string, 80), ids.get(crowded[3] as string), ids.get("y"), ids.add("y", 81)]).toEqual([3, 80, undefined, -1]);
  });
});
