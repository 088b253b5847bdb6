// The small modules the charts share: escaping, scales, time ticks and words;
// and the charts' less travelled paths (empty histories, figures that cannot
// be placed, flows, valuations between the parties).
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { magnitude, range } from "../../src/estimate/constructors.js";
import { nisBriefing2025Ledger } from "../../src/fixtures/index.js";
import { ledger } from "../../src/ledger/index.js";
import { casualtyChart, ledgerChart, revisionChart } from "../../src/render/index.js";
import { dayLabel, linearDomain, scaleOf, share, timeTicks } from "../../src/render/scale.js";
import { civilOfDay } from "../../src/revision/clock.js";
import { fit, label, num, svgDocument, tag, xml } from "../../src/render/svg.js";
import { counted, listWords, periodDays, periodWords, tickText, unitWords } from "../../src/render/words.js";
import { build } from "../../src/revision/history.js";
import { revisionHistory } from "../../src/revision/index.js";
import { casualtiesApril, casualtyClaim, entry, exact, PARTIES } from "./data.js";
import { byClass, parseXml, textOf } from "./xml.js";

const days = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe("svg", () => {
  it("escapes markup and drops what XML cannot hold", () => {
    expect(xml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(xml("a\u0000b\u0001c\uFFFFd\uD800e")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    expect(xml("😀 ok")).toBe("😀 ok");
    expect(label(1, 2, "<b>")).toBe('<text x="1" y="2">&lt;b&gt;</text>');
    expect(tag("g", { class: 'a"b', hidden: true, off: false, none: undefined })).toBe('<g class="a&quot;b" hidden="hidden"/>');
  });

  it("writes coordinates finite, short and without -0", () => {
    expect([num(1 / 3), num(-0), num(Number.NaN), num(Infinity), num(-1e300), num(2.005)]).toEqual(["0.33", "0", "0", "0", "-1000000", "2.01"]);
  });

  it("cuts labels with an ellipsis, counting characters, not code units", () => {
    expect(fit("  a   b  ", 10)).toBe("a b");
    expect(fit("abcdefgh", 5)).toBe("abcd…");
    expect(fit("😀😀😀😀", 3)).toBe("😀😀…");
  });

  it("names the ids of a document after its content, or the id given", () => {
    const page = { kind: "test", width: 100, height: 50, title: "T", desc: "D", id: undefined };
    const a = svgDocument(page, "", "<g/>");
    expect(a).toMatch(/^<svg [^>]*aria-labelledby="fogcount-test-[0-9a-z]+-title fogcount-test-[0-9a-z]+-desc"/);
    expect(svgDocument(page, "", "<g/>")).toBe(a);
    expect(svgDocument(page, "", "<g></g>")).not.toBe(a);
    expect(svgDocument({ ...page, id: "mine" }, "", "")).toContain('<title id="mine-title">T</title><desc id="mine-desc">D</desc>');
    expect(parseXml(a).attributes["viewBox"]).toBe("0 0 100 50");
  });
});

describe("scales", () => {
  it("rounds a domain to round ticks that hold the values", () => {
    expect(linearDomain(0, 4700)).toEqual({ low: 0, high: 5000, ticks: [0, 1000, 2000, 3000, 4000, 5000] });
    expect(linearDomain(0, 0)).toEqual({ low: 0, high: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(linearDomain(-30, -30).high).toBe(0);
    expect(linearDomain(5, 5).low).toBe(0);
    expect(linearDomain(0, Number.NaN)).toEqual(linearDomain(0, 1));
    expect(linearDomain(0, Infinity).high).toBe(Number.MAX_VALUE);
    expect(linearDomain(0, 0.3).ticks).toContain(0.3);
    const huge = linearDomain(0, Number.MAX_VALUE);
    expect(huge.high).toBe(Number.MAX_VALUE);
    expect(huge.ticks).toEqual([0, 4e307, 8e307, 1.2e308, 1.6e308]);
    expect(linearDomain(0, 5e-324)).toEqual({ low: 0, high: 5e-324, ticks: [0, 5e-324] });
  });

  it("maps values to pixels without overflow, clamped to the domain", () => {
    expect(share(5, 0, 10)).toBe(0.5);
    expect(share(-5, 0, 10)).toBe(0);
    expect(share(1e308, -1e308, 1e308)).toBe(1);
    expect(share(1, 1, 1)).toBe(0);
    expect(scaleOf(0, 10, 100, 0)(2.5)).toBe(75);
  });

  it("reads day numbers back as dates, before 1970 and in years BCE too", () => {
    expect(civilOfDay(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilOfDay(days("2025-04-30"))).toEqual({ year: 2025, month: 4, day: 30 });
    expect(civilOfDay(days("1900-03-01"))).toEqual({ year: 1900, month: 3, day: 1 });
    expect(dayLabel(days("2024-02-29"), "day")).toBe("29 Feb 2024");
    expect(dayLabel(-800_000, "year")).toMatch(/ BCE$/);
  });

  it("ticks time by days, months or years, as the span asks", () => {
    expect(timeTicks(days("2025-04-01"), days("2025-04-10"), 10).map((t) => t.label)[0]).toBe("1 Apr 2025");
    expect(timeTicks(days("2025-01-01"), days("2025-12-31"), 6).map((t) => t.label)).toEqual(["Jan 2025", "Mar 2025", "May 2025", "Jul 2025", "Sep 2025", "Nov 2025"]);
    expect(timeTicks(days("2000-06-01"), days("2025-06-01"), 6).map((t) => t.label)).toEqual(["2005", "2010", "2015", "2020", "2025"]);
    expect(timeTicks(-1_000_000, 1_000_000, 4).length).toBeLessThanOrEqual(4);
  });
});

describe("words", () => {
  it("names units as a reader does", () => {
    expect(["person", "shell", "person/day", "USD", "percent", "1", "unknown", "battery"].map(unitWords)).toEqual(["people", "shells", "people per day", "USD", "percent", "share", "unit not stated", "batteries"]);
    expect(tickText(5e9, "USD", "en-US")).toBe("$5B");
    expect(tickText(40, "percent", "en-US")).toBe("40%");
  });

  it("says periods in words, and their days; an EDTF it cannot read as it is", () => {
    expect(periodWords("2024-23")).toBe("autumn 2024");
    expect(periodWords("not edtf")).toBe("not edtf");
    expect(periodDays("2025-01")).toEqual({ start: days("2025-01-01"), end: days("2025-01-31") });
    expect(periodDays("../2025-01-31")).toEqual({ start: null, end: days("2025-01-31") });
    expect(periodDays("nonsense")).toEqual({ start: null, end: null });
    expect([listWords([]), listWords(["a"]), listWords(["a", "b", "c"])]).toEqual(["", "a", "a, b and c"]);
    expect([counted(1, "entry"), counted(1200, "entry")]).toEqual(["1 entry", "1,200 entries"]);
  });
});

describe("revisionChart's less travelled paths", () => {
  it("draws an empty history as empty, and says so", () => {
    const empty = build("kp|casualties|person|||kr-nis", []);
    const svg = revisionChart(empty);
    const root = parseXml(svg);
    expect(textOf(root)).toContain("No figure to draw");
    expect(root.children[1]?.text).toBe("An empty revision history. No figure to draw.");
    expect(root.children[0]?.text).toBe("Revisions");
  });

  it("leaves out, and counts, a figure with no day to be drawn at and a restatement in another unit", () => {
    const open = claim({ ...casualtiesApril, id: "open", validTime: "../2025-03" } as never);
    const [h] = revisionHistory([casualtiesApril, open], { anchor: "start" });
    const one = parseXml(revisionChart(h!));
    expect(byClass(one, "figure").map((f) => f.attributes["data-claim"])).toEqual([casualtiesApril.id]);
    expect(one.children[1]?.text).toContain("1 figure has a valid time with no day to draw at, and is not drawn.");
    const soldiers = claim({ ...casualtiesApril, id: "t", indicator: { ...casualtiesApril.indicator, unit: "soldier" }, estimate: exact(5, "soldier"), restates: casualtiesApril.id, reportedAt: "2025-05-01" } as never);
    const two = parseXml(revisionChart(revisionHistory([casualtiesApril, soldiers])[0]!));
    expect(byClass(two, "figure").length).toBe(1);
    expect(two.children[1]?.text).toContain("1 restatement is in another unit, and not drawn.");
  });

  it("draws no zero whose source gave no figure, and says why: unknown is not zero", () => {
    const na = claim({ ...casualtiesApril, id: "na", estimate: { kind: "exact", value: 0, unit: "person", text: "n/a" }, validTime: "2025-05-31", reportedAt: "2025-06-01" } as never);
    const dash = claim({ ...casualtiesApril, id: "dash", estimate: exact(0, "person"), text: "—", validTime: "2025-06-30", reportedAt: "2025-07-01" } as never);
    const none = claim({ ...casualtiesApril, id: "none", estimate: exact(0, "person"), text: "none were killed", validTime: "2025-07-31", reportedAt: "2025-08-01" } as never);
    const root = parseXml(revisionChart(revisionHistory([casualtiesApril, na, dash, none])[0]!));
    // a stated zero ("none were killed") is a figure, and drawn
    expect(byClass(root, "figure").map((f) => f.attributes["data-claim"])).toEqual([casualtiesApril.id, "none"]);
    expect(root.children[1]?.text).toContain('2 figures are zeros whose source gave no figure ("n/a", "unknown"), and are not drawn: unknown is not zero.');
    const one = parseXml(revisionChart(revisionHistory([casualtiesApril, na])[0]!));
    expect(one.children[1]?.text).toContain("1 figure is a zero whose source gave no figure");
  });

  it("joins no figures of a flow as revisions, and names a scope in its title", () => {
    const indicator = { ...casualtiesApril.indicator, aggregation: "flow" as const, scope: "Kursk" };
    const weeks = [1, 2, 3].map((w) => casualtyClaim(`w${w}`, range(100 * w, 150 * w, "person"), `2025-01-0${w * 2}/2025-01-0${w * 2 + 1}`, "2025-02-01", { indicator }));
    const root = parseXml(revisionChart(revisionHistory(weeks)[0]!));
    expect(root.children[0]?.text).toBe("Revisions: casualties of kp-forces-in-russia (Kursk)");
    expect(byClass(root, "revisions")[0]?.children.length ?? 0).toBe(0);
    expect(root.children[1]?.text).toContain("100–150 for 2 January–3 January 2025 (reported 1 February 2025), then 200–300");
    // a range without a best value has no marker in its middle: one at each end
    const [f] = byClass(root, "figure");
    expect(f?.children.filter((c) => c.name === "path" && c.attributes["fill"] !== "none" && (c.attributes["d"] ?? "").includes("A")).length).toBe(2);
  });
});

describe("ledgerChart's less travelled paths", () => {
  it("writes a valuation between the parties and one on an index apart, never added", () => {
    const l = ledger({
      parties: PARTIES,
      entries: [entry("a", { value: { estimate: magnitude("millions", "unknown"), basis: "stated" } })],
      valuations: [
        { id: "v1", item: "shells", from: "KP", to: "RU", value: { estimate: exact(5e8, "USD"), basis: "stated" }, period: "2024", attribution: nisBriefing2025Ledger.valuations[0]!.attribution },
        { id: "v2", item: "everything", value: { estimate: exact(300, "SIPRI-TIV-million"), basis: "index", reference: "SIPRI TIV" }, period: "2024", attribution: nisBriefing2025Ledger.valuations[0]!.attribution },
      ],
    });
    const root = parseXml(ledgerChart(l));
    const desc = root.children[1]?.text ?? "";
    expect(desc).toContain("Valued as a whole, never added to any entry: shells from KP to RU: $500,000,000.");
    expect(desc).toContain("everything: 300 SIPRI-TIV-million (an index, not money)");
    expect(desc).toContain("currency not named for 1");
    expect(byClass(root, "panel", "value")).toEqual([]);
  });

  it("draws an empty ledger as empty", () => {
    const root = parseXml(ledgerChart(ledger({ parties: PARTIES, entries: [] })));
    expect(textOf(root)).toContain("No entry");
    expect(root.children[1]?.text).toContain("North Korea (KP) to Russia (RU): nothing recorded.");
  });
});

describe("figures near the largest number", () => {
  it("are drawn within their axis, with no Infinity anywhere", () => {
    const big = casualtyClaim("big", range(1e300, Number.MAX_VALUE, "person"), "2025-03", "2025-04-01");
    for (const svg of [
      revisionChart(revisionHistory([big])[0]!),
      casualtyChart({ killed: exact(Number.MAX_VALUE, "person"), wounded: "unknown", missing: "unknown", captured: "unknown", total: "not-reported", includes: ["killed"] }),
    ]) {
      const root = parseXml(svg);
      expect(svg).not.toMatch(/NaN|Infinity/);
      const axis = byClass(root, "axis-value")[0];
      expect(Number(axis?.attributes["data-high"])).toBe(Number.MAX_VALUE);
    }
  });
});
