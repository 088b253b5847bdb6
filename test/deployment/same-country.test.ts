// A wave goes from one country to another: the same country as sender and
// receiver ("from KP to KP") is refused by deployment(), the schema, every
// function that takes waves, deploymentsFromClaims' options and checkDataset.
import { describe, expect, it } from "vitest";

import { checkDataset } from "../../src/dataset/index.js";
import { deployment, deploymentFindings, deploymentSeries, deploymentsFromClaims, deploymentTotal } from "../../src/deployment/index.js";
import { nisBriefing2025Claims, nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { DeploymentSchema } from "../../src/schemas.js";
import { expectFogcountError, thrown } from "../helpers.js";
import { wave } from "./waves.js";

const loop = wave("loop", { from: "KP", to: "KP" });

describe("a wave from a country to itself", () => {
  it("is refused by deployment(), naming both fields and the country", () => {
    expectFogcountError(() => deployment(loop), "invalid-deployment", /^deployment "loop": to must be another country than from \(a wave is sent from one country to another\), got "KP"$/);
  });

  it("is refused by the schema, at to", () => {
    const result = DeploymentSchema.safeParse(loop);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["to", 'must be another country than from ("KP"): a wave is sent from one country to another']]);
  });

  it("is refused by every function that takes waves, at its place in the list", () => {
    const list = [wave("a"), loop];
    for (const [name, fn] of [
      ["deploymentTotal", () => deploymentTotal(list, { asOf: "2025-01-01" })],
      ["deploymentSeries", () => deploymentSeries(list)],
      ["deploymentFindings", () => deploymentFindings(list)],
    ] as const) {
      expectFogcountError(fn, "invalid-deployment", new RegExp(`^${name}: deployments\\[1\\]\\.to must be another country than from .*, got "KP"$`));
    }
  });

  it("still takes waves between two countries, either way", () => {
    expect(deployment(wave("back", { from: "RU", to: "KP" })).from).toBe("RU");
    expect(DeploymentSchema.safeParse(wave("back", { from: "RU", to: "KP" })).success).toBe(true);
  });

  it("is refused as options of deploymentsFromClaims", () => {
    const claims = [nisBriefing2025Claims[6]];
    expectFogcountError(() => deploymentsFromClaims(claims as never, { from: "KP", to: "KP" }), "invalid-option", /^deploymentsFromClaims: options\.to must be another country than options\.from .*, got "KP"$/);
  });

  it("is refused by checkDataset, at the wave's to, as other problems of a wave are", () => {
    // Both of the seed's waves, so that the route is still one and no other problem comes first.
    const deployments = nisBriefing2025Dataset.deployments.map((w) => ({ ...w, to: w.from }));
    const error = thrown(() => checkDataset({ ...nisBriefing2025Dataset, deployments }));
    expect(error.code).toBe("invalid-dataset");
    expect(error.message).toBe('checkDataset: dataset.deployments[0].to must be another country than from ("KP"): a wave is sent from one country to another, got "KP"');
  });
});
