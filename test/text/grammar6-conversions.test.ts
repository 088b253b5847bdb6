import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);
const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, "value" in e.estimate ? e.estimate.value : null, e.estimate.unit]);

describe("a sum said again in another currency in brackets", () => {
  it.each([
    ["Aid of $1.5bn (€1.4bn) was pledged.", "$1.5bn (€1.4bn)", "exact", 1.5e9, "USD"],
    ["The fund is worth £300m ($380m).", "£300m ($380m)", "exact", 3e8, "GBP"],
    ["They pledged 1.5 billion euros (about $1.6 billion).", "1.5 billion euros (about $1.6 billion)", "exact", 1.5e9, "EUR"],
    ["Aid of $1.5bn (€1.4bn; £1.2bn) was pledged.", "$1.5bn (€1.4bn; £1.2bn)", "exact", 1.5e9, "USD"],
    ["Donors pledged €5.8 billion ($6.3 billion) for Syria.", "€5.8 billion ($6.3 billion)", "exact", 5.8e9, "EUR"],
    ["Donors pledged approximately €5.8 billion (around $6.3 billion).", "approximately €5.8 billion (around $6.3 billion)", "approx", 5.8e9, "EUR"],
    ["The EU gave nearly €2.5 billion (about $2.7 billion) to Syria.", "nearly €2.5 billion (about $2.7 billion)", "approx", 2.5e9, "EUR"],
    ["The UN said USD 5.5 billion (4.4 billion euros) was missing.", "USD 5.5 billion (4.4 billion euros)", "exact", 5.5e9, "USD"],
    ["Britain gave some 400 million pounds (464 million euros).", "some 400 million pounds (464 million euros)", "approx", 4e8, "GBP"],
    ["The conference raised €6.1bn ($6.5bn) for Ukraine.", "€6.1bn ($6.5bn)", "exact", 6.1e9, "EUR"],
    ["India gave Rs 2,000 crore (US$240 million) in loans.", "Rs 2,000 crore (US$240 million)", "exact", 2e10, "INR"],
    ["Tokyo gave ¥100bn ($700m).", "¥100bn ($700m)", "exact", 1e11, "JPY"],
    ["Aid of $1.5bn (1.4bn euros) was pledged.", "$1.5bn (1.4bn euros)", "exact", 1.5e9, "USD"],
    ["Aid of $1.5bn (EUR 1.4bn) was pledged.", "$1.5bn (EUR 1.4bn)", "exact", 1.5e9, "USD"],
    ["Aid of $1.5bn (€1.4bn at current exchange rates) was pledged.", "$1.5bn (€1.4bn at current exchange rates)", "exact", 1.5e9, "USD"],
    ["Aid of $1.5bn (€1.4bn at today's rate) was pledged.", "$1.5bn (€1.4bn at today's rate)", "exact", 1.5e9, "USD"],
    ["Aid of $1.5bn (equivalent to €1.4bn) was pledged.", "$1.5bn (equivalent to €1.4bn)", "exact", 1.5e9, "USD"],
    ["Aid of $1.5bn (or about €1.4bn) was pledged.", "$1.5bn (or about €1.4bn)", "exact", 1.5e9, "USD"],
    ["Aid of $1.5bn (€1.4bn, £1.2bn) was pledged.", "$1.5bn (€1.4bn, £1.2bn)", "exact", 1.5e9, "USD"],
    ["Aid of $1.5bn (€1.4bn or £1.2bn) was pledged.", "$1.5bn (€1.4bn or £1.2bn)", "exact", 1.5e9, "USD"],
    ["Aid of $1.5bn (€1.4bn / £1.2bn) was pledged.", "$1.5bn (€1.4bn / £1.2bn)", "exact", 1.5e9, "USD"],
    ["More than $1.5bn (€1.4bn) was pledged.", "More than $1.5bn (€1.4bn)", "atLeast", 1.5e9, "USD"],
    ["China pledged 3 billion yuan ($420 million) in aid.", "3 billion yuan ($420 million)", "exact", 3e9, "CNY"],
    ["Canberra gave A$1.5bn (US$1bn).", "A$1.5bn (US$1bn)", "exact", 1.5e9, "AUD"],
    ["Russia paid 100 billion rubles (about $1.1 billion; €1bn).", "100 billion rubles (about $1.1 billion; €1bn)", "exact", 1e11, "RUB"],
  ])("is one figure, read as the first sum: %s", (s, text, kind, v, unit) => {
    expect(read(s)).toEqual([[text, kind, v, unit]]);
  });

  it("is read the same by parseEstimate", () => {
    expect(parseEstimate("$1.5bn (€1.4bn; £1.2bn)")).toEqual({ ok: true, value: { kind: "exact", value: 1.5e9, unit: "USD", text: "$1.5bn (€1.4bn; £1.2bn)" } });
    expect(parseEstimate("1.5 billion euros (about $1.6 billion)")).toMatchObject({ ok: true, value: { kind: "exact", value: 1.5e9, unit: "EUR" } });
  });

  it("is the sum a revision replaced, or the one it ends at", () => {
    expect(extractEstimates("Aid was revised from $1bn (€0.9bn) to $1.5bn (€1.4bn).").map((e) => [e.text, e.superseded])).toEqual([
      ["$1bn (€0.9bn)", true],
      ["$1.5bn (€1.4bn)", false],
    ]);
  });

  it("counts each sum of a list once", () => {
    expect(texts("Aid of $1.5bn (€1.4bn) and $2bn (€1.9bn) was sent.")).toEqual(["$1.5bn (€1.4bn)", "$2bn (€1.9bn)"]);
  });

  it("keeps the figure's modality as it is without the bracket", () => {
    const plain = extractEstimates("A total of 7 billion euros were pledged.").map((e) => e.modality);
    expect(extractEstimates("A total of 7 billion euros ($7.5 billion) were pledged.").map((e) => e.modality)).toEqual(plain);
  });
});

describe("a conversion after the first end of a range", () => {
  it.each([
    ["Aid of $1.1 billion (€813 million) to $1.2 billion was pledged.", "$1.1 billion (€813 million) to $1.2 billion", 1.1e9, 1.2e9],
    ["Aid of between $1.1 billion (€813 million) and $1.2 billion was pledged.", "between $1.1 billion (€813 million) and $1.2 billion", 1.1e9, 1.2e9],
  ])("stays inside the range: %s", (s, text, low, high) => {
    const [e, ...rest] = extractEstimates(s);
    expect(rest).toEqual([]);
    expect(e?.text).toBe(text);
    expect(e?.estimate).toMatchObject({ kind: "range", low, high, unit: "USD" });
  });

  it("after a verb of change is the level it starts from, and the level it ends at is read on its own", () => {
    expect(texts("Aid rose from $1.1 billion (€813 million) to $1.2 billion.")).toEqual(["$1.1 billion (€813 million)", "$1.2 billion"]);
  });

  it.each([
    ["Aid of $1.5bn (€1.4bn) went to 3 countries.", ["$1.5bn (€1.4bn)", "3"]],
    ["Aid of $1.5bn (€1.4bn) to $1bn was a cut.", ["$1.5bn (€1.4bn)", "$1bn"]],
  ])("joins no second end that is no end of the sum: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("a second sum in brackets in the figure's own currency that disagrees", () => {
  it.each([
    ["Aid of $1.5bn ($1.4bn) was pledged, and 40 tanks.", ["40 tanks"]],
    ["Aid of $1.5bn (€1.4bn; $1.6bn) was pledged, and 40 tanks.", ["40 tanks"]],
    ["Aid of $1.5bn (€1.4bn; £1,2bn) was pledged, and 40 tanks.", ["40 tanks"]],
  ])("skips both: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("is refused by parseEstimate", () => {
    expect(parseEstimate("$1.5bn (€1.4bn; $1.6bn)")).toMatchObject({ ok: false, reason: "malformed-number" });
  });

  it("agreeing with it, is the same sum", () => {
    expect(texts("Aid of $1.5bn (€1.4bn; $1.5bn) was pledged.")).toEqual(["$1.5bn (€1.4bn; $1.5bn)"]);
  });
});

describe("a bracket after a sum that is no conversion", () => {
  it.each([
    // a part of the sum, with words of its own
    ["Aid of $1.5bn (€500m of it from Germany) was pledged.", ["$1.5bn", "€500m"]],
    ["Aid of $1.5bn (including €500m in loans) was pledged.", ["$1.5bn", "€500m"]],
    // no currency in the bracket: a count, not a sum
    ["Aid of $1.5bn (3 tranches) was pledged.", ["$1.5bn", "3"]],
    // a unit conversion is two figures, as before
    ["Russia took 300 km (186 miles) of front.", ["300 km", "186 miles"]],
  ])("leaves both as they were read: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("a sum said again in another currency after a dash or ', or'", () => {
  it.each([
    ["Aid of $1.5bn – about €1.4bn – was pledged.", "$1.5bn – about €1.4bn", 1.5e9, "USD"],
    ["Aid of $1.5bn, or €1.4bn, was pledged.", "$1.5bn, or €1.4bn", 1.5e9, "USD"],
    ["Britain gave £300m, or about $380m.", "£300m, or about $380m", 3e8, "GBP"],
    ["Aid of $1.5bn — €1.4bn at current exchange rates — was pledged.", "$1.5bn — €1.4bn at current exchange rates", 1.5e9, "USD"],
  ])("is one figure, read as the first sum: %s", (s, text, v, unit) => {
    expect(read(s)).toEqual([[text, "exact", v, unit]]);
  });

  it("is read the same by parseEstimate", () => {
    expect(parseEstimate("$1.5bn, or €1.4bn")).toEqual({ ok: true, value: { kind: "exact", value: 1.5e9, unit: "USD", text: "$1.5bn, or €1.4bn" } });
  });

  it.each([
    // words go on after the second sum: a sum of its own
    ["Russia paid $300m – €200m went to Kyiv.", ["$300m", "€200m"]],
    // a share, or the same currency: no conversion
    ["It cost $5m, or 20% of the budget.", ["$5m", "20%"]],
    ["Aid was $1.5bn, or $2bn in all.", ["$1.5bn", "$2bn"]],
    ["Aid of $1.5bn - $2bn was pledged.", ["$1.5bn - $2bn"]],
    // a measure said in other units stays two figures, as in brackets
    ["The range is 5 km – about 3 miles – from the border.", ["5 km", "about 3 miles"]],
    ["The shell weighs 100 kg, or 220 lb, and is heavy.", ["100 kg", "220 lb"]],
  ])("leaves other figures as they were: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
