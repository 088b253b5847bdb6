// The NIS briefing of April 2025 (shared seed), written as claims: every
// sentence that states a figure with a date or a source becomes one claim
// per figure, with the stated form, the verbatim text and both clocks.
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { indicatorKey } from "../../src/claim/indicator-key.js";
import { ClaimSchema } from "../../src/claim/schema.js";
import type { Claim } from "../../src/claim/schema.js";
import { approx, atLeast, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { lastRelay, originatorOf } from "../../src/provenance/chain.js";
import type { Attribution, Publication, Source } from "../../src/provenance/schema.js";
import { source } from "../../src/provenance/source.js";
import { formatPeriod } from "../../src/time/edtf.js";
import { resolveTimePhrase } from "../../src/time/phrase.js";
import { deepFreeze } from "../helpers.js";

const nis = source("kr-nis", "intelligence-agency", "National Intelligence Service", { country: "KR" });
const lee = source("kr-lee-seong-kweun", "lawmaker", "Lee Seong Kweun", { country: "KR" });
const usIntelligence = source("us-intelligence", "intelligence-agency", "U.S. intelligence", { country: "US" });
const krIntelligence = source("kr-intelligence", "intelligence-agency", "South Korean intelligence", { country: "KR" });

const REPORTED = "2025-04-30";
/** Figures the article restates without saying when they were first made public: public by the article at the latest. */
const PUBLIC_BY_ARTICLE = "../2025-04-30";

const article: Publication = {
  outlet: "seed: nis-briefing-2025",
  title: "North Korean Casualties in Ukraine Conflict: Insights from South Korea’s Intelligence Agency",
  date: REPORTED,
};

/** The April assessment: the NIS, through a closed-door briefing, through lawmaker Lee Seong Kweun. */
const viaBriefing: Attribution = {
  originator: nis,
  relay: [
    { kind: "channel", channel: "briefing", closed: true, name: "closed-door briefing with lawmakers", date: REPORTED },
    { kind: "intermediary", source: lee, date: REPORTED },
  ],
  publications: [article],
};

/** Earlier NIS figures and NIS statements the article gives without the relay. */
const nisInArticle: Attribution = { originator: nis, publications: [article] };

const KP = "kp-forces-in-russia";
const person = (measure: Claim["indicator"]["measure"]) => ({ subject: KP, measure, unit: "person" }) as const;

const seedClaims: readonly Claim[] = deepFreeze([
  // "An estimated 4,700 North Korean soldiers have suffered casualties, including approximately 600 deaths."
  claim({
    id: "nis-2025-04-casualties",
    indicator: person("casualties"),
    estimate: approx(4700, "person", { hedge: "an estimated", text: "An estimated 4,700" }),
    validTime: REPORTED,
    reportedAt: REPORTED,
    attribution: viaBriefing,
    text: "An estimated 4,700 North Korean soldiers have suffered casualties, including approximately 600 deaths.",
  }),
  claim({
    id: "nis-2025-04-killed",
    indicator: person("killed"),
    estimate: approx(600, "person", { hedge: "approximately", text: "approximately 600 deaths" }),
    validTime: REPORTED,
    reportedAt: REPORTED,
    attribution: viaBriefing,
    text: "An estimated 4,700 North Korean soldiers have suffered casualties, including approximately 600 deaths.",
  }),
  // "between January and March, around 2,000 injured North Korean soldiers were repatriated via air and rail."
  claim({
    id: "nis-2025-q1-repatriated",
    indicator: { subject: "kp-wounded-in-russia", measure: "repatriated", unit: "person" },
    estimate: approx(2000, "person", { hedge: "around", text: "around 2,000 injured North Korean soldiers" }),
    validTime: "2025-01/2025-03",
    reportedAt: REPORTED,
    attribution: { ...viaBriefing, text: "According to Lee Seong Kweun, a participating lawmaker, the NIS has noted" },
    text: "between January and March, around 2,000 injured North Korean soldiers were repatriated via air and rail.",
  }),
  // "the NIS had estimated ... the deaths of about 300 soldiers and 2,700 injuries in January"
  // The hedge "about" is read over both nouns; the text keeps the wording.
  claim({
    id: "nis-2025-01-killed",
    indicator: person("killed"),
    estimate: approx(300, "person", { hedge: "about", text: "the deaths of about 300 soldiers" }),
    validTime: "2025-01",
    reportedAt: "2025-01",
    attribution: nisInArticle,
    text: "Earlier, the NIS had estimated lower casualty numbers, indicating the deaths of about 300 soldiers and 2,700 injuries in January",
  }),
  claim({
    id: "nis-2025-01-wounded",
    indicator: person("wounded"),
    estimate: approx(2700, "person", { hedge: "about", text: "about 300 soldiers and 2,700 injuries" }),
    validTime: "2025-01",
    reportedAt: "2025-01",
    attribution: nisInArticle,
    text: "Earlier, the NIS had estimated lower casualty numbers, indicating the deaths of about 300 soldiers and 2,700 injuries in January",
  }),
  // "... which later escalated to 4,000 in March."
  claim({
    id: "nis-2025-03-casualties",
    indicator: person("casualties"),
    estimate: exact(4000, "person", { text: "4,000" }),
    validTime: "2025-03",
    reportedAt: "2025-03",
    attribution: nisInArticle,
    text: "which later escalated to 4,000 in March.",
  }),
  // "Initial estimates suggested that North Korea sent 10,000-12,000 troops to Russia in the previous fall."
  claim({
    id: "nis-2024-autumn-deployed",
    indicator: person("deployed"),
    estimate: range(10_000, 12_000, "person", { text: "10,000-12,000 troops" }),
    validTime: "2024-23",
    reportedAt: PUBLIC_BY_ARTICLE,
    attribution: { ...nisInArticle, text: "Initial estimates suggested" },
    text: "Initial estimates suggested that North Korea sent 10,000-12,000 troops to Russia in the previous fall.",
  }),
  // "Approximately 3,000 additional troops were dispatched in early 2023."
  // Kept as stated: the year is the text's (a slip for 2025 that a lint rule flags); "early 2023" reads as
  // January–April 2023, as resolveTimePhrase reads it, and the words stay in the text.
  claim({
    id: "nis-2023-early-deployed",
    indicator: person("deployed"),
    estimate: approx(3000, "person", { hedge: "approximately", text: "Approximately 3,000 additional troops" }),
    validTime: "2023-01/2023-04",
    reportedAt: PUBLIC_BY_ARTICLE,
    attribution: nisInArticle,
    text: "Approximately 3,000 additional troops were dispatched in early 2023.",
  }),
  // "around 15,000 North Korean laborers have been sent to Russia as part of joint industrial efforts"
  claim({
    id: "nis-2025-04-laborers",
    indicator: { subject: "kp-workers-in-russia", measure: "laborers", unit: "person" },
    estimate: approx(15_000, "person", { hedge: "around", text: "around 15,000 North Korean laborers" }),
    validTime: REPORTED,
    reportedAt: REPORTED,
    attribution: { ...nisInArticle, text: "the NIS highlighted" },
    text: "the NIS highlighted that around 15,000 North Korean laborers have been sent to Russia as part of joint industrial efforts.",
  }),
  // "The NIS reported that Russia has reciprocated by supplying North Korea with various military hardware":
  // each item is a reported delivery of an unstated quantity, that is at least one.
  ...(
    [
      ["air-defense-missile", "Air defense missiles"],
      ["electronic-warfare-technology", "Electronic warfare technology"],
      ["drone", "Drones"],
      ["satellite-launch-technology", "satellite launch technology"],
    ] as const
  ).map(([unit, item]) =>
    claim({
      id: `nis-ru-to-kp-${unit}`,
      indicator: { subject: "ru-to-kp", measure: "ledger:supplied", unit },
      estimate: atLeast(1, unit, { text: item }),
      validTime: PUBLIC_BY_ARTICLE,
      reportedAt: PUBLIC_BY_ARTICLE,
      attribution: { ...nisInArticle, text: "The NIS reported" },
      text: `The NIS reported that Russia has reciprocated by supplying North Korea with various military hardware, including: ${item}`,
    }),
  ),
  // "The value of military supplies exchanged is estimated in the billions" (no currency stated).
  claim({
    id: "nis-kp-ru-exchange-value",
    indicator: { subject: "kp-ru-military-exchange", measure: "ledger:value", unit: "unknown" },
    estimate: magnitude("billions", "unknown", { text: "in the billions" }),
    validTime: PUBLIC_BY_ARTICLE,
    reportedAt: REPORTED,
    attribution: nisInArticle,
    text: "The value of military supplies exchanged is estimated in the billions",
  }),
  // "U.S. and South Korean intelligence suggest that North Korea's involvement may extend beyond troop
  // deployments to supplying a range of conventional weapons to Russia." One claim per originator;
  // "suggest ... may" is kept in the text, not turned into a likelihood the sources did not give.
  ...[usIntelligence, krIntelligence].map((originator) =>
    claim({
      id: `${originator.id}-kp-to-ru-conventional-weapons`,
      indicator: { subject: "kp-to-ru", measure: "ledger:supplied", unit: "conventional-weapon" },
      estimate: atLeast(1, "conventional-weapon", { text: "a range of conventional weapons" }),
      validTime: PUBLIC_BY_ARTICLE,
      reportedAt: PUBLIC_BY_ARTICLE,
      attribution: { originator, publications: [article], text: "U.S. and South Korean intelligence suggest" },
      text: "U.S. and South Korean intelligence suggest that North Korea’s involvement may extend beyond troop deployments to supplying a range of conventional weapons to Russia.",
    }),
  ),
]);

/**
 * Sentences with a date or a source that state no figure, and where they belong.
 * "No indications of cash payments" is absence as data: a ledger entry with the
 * evidence none-observed, not a claim of zero.
 */
const notFigures = [
  "the casualties occurred ... particularly in the Kursk region, which North Korea officially recognized as a deployment area (a place, no figure)",
  "the deceased soldiers' remains were cremated in Russia prior to their return (an event, no figure)",
  "a defense treaty established in 2024 (an event, no figure)",
  "there are no indications that North Korea has received any cash payments (ledger room: evidence none-observed)",
];

describe("the NIS briefing of April 2025 as claims", () => {
  it("passes every claim through the schema unchanged", () => {
    expect(seedClaims).toHaveLength(16);
    for (const c of seedClaims) {
      const parsed = ClaimSchema.safeParse(c);
      expect(parsed.success, `${c.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data).toEqual(c);
    }
    expect(new Set(seedClaims.map((c) => c.id)).size).toBe(seedClaims.length);
    expect(notFigures).toHaveLength(4);
  });

  it("survives a JSON round trip", () => {
    expect(ClaimSchema.array().parse(JSON.parse(JSON.stringify(seedClaims)))).toEqual(seedClaims);
  });

  it("keeps the stated forms: no hedge dropped, the range and the magnitude as said", () => {
    const byId = new Map(seedClaims.map((c) => [c.id, c]));
    expect(byId.get("nis-2025-04-killed")?.estimate).toMatchObject({ kind: "approx", value: 600, hedge: "approximately" });
    expect(byId.get("nis-2024-autumn-deployed")?.estimate).toMatchObject({ kind: "range", low: 10_000, high: 12_000 });
    expect(byId.get("nis-kp-ru-exchange-value")?.estimate).toMatchObject({ kind: "magnitude", order: "billions" });
    expect(byId.get("nis-2023-early-deployed")?.validTime).toBe("2023-01/2023-04");
    expect(byId.get("nis-2025-q1-repatriated")?.validTime).toBe("2025-01/2025-03");
  });

  it("writes each valid time as the time room reads the article's words against the report date", () => {
    const byId = new Map(seedClaims.map((c) => [c.id, c]));
    const phrases: [string, string][] = [
      ["nis-2025-01-killed", "in January"],
      ["nis-2025-03-casualties", "in March"],
      ["nis-2025-q1-repatriated", "between January and March"],
      ["nis-2024-autumn-deployed", "in the previous fall"],
      ["nis-2023-early-deployed", "in early 2023"],
    ];
    for (const [id, phrase] of phrases) {
      const read = resolveTimePhrase(phrase, { reference: REPORTED });
      expect(read.ok, phrase).toBe(true);
      if (read.ok) expect(byId.get(id)?.validTime, phrase).toBe(formatPeriod(read.value));
    }
  });

  it("reads the April chain back: the NIS, relayed last by lawmaker Lee Seong Kweun", () => {
    const april = seedClaims[0] as Claim;
    expect(originatorOf(april.attribution).id).toBe("kr-nis");
    expect(lastRelay(april.attribution)).toMatchObject({ kind: "intermediary", source: { name: "Lee Seong Kweun" } });
  });

  it("groups the casualty revisions into one series and the killed figures into another", () => {
    const groups = new Map<string, string[]>();
    for (const c of seedClaims) groups.set(indicatorKey(c), [...(groups.get(indicatorKey(c)) ?? []), c.id]);
    expect(groups.get("kp-forces-in-russia|casualties|person|||kr-nis")).toEqual([
      "nis-2025-04-casualties",
      "nis-2025-03-casualties",
    ]);
    expect(groups.get("kp-forces-in-russia|killed|person|||kr-nis")).toEqual(["nis-2025-04-killed", "nis-2025-01-killed"]);
    expect(groups.get("kp-forces-in-russia|deployed|person|||kr-nis")).toHaveLength(2);
    expect(groups.get("kp-to-ru|ledger:supplied|conventional-weapon|||us-intelligence")).toHaveLength(1);
  });
});
