import { describe, expect, it } from "vitest";

import { describeScore, loadSet, scoreSet } from "./corpus/real/score.js";

// Real sentences from public reporting, annotated by hand, in two sets drawn the same way
// from one pool: the grammar is developed against `dev`; `holdout` only measures it.
describe("extractEstimates on real reporting", () => {
  it("reads the development set: at least 88% of figures right, at most 5 wrong, nothing that is no figure", () => {
    const s = scoreSet(loadSet("dev"));
    console.log(describeScore("development set", s));
    expect(s.figures).toBeGreaterThanOrEqual(120);
    expect(s.right / s.figures, s.problems.join("\n")).toBeGreaterThanOrEqual(0.88);
    expect(s.wrong, s.problems.join("\n")).toBeLessThanOrEqual(5);
    expect(s.spurious, s.problems.join("\n")).toBe(0);
    expect(s.modalityRight / s.right).toBeGreaterThanOrEqual(0.88);
  });

  it("reads the held-out set, scored once the grammar was done: at least 85% right, at most 5 wrong, nothing that is no figure", () => {
    const s = scoreSet(loadSet("holdout"));
    console.log(describeScore("held-out set", s));
    expect(s.figures).toBeGreaterThanOrEqual(120);
    expect(s.right / s.figures, s.problems.join("\n")).toBeGreaterThanOrEqual(0.85);
    expect(s.wrong, s.problems.join("\n")).toBeLessThanOrEqual(5);
    expect(s.spurious, s.problems.join("\n")).toBe(0);
  });

  it("keeps every annotated figure's text inside its sentence", () => {
    for (const set of [loadSet("dev"), loadSet("holdout")]) {
      for (const { sentence, figures } of set) for (const f of figures) expect(sentence.includes(f.text), f.text).toBe(true);
    }
  });
});
