import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a number joined to a noun that makes an adjective of it", () => {
  it.each([
    ["A missile hit a five-storey building and killed 12 people.", ["12 people"]],
    ["The 12-storey block housed 300 residents.", ["300 residents"]],
    ["Kyiv put forward a 12-point plan; 40 soldiers died.", ["40 soldiers"]],
    ["A twelve-point plan was tabled.", []],
    ["A 40-nation coalition sent 3,000 troops.", ["3,000 troops"]],
    ["The 300-bed hospital treated 120 patients.", ["120 patients"]],
    ["A nine-storied building collapsed.", []],
  ])("is no count: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it.each([
    ["A 5,000-strong force arrived.", ["5,000-strong"]],
    ["A 2,000-pound bomb fell.", ["2,000-pound"]],
    ["Russia sent 20 Russian-made drones.", ["20 Russian-made drones"]],
  ])("leaves a strength, a weight and a made-in alone: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it("is a designation to parseEstimate", () => {
    expect(parseEstimate("12-storey")).toMatchObject({ ok: false, reason: "designation" });
  });
});

describe("an age", () => {
  it.each([
    ["The boy, 14, was killed and 30 people were hurt.", ["30 people"]],
    ["His friend Basil, 15, was also shot.", []],
    ["Khaled Abu Said, 13, Abdulhamid Abu Daher, 13, and Mohammed Assatri, 14 – had been out setting nets.", []],
    ["Two classmates Yousif (16) and Mustafa (16) were on their way home.", []],
    ["Children aged 5 to 12 were evacuated.", []],
    ["Three teenage boys, aged between 12 and 14, have been killed.", []],
    ["Men between the ages of 18 and 60 cannot leave.", []],
    ["Those aged under 25 were freed with 200 others.", ["200"]],
    ["At the age of 14 he joined.", []],
    ["A 23-year-old soldier was among 12 dead.", ["12 dead"]],
    ["The strike killed 12 children under 5.", ["12 children"]],
    ["Men over 60 may leave.", []],
    ["Children under five were evacuated.", []],
  ])("is no count: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it.each([
    ["Russia lost 300 tanks, 14, 15 and 16.", ["300 tanks", "14", "15", "16"]],
    ["In Kharkiv and Sumy, 12 and 17 people were killed.", ["12", "17 people"]],
    ["Russia (300) and Ukraine (200) lost tanks.", ["300", "200"]],
    ["The battle was over, 300 had died.", ["300"]],
    ["People over 3,000 fled.", ["over 3,000"]],
    ["More than 12 children died.", ["More than 12 children"]],
  ])("leaves lists and counts set off by marks alone: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });
});

describe("the tally of a vote", () => {
  it.each([
    "The bill passed by 311 votes to 112.",
    "MPs in the House of Commons voted by 320 to 301 in support of a government motion.",
    "British lawmakers voted by 326 to 290 in favour of the legislation.",
    "The House of Commons voted 326-290 in favor of the bill.",
    "MPs voted in favor of the referendum with a 316-53 vote.",
    "The Commons vote was 400 to 175 for the bill.",
    "The assembly voted 290 to 326 against it.",
    "The motion was carried by a vote of 400 to 175.",
    "The resolution passed 141 to 5, with 35 abstentions.",
    "The UN General Assembly voted 141-5 with 35 abstentions.",
  ])("is read in no part: %s", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it.each([
    ["Parliament passed 300 to 400 amendments.", ["300 to 400"]],
    ["Lawmakers backed 3,000 troops.", ["3,000 troops"]],
  ])("leaves a range or a count after a verb of a vote alone: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it("is a designation to parseEstimate", () => {
    expect(parseEstimate("311 votes to 112")).toMatchObject({ ok: false, reason: "designation" });
  });
});

describe("a house number", () => {
  it.each([
    ["A missile hit a building at 14 Khreshchatyk Street, killing 3 people.", ["3 people"]],
    ["Protesters gathered outside 10 Downing St.", []],
    ["The blast at 5 Velyka Vasylkivska street wounded 12.", ["12"]],
  ])("is no count: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it("leaves a count before a street it names alone", () => {
    expect(texts("Some 300 protesters marched down Khreshchatyk Street.")).toEqual(["Some 300 protesters"]);
  });
});
