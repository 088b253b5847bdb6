// Hedge notes written without their points, soft hyphens inside words, "gone from A to B", and
// the numbers of formations, decrees, laws and bills.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.modality]);
const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a hedge note without its point", () => {
  it.each([
    ["Russia sent 3,000 troops (approx).", "3,000 troops (approx)"],
    ["Russia sent 3,000 troops (est).", "3,000 troops (est)"],
    ["Russia sent 3,000 troops (roughly).", "3,000 troops (roughly)"],
    ["Russia sent ca 3,000 troops.", "ca 3,000 troops"],
  ])("hedges the figure: %s", (s, text) => {
    expect(read(s)).toEqual([[text, "approx", "asserted"]]);
  });
});

describe("a soft hyphen between two letters", () => {
  const shy = (s: string) => s.replaceAll("|", "\u00ad");

  it("is no part of a hedge", () => {
    const [e] = extractEstimates(shy("ap|prox|i|mate|ly 3,000 troops"));
    expect(e?.estimate).toMatchObject({ kind: "approx", value: 3000, hedge: "approximately" });
    expect(e?.text).toBe(shy("ap|prox|i|mate|ly 3,000 troops"));
    expect(parseEstimate(e?.text as string)).toEqual({ ok: true, value: e?.estimate });
    expect(extractEstimates(shy("an es|ti|mat|ed 4,700 soldiers"))[0]?.estimate).toMatchObject({ kind: "approx", hedge: "an estimated" });
  });

  it("is no part of a negation", () => {
    expect(extractEstimates(shy("Russia did n|ot send 3,000 troops")).map((e) => e.modality)).toEqual(["negated"]);
  });

  it("still cuts a group of thousands off its number", () => {
    expect(extractEstimates(shy("About 5|00 troops were sent."))).toEqual([]);
  });
});

describe("a verb of change in 'gone' or 'goes'", () => {
  it.each(["Troop numbers have gone from 3,000 to 5,000 in a year.", "The toll goes from 3,000 to 5,000."])("gives two levels, not a range: %s", (s) => {
    expect(read(s)).toEqual([
      ["3,000", "exact", "asserted"],
      ["5,000", "exact", "asserted"],
    ]);
  });
});

describe("the number of a formation, a decree, a law or a bill", () => {
  it.each([
    ["Russia's 810 Marine Brigade lost 200 marines.", ["200 marines"]],
    ["The 155 Mechanized Brigade was formed in 2024.", []],
    ["Decree no. 647 mobilised 300,000 men.", ["300,000 men"]],
    ["Unit number 3057 lost 300 men.", ["300 men"]],
    ["Law 3637 allowed 15,000 contract soldiers.", ["15,000 contract soldiers"]],
    ["Bill 5655 would free 3,000 prisoners.", ["3,000 prisoners"]],
  ])("is no count: %s", (s, expected) => {
    expect(texts(s)).toEqual(expected);
  });

  it.each([
    ["Old people, who number 3 crore, will receive Rs 1,000.", ["3 crore", "Rs 1,000"]],
    ["A bill to send 3,000 troops passed.", ["3,000 troops"]],
  ])("leaves a count after the verb or the noun: %s", (s, expected) => {
    expect(texts(s)).toEqual(expected);
  });
});

describe("a ceiling and a floor on one figure", () => {
  it.each(["Casualties could number 3,000 or more.", "The toll could reach 300 or higher.", "Losses may reach 5,000 or more this year."])("read nothing: %s", (s) => {
    expect(extractEstimates(s)).toEqual([]);
  });

  it("are refused by parseEstimate", () => {
    expect(parseEstimate("could reach 3,000 or more")).toMatchObject({ ok: false, reason: "no-quantity" });
  });

  it.each([
    ["Deaths could total 3,000 or more.", [["3,000 or more", "atLeast", "projected"]]],
    ["More than 3,000 or more died.", [["More than 3,000 or more", "atLeast", "asserted"]]],
  ])("leave two bounds the same way read: %s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe("a spaced letter after a number before the end of a clause", () => {
  it.each(["Troops advanced 500 m.", "Troops advanced 500 m, then stopped."])("is refused, as it is mid-sentence: %s", (s) => {
    expect(extractEstimates(s)).toEqual([]);
  });

  it("leaves the next sentence read", () => {
    expect(texts("The crater was 12 m. Nearby, 3 died.")).toEqual(["3"]);
    expect(texts("Aid of $5 m. was sent.")).toEqual(["$5 m"]);
  });
});

describe("a list of days with one month name", () => {
  it.each([
    ["Attacks on March 5 and 6 killed 40.", ["40"]],
    ["Strikes on 5 and 6 March killed 40.", ["40"]],
    ["Talks on 12, 13 and 14 June failed.", []],
    ["The strikes of 3, 4 and 5 January killed 300.", ["300"]],
    ["Russia attacked on 1 and 2 May, firing 300 missiles.", ["300 missiles"]],
  ])("is dates, every day of it: %s", (s, expected) => {
    expect(texts(s)).toEqual(expected);
  });

  it("leaves a list of counts with no month read", () => {
    expect(texts("Russia lost 5, 6 and 7 tanks.")).toEqual(["5", "6", "7 tanks"]);
  });
});

describe("a comparison with words between its noun and 'than'", () => {
  it.each([
    ["Russia has 3,000 more troops in Kursk than last year.", "3,000 more troops"],
    ["Ukraine received 5 more batteries than expected.", "5 more"],
    ["Ukraine received 5 more Patriot batteries than expected.", "5 more"],
  ])("is no increment: %s", (s, text) => {
    expect(extractEstimates(s).map((e) => [e.text, e.increment])).toEqual([[text, false]]);
  });

  it("leaves an increment before a clause of its own", () => {
    expect(extractEstimates("Russia sent 3,000 more troops to Kursk.").map((e) => e.increment)).toEqual([true]);
    expect(extractEstimates("Russia sent 3,000 more troops, and more than 200 tanks.").map((e) => e.increment)).toEqual([true, false]);
  });
});
