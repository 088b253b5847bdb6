// Data the library keeps must be plain: a class instance (an ORM's model, say) answers its fields
// through getters on its prototype, which a copy and JSON both lose, so it is refused with a
// reason, naming the place, before anything is kept.
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { deployment } from "../../src/deployment/index.js";
import { exact } from "../../src/estimate/constructors.js";
import { formatEstimate } from "../../src/estimate/format.js";
import { ledger } from "../../src/ledger/index.js";
import { revisionHistory } from "../../src/revision/history.js";
import { nisBriefing2025Deployments } from "../../src/fixtures/index.js";
import { thrown } from "../helpers.js";

class Estimate {
  readonly #value: number;
  constructor(value: number) {
    this.#value = value;
  }
  get kind(): string {
    return "exact";
  }
  get value(): number {
    return this.#value;
  }
  get unit(): string {
    return "person";
  }
}
class Source {
  get id(): string {
    return "s";
  }
  get kind(): string {
    return "ngo";
  }
  get name(): string {
    return "S";
  }
}
const source = { id: "s", kind: "ngo" as const, name: "S" };
const init = (more: object) => ({
  id: "c",
  indicator: { subject: "x", measure: "killed", unit: "person" },
  estimate: exact(100, "person"),
  validTime: "2025-01-01",
  reportedAt: "2025-01-02",
  attribution: { originator: source },
  ...more,
});
const because = "must be a plain object, not an instance of";

describe("data that is not plain", () => {
  it("is refused in a claim, naming the field and the class", () => {
    expect(thrown(() => claim(init({ estimate: new Estimate(100) }) as never))).toMatchObject({
      code: "invalid-claim",
      message: expect.stringContaining(`claim "c": estimate ${because} Estimate: fields read through a prototype would be lost`),
    });
    expect(thrown(() => revisionHistory([init({ attribution: { originator: new Source() } }) as never]))).toMatchObject({
      code: "invalid-claim",
      message: expect.stringContaining(`revisionHistory: claims[0].attribution.originator ${because} Source`),
    });
    class Row {}
    expect(thrown(() => revisionHistory([Object.assign(new Row(), init({})) as never]))).toMatchObject({ message: expect.stringContaining(`claims[0] ${because} Row`) });
    expect(thrown(() => claim(init({ indicator: new Map() }) as never))).toMatchObject({ message: expect.stringContaining(`indicator ${because} Map`) });
    expect(thrown(() => claim(init({ status: new Date(0) }) as never))).toMatchObject({ message: expect.stringContaining(`status ${because} Date`) });
  });

  it("is refused in a ledger entry and a wave, and by the functions that read estimates", () => {
    const entry = { id: "e", from: "KP", to: "RU", category: "munitions", item: "shells", stage: "delivered", evidence: "reported", period: "2024", attribution: { originator: source } };
    const parties = [
      { code: "KP", name: "North Korea" },
      { code: "RU", name: "Russia" },
    ];
    expect(thrown(() => ledger({ parties, entries: [{ ...entry, quantity: new Estimate(7) }] } as never))).toMatchObject({
      code: "invalid-ledger",
      message: expect.stringContaining(`entries[0].quantity ${because} Estimate`),
    });
    const wave = nisBriefing2025Deployments[0] as object;
    expect(thrown(() => deployment({ ...wave, size: new Estimate(10) } as never))).toMatchObject({ message: expect.stringContaining(`size ${because} Estimate`) });
    expect(thrown(() => formatEstimate(new Estimate(5) as never))).toMatchObject({ message: expect.stringContaining(because) });
  });

  it("is no objection to an object without a prototype", () => {
    const bare = Object.assign(Object.create(null) as object, exact(100, "person"));
    expect(claim(init({ estimate: bare }) as never).estimate).toEqual(exact(100, "person"));
  });
});

describe("spaces around a subject, unit or scope", () => {
  it("group plain objects as claim() groups them, and indicatorKey reads them trimmed", async () => {
    const { indicatorKey } = await import("../../src/claim/indicator-key.js");
    const spaced = init({ id: "a", indicator: { subject: " x ", measure: "killed", unit: "person ", scope: " Kursk" }, estimate: exact(1, "person ") });
    const tight = init({ id: "b", indicator: { subject: "x", measure: "killed", unit: "person", scope: "Kursk" }, validTime: "2025-02-01", reportedAt: "2025-02-02" });
    const plainHistories = revisionHistory([spaced, tight] as never);
    const builtHistories = revisionHistory([claim(spaced as never), claim(tight as never)]);
    expect(plainHistories.map((h) => h.key)).toEqual(["x|killed|person|Kursk||s"]);
    expect(builtHistories.map((h) => h.key)).toEqual(plainHistories.map((h) => h.key));
    expect(plainHistories[0]?.claims[0]?.indicator).toEqual({ subject: "x", measure: "killed", unit: "person", scope: "Kursk" });
    expect(plainHistories[0]?.claims[0]?.estimate.unit).toBe("person");
    expect(indicatorKey(spaced as never)).toBe(indicatorKey(tight as never));
  });
});
