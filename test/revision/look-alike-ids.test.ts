// Ids that look alike but differ as text ("café" in two Unicode forms, "x" and "x" with a
// zero-width space): two originators whose ids look alike would split one source's figures
// into two histories with keys no reader could tell apart, and two claims whose ids look alike
// are one id to a reader. Both are refused, as a shared id with other fields and a repeated
// claim id are.
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { exact } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { asOf } from "../../src/revision/as-of.js";
import { consensus } from "../../src/revision/consensus.js";
import { revisionHistory } from "../../src/revision/history.js";
import { expectFogcountError, thrown } from "../helpers.js";

const NFC = "caf\u00e9";
const NFD = "cafe\u0301";
/** The NFD id as messages write it: its combining mark as an escape. */
const NFD_SHOWN = "cafe\\u0301";
const indicator = { subject: "xx-forces", measure: "killed", unit: "person" } as const;
const by = (originator: string) => source(originator, "ministry", "Ministry of Defence", { country: "RU" });
const said = (id: string, originator: string, day: number, value = 100): Claim =>
  claim({ id, indicator, estimate: exact(value, "person"), validTime: `2025-04-0${day}`, reportedAt: `2025-04-0${day}`, attribution: { originator: by(originator) } });

describe("revisionHistory with originators whose ids look alike", () => {
  it("refuses them as a source-conflict, naming both and why", () => {
    expect(thrown(() => revisionHistory([said("a", NFC, 1), said("b", NFD, 2)]))).toMatchObject({
      code: "source-conflict",
      message: expect.stringContaining(
        `revisionHistory: claims[1].attribution.originator is the source "${NFD_SHOWN}", whose id looks like the id "${NFC}" of claims[0].attribution.originator, the same text in another Unicode form: ids are compared as written, so the two would make two histories of one source's figures, got {`,
      ),
    });
    expectFogcountError(() => revisionHistory([said("a", "x\u200b", 1), said("b", "x", 2)]), "source-conflict", /the source "x", whose id looks like the id "x\\u200b" of claims\[0\]\.attribution\.originator, the same text but for invisible characters/);
    expectFogcountError(() => revisionHistory([said("a", "mod", 1), said("b", "\uff4dod", 2)]), "source-conflict", /compatibility characters/);
    expectFogcountError(() => revisionHistory([said("a", "mod", 1), said("b", "mod\u{e0061}", 2)]), "source-conflict", /"mod\\u\{e0061\}"/);
  });

  it("refuses them in consensus too", () => {
    expectFogcountError(() => consensus([said("a", NFC, 1), said("b", NFD, 2, 200)], { valid: "2025-04-05" }), "source-conflict", /another Unicode form/);
  });

  it("keeps originators a reader tells apart as two histories, and one originator's claims as one", () => {
    expect(revisionHistory([said("a", "cafe", 1), said("b", NFC, 2)]).map((h) => h.claims.length)).toEqual([1, 1]);
    expect(revisionHistory([said("a", "MOD", 1), said("b", "mod", 2)]).map((h) => h.claims.length)).toEqual([1, 1]);
    expect(revisionHistory([said("a", NFC, 1), said("b", NFC, 2), said("c", NFC, 3)]).map((h) => h.claims.map((c) => c.id))).toEqual([["a", "b", "c"]]);
  });
});

describe("revisionHistory with claim ids that look alike", () => {
  it("refuses them as a repeated claim id, naming both and why", () => {
    expect(thrown(() => revisionHistory([said(NFC, "mod", 1), said(NFD, "mod", 2)]))).toMatchObject({
      code: "duplicate-claim-id",
      message: `revisionHistory: claims[1].id "${NFD_SHOWN}" is the id "${NFC}" of claims[0], the same text in another Unicode form: ids are compared as written, but no reader could tell the two apart, got "${NFD_SHOWN}"`,
    });
    // a Kelvin sign looks like the letter K: written as an escape, so the two ids are told apart
    expect(thrown(() => revisionHistory([said("x", "mod", 1), said("K", "mod", 2), said("\u212a", "mod", 3)])).message).toBe(
      'revisionHistory: claims[2].id "\\u212a" is the id "K" of claims[1], the same text in another Unicode form: ids are compared as written, but no reader could tell the two apart, got "\\u212a"',
    );
    expectFogcountError(() => revisionHistory([said("k\u200b", "mod", 1), said("x", "mod", 2), said("k", "mod", 3)]), "duplicate-claim-id", /claims\[2\]\.id "k" is the id "k\\u200b" of claims\[0\], the same text but for invisible characters/);
    expectFogcountError(() => revisionHistory([said("k", "mod", 1), said("\uff4b", "other", 2)]), "duplicate-claim-id", /compatibility characters/);
    // a claim of another originator is still a claim of the same list: ids are unique across it
    expectFogcountError(() => revisionHistory([said("k", "mod", 1), said("k\u2060", "other", 2)]), "duplicate-claim-id", /invisible characters/);
  });

  it("refuses them in a history read back from JSON as invalid-history", () => {
    const [history] = revisionHistory([said("k", "mod", 1), said("l", "mod", 2)]);
    const written = JSON.parse(JSON.stringify(history)) as { claims: { id: string }[] };
    (written.claims[1] as { id: string }).id = "k\u200b";
    expectFogcountError(() => asOf(written as never), "invalid-history", /history\.claims\[1\]\.id "k\\u200b" is the id "k" of history\.claims\[0\]/);
  });

  it("keeps claim ids a reader tells apart", () => {
    expect(revisionHistory([said("cafe", "mod", 1), said(NFC, "mod", 2), said("A", "mod", 3), said("a", "mod", 4)])[0]?.claims.map((c) => c.id)).toEqual(["cafe", NFC, "A", "a"]);
  });
});

describe("revisionHistory with subjects, units or scopes that look alike", () => {
  const on = (id: string, subject: string, unit = "person", scope?: string): Claim =>
    claim({ id, indicator: { subject, measure: "killed", unit, ...(scope !== undefined && { scope }) }, estimate: exact(100, unit), validTime: "2025-04-01", reportedAt: "2025-04-01", attribution: { originator: by("mod") } });

  it("refuses a subject that looks like another claim's, naming both with their invisible characters escaped", () => {
    expect(thrown(() => revisionHistory([on("a", "kp-forces"), on("b", "kp\u200b-forces")]))).toMatchObject({
      code: "invalid-claim",
      message:
        'revisionHistory: claims[1].indicator.subject "kp\\u200b-forces" looks like the subject "kp-forces" of claims[0], the same text but for invisible characters: subjects are compared as written, so the two would make two histories of one series, got "kp\\u200b-forces"',
    });
    expectFogcountError(() => revisionHistory([on("a", "k\ufeffp"), on("b", "kp")]), "invalid-claim", /claims\[1\]\.indicator\.subject "kp" looks like the subject "k\\ufeffp" of claims\[0\]/);
    expectFogcountError(() => revisionHistory([on("a", "kp"), on("b", "\uff4b\uff50")]), "invalid-claim", /"\\uff4b\\uff50" looks like the subject "kp" of claims\[0\], the same text in compatibility characters/);
    expectFogcountError(() => revisionHistory([on("a", "kp"), on("b", "k\u202ep")]), "invalid-claim", /"k\\u202ep"/);
  });

  it("refuses units and scopes that look alike", () => {
    expectFogcountError(() => revisionHistory([on("a", "kp", "soldier"), on("b", "kp", "sol\u00addier")]), "invalid-claim", /claims\[1\]\.indicator\.unit "sol\\u00addier" looks like the unit "soldier" of claims\[0\]/);
    expectFogcountError(() => revisionHistory([on("a", "kp", "person", "Kursk"), on("b", "kp", "person", "Kursk\u200d")]), "invalid-claim", /indicator\.scope "Kursk\\u200d" looks like the scope "Kursk"/);
  });

  it("keeps subjects a reader tells apart, and one subject written alike as one series", () => {
    expect(revisionHistory([on("a", "cafe"), on("b", "caf\u00e9"), on("c", "KP"), on("d", "kp")]).length).toBe(4);
    // a subject in another Unicode form is the same subject once read in normal form C
    expect(revisionHistory([on("a", "caf\u00e9"), on("b", "cafe\u0301")]).map((h) => h.claims.length)).toEqual([2]);
    expect(revisionHistory([on("a", "kp\u200b"), on("b", "kp\u200b")]).map((h) => h.claims.length)).toEqual([2]);
  });
});
