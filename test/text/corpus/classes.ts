/**
 * The classes of figures a reader can get wrong without saying so, each with
 * the examples that showed it and others of our own: what each phrase reads
 * as, what must be refused whole, and what running text yields.
 */
import type { ParseEstimateFailure } from "../../../src/text/parse.js";
import type { Modality } from "../../../src/text/extract.js";
import { approx, atLeast, atMost, exact, mag, range } from "./phrases.js";
import type { PhraseCase } from "./phrases.js";

/** The class a case belongs to. */
export type FigureClass =
  | "bound-suffix"
  | "multiplier-word"
  | "number-fragment"
  | "compound-magnitude"
  | "count-before-model"
  | "hedge-and-bound"
  | "particle-over"
  | "range-and-count"
  | "spelled-chain"
  | "framing";

const phrase = (cls: FigureClass, p: PhraseCase): PhraseCase & { cls: FigureClass } => ({ ...p, cls });

/** Phrases and what parseEstimate reads them as. */
export const CLASS_PHRASES: readonly (PhraseCase & { cls: FigureClass })[] = [
  phrase("bound-suffix", atLeast("12 dead or more", 12, false, "person")),
  phrase("bound-suffix", atLeast("300 or more", 300, false)),
  phrase("multiplier-word", exact("25 lakh tonnes", 2.5e6, "tonne")),
  phrase("multiplier-word", exact("Rs 2 crore", 2e7, "INR")),
  phrase("multiplier-word", exact("1,00,000", 1e5)),
  phrase("multiplier-word", exact("2,50,00,000", 2.5e7)),
  phrase("multiplier-word", exact("₹500 crore", 5e9, "INR")),
  phrase("multiplier-word", exact("Rs 1.70 lakh crore", 1.7e12, "INR")),
  phrase("multiplier-word", approx("about 12,34,56,789 rupees", 123456789, "about", "INR")),
  phrase("multiplier-word", exact("3 crores", 3e7)),
  phrase("number-fragment", exact("2½ million", 2.5e6)),
  phrase("number-fragment", exact("5 and a half million", 5.5e6)),
  phrase("number-fragment", exact("2 1/2 million", 2.5e6)),
  phrase("number-fragment", exact("1¾ million", 1.75e6)),
  phrase("number-fragment", exact("3 ½ million people", 3.5e6, "person")),
  phrase("number-fragment", exact("10 3/4 tonnes", 10.75, "tonne")),
  phrase("number-fragment", exact("½ million", 5e5)),
  phrase("compound-magnitude", mag("several hundred thousand", "several-hundred-thousand")),
  phrase("compound-magnitude", mag("tens of trillions", "tens-of-trillions")),
  phrase("compound-magnitude", mag("hundreds of millions of dollars", "hundreds-of-millions", "USD")),
  phrase("compound-magnitude", mag("several hundred million dollars", "several-hundred-million", "USD")),
  phrase("compound-magnitude", mag("hundreds of trillions of won", "hundreds-of-trillions", "KRW")),
  phrase("compound-magnitude", mag("several trillion", "several-trillion")),
  phrase("count-before-model", exact("12 155mm howitzers", 12, "howitzer")),
  phrase("count-before-model", exact("24 Kh-59 missiles", 24, "missile")),
  phrase("count-before-model", exact("six M777 howitzers", 6, "howitzer")),
  phrase("count-before-model", exact("18 Su-35 jets", 18, "aircraft")),
  phrase("count-before-model", exact("40 122-mm rockets", 40, "rocket")),
  phrase("hedge-and-bound", atLeast("at least several million shells", 3e6, false, "shell", { approx: true })),
  phrase("hedge-and-bound", atLeast('at least "3,000 soldiers"', 3000, false, "person")),
  phrase("hedge-and-bound", approx("about\u200b4,700", 4700, "about")),
  phrase("hedge-and-bound", atLeast("just over 1,000", 1000, true, "unknown", { approx: true })),
  phrase("hedge-and-bound", atMost("just under 1,000", 1000, true, "unknown", { approx: true })),
  phrase("hedge-and-bound", atMost("nearing 5,000", 5000, true, "unknown", { approx: true })),
  phrase("hedge-and-bound", atMost("up to hundreds of thousands", 1e6, true, "unknown", { approx: true })),
  phrase("hedge-and-bound", atLeast("more than thousands of troops", 2000, true, "person", { approx: true })),
  phrase("hedge-and-bound", approx("about “600 deaths”", 600, "about", "person")),
  phrase("hedge-and-bound", approx("some\u2060300 troops", 300, "some", "person")),
  phrase("hedge-and-bound", atMost("neared 81,000", 81000, true, "unknown", { approx: true })),
  phrase("hedge-and-bound", atLeast("slightly more than 40%", 40, true, "percent", { approx: true })),
  phrase("range-and-count", range("between 450 km and 690 km", 450, 690, "km")),
  phrase("range-and-count", range("from 3 km to 5 km", 3, 5, "km")),
  phrase("range-and-count", range("between $1 billion and $2 billion", 1e9, 2e9, "USD")),
  phrase("range-and-count", range("5 km to 10 km", 5, 10, "km")),
  phrase("range-and-count", range("between 1,000 and 2,000km", 1000, 2000, "km")),
  phrase("range-and-count", range("between $1.1 billion (€813 million) and $1.2 billion", 1.1e9, 1.2e9, "USD")),
  phrase("range-and-count", atLeast("more than four times", 4, true, "1")),
  phrase("range-and-count", exact("three times as many", 3, "1")),
  phrase("range-and-count", exact("3-fold", 3, "1")),
  phrase("range-and-count", exact("four cruise missiles", 4, "missile")),
  phrase("range-and-count", exact("six drones", 6, "drone")),
  phrase("range-and-count", exact("one soldier", 1, "person")),
  phrase("range-and-count", exact("seven tanks", 7, "tank")),
  phrase("range-and-count", exact("15 attack drones", 15, "drone")),
  phrase("range-and-count", exact("Seventy-one U.S. troops", 71, "person")),
  phrase("spelled-chain", exact("a million million", 1e12)),
  phrase("spelled-chain", exact("one hundred thousand million", 1e11)),
  phrase("spelled-chain", exact("twenty thousand thousand", 2e7)),
  phrase("spelled-chain", exact("two million three hundred thousand", 2.3e6)),
  phrase("spelled-chain", exact("three thousand million", 3e9)),
  phrase("spelled-chain", exact("a thousand thousand", 1e6)),
  phrase("spelled-chain", exact("five hundred and twenty thousand", 520000)),
  phrase("framing", exact("the 11,000", 11000)),
  phrase("framing", approx("the some 11,000", 11000, "some")),
  phrase("framing", approx("the approximately 11,000", 11000, "approximately")),
  phrase("framing", exact("a total of 15,000", 15000)),
  phrase("framing", exact("only 350", 350)),
  phrase("framing", exact("all 12,000", 12000)),
  phrase("framing", exact("a mere 40 soldiers", 40, "person")),
  phrase("framing", exact("just 350", 350)),
  phrase("framing", atLeast("a total of more than 12,000 troops", 12000, true, "person")),
  phrase("framing", exact("another 1,000", 1000)),
  phrase("framing", range("an additional 3,000 to 4,000", 3000, 4000)),
  phrase("framing", exact("a further 1,000", 1000)),
  phrase("framing", exact("3,000 more", 3000)),
  phrase("framing", mag("thousands more", "thousands")),
];

/** Phrases that must be refused whole, with the reason. */
export const CLASS_REFUSED: readonly { readonly cls: FigureClass; readonly text: string; readonly reason: ParseEstimateFailure }[] = [
  { cls: "multiplier-word", text: "5 quadrillion", reason: "unknown-multiplier" },
  { cls: "multiplier-word", text: "3 zillion dollars", reason: "unknown-multiplier" },
  { cls: "multiplier-word", text: "10 arab rupees", reason: "unknown-multiplier" },
  { cls: "multiplier-word", text: "two zillion", reason: "unknown-multiplier" },
  { cls: "number-fragment", text: "about 1,2 million", reason: "malformed-number" },
  { cls: "number-fragment", text: "5,000,00", reason: "malformed-number" },
  { cls: "number-fragment", text: "1,2,3 tanks", reason: "malformed-number" },
  { cls: "number-fragment", text: "1,00 troops", reason: "malformed-number" },
  { cls: "compound-magnitude", text: "thousands of millions", reason: "unsupported-magnitude" },
  { cls: "compound-magnitude", text: "millions of billions", reason: "unsupported-magnitude" },
  { cls: "compound-magnitude", text: "dozens of thousands", reason: "unsupported-magnitude" },
  { cls: "compound-magnitude", text: "hundreds of quadrillions", reason: "unsupported-magnitude" },
  { cls: "hedge-and-bound", text: "−300", reason: "negative" },
  { cls: "hedge-and-bound", text: "-300", reason: "negative" },
  { cls: "hedge-and-bound", text: "about −300 troops", reason: "negative" },
  { cls: "hedge-and-bound", text: "minus 300", reason: "negative" },
  { cls: "hedge-and-bound", text: "(-5%)", reason: "negative" },
  { cls: "hedge-and-bound", text: "$-300", reason: "negative" },
  { cls: "hedge-and-bound", text: "10 -12", reason: "negative" },
  { cls: "range-and-count", text: "between 5 and the river", reason: "incomplete-range" },
  { cls: "range-and-count", text: "between $1 billion (a record) and", reason: "incomplete-range" },
  { cls: "spelled-chain", text: "two thousand three million", reason: "malformed-number" },
  { cls: "spelled-chain", text: "one hundred hundred", reason: "malformed-number" },
];

/** A span running text must yield: the phrase's reading plus what it is doing. */
export interface ClassSpan extends PhraseCase {
  readonly modality?: Modality;
  readonly increment?: boolean;
}

/** A sentence and every span it must yield, in order (modality `asserted` and no increment unless said). */
export interface ClassSentence {
  readonly cls: FigureClass | "modality" | "increment";
  readonly sentence: string;
  readonly found: readonly ClassSpan[];
}

const s = (cls: ClassSentence["cls"], sentence: string, ...found: ClassSpan[]): ClassSentence => ({ cls, sentence, found });
const as = (p: PhraseCase, modality: Modality, increment = false): ClassSpan => ({ ...p, modality, increment });
const more = (p: PhraseCase, modality: Modality = "asserted"): ClassSpan => ({ ...p, modality, increment: true });

export const CLASS_SENTENCES: readonly ClassSentence[] = [
  s("bound-suffix", "The strike left 12 dead and more than 30 wounded.", exact("12 dead", 12, "person"), atLeast("more than 30 wounded", 30, true, "person")),
  s("bound-suffix", "Kyiv lost 12 tanks or more than 40 vehicles.", exact("12 tanks", 12, "tank"), atLeast("more than 40 vehicles", 40, true, "vehicle")),
  s("bound-suffix", "Officials counted 300 tanks and more than 500 drones.", exact("300 tanks", 300, "tank"), atLeast("more than 500 drones", 500, true, "drone")),
  s("bound-suffix", "It fired 200 or more than 300 shells.", exact("200", 200), atLeast("more than 300 shells", 300, true, "shell")),
  s("bound-suffix", "The raid killed 12 soldiers or more.", atLeast("12 soldiers or more", 12, false, "person")),
  s("multiplier-word", "The state bought 25 lakh tonnes of wheat for Rs 2 crore.", exact("25 lakh tonnes", 2.5e6, "tonne"), exact("Rs 2 crore", 2e7, "INR")),
  s("multiplier-word", "About 1,00,000 people and 2,50,00,000 rupees were involved.", approx("About 1,00,000 people", 1e5, "about", "person"), exact("2,50,00,000 rupees", 2.5e7, "INR")),
  s("multiplier-word", "The fund holds 5 quadrillion won, the minister joked."),
  s("number-fragment", "It will cost about 1,2 million, officials said."),
  s("number-fragment", "Some 2½ million people fled; 2 1/2 million stayed.", approx("Some 2½ million people", 2.5e6, "some", "person"), exact("2 1/2 million", 2.5e6)),
  s("number-fragment", "The city of 5 and a half million held.", exact("5 and a half million", 5.5e6)),
  s("compound-magnitude", "Several hundred thousand troops massed, costing tens of trillions of won.", mag("Several hundred thousand troops", "several-hundred-thousand", "person"), mag("tens of trillions of won", "tens-of-trillions", "KRW")),
  s("compound-magnitude", "The bill ran to thousands of millions of pounds."),
  s("count-before-model", "Kyiv received 12 155mm howitzers and 24 Kh-59 missiles.", exact("12 155mm howitzers", 12, "howitzer"), exact("24 Kh-59 missiles", 24, "missile")),
  s("count-before-model", "The US sent 90 M777 howitzers.", exact("90 M777 howitzers", 90, "howitzer")),
  s("hedge-and-bound", "Russia fired at least several million shells.", atLeast("at least several million shells", 3e6, false, "shell", { approx: true })),
  s("hedge-and-bound", 'They claimed at least "3,000 soldiers" died.', atLeast('at least "3,000 soldiers', 3000, false, "person")),
  s("hedge-and-bound", "Just over 1,000 left and just under 2,000 stayed, nearing 5,000 in all.",
    atLeast("Just over 1,000", 1000, true, "unknown", { approx: true }), atMost("just under 2,000", 2000, true, "unknown", { approx: true }),
    atMost("nearing 5,000", 5000, true, "unknown", { approx: true })),
  s("hedge-and-bound", "The balance moved −300 and then -300 again, minus 300 in all."),
  s("particle-over", "The troops handed over two prisoners and took over 3 villages.", exact("two prisoners", 2, "person"), exact("3 villages", 3, "village")),
  s("particle-over", "Police turned over 40 rifles; the army held over 300 prisoners.", exact("40 rifles", 40, "rifle"), atLeast("over 300 prisoners", 300, true, "person")),
  s("particle-over", "Kyiv sent over 3,000 shells and took over 12 villages.", atLeast("over 3,000 shells", 3000, true, "shell"), exact("12 villages", 12, "village")),
  s("particle-over", "Over 3,000 shells were fired.", atLeast("Over 3,000 shells", 3000, true, "shell")),
  s("particle-over", "Both sides were handing over 1,200 bodies; over 500 were identified.", exact("1,200 bodies", 1200, "body"), atLeast("over 500", 500, true)),
  s("range-and-count", "The missiles fly between 450 km and 690 km, or from 3 km to 5 km.", range("between 450 km and 690 km", 450, 690, "km"), range("from 3 km to 5 km", 3, 5, "km")),
  s("range-and-count", "Losses rose more than four times; three times as many shells were fired.",
    atLeast("more than four times", 4, true, "1"), exact("three times as many", 3, "1")),
  s("range-and-count", "Ukraine downed four cruise missiles, six drones and one soldier was hurt.",
    exact("four cruise missiles", 4, "missile"), exact("six drones", 6, "drone"), exact("one soldier", 1, "person")),
  s("range-and-count", "The toll dropped from 210 on May 1 to 157 today.", exact("210", 210), exact("157", 157)),
  s("range-and-count", "The Marines hit highs of 220,000 in 1951 and 300,000 in 1969.", exact("220,000", 220000), exact("300,000", 300000)),
  s("range-and-count", "The drone struck three times.", ),
  s("spelled-chain", "A million million dollars, one hundred thousand million euros, twenty thousand thousand people.",
    exact("A million million dollars", 1e12, "USD"), exact("one hundred thousand million euros", 1e11, "EUR"), exact("twenty thousand thousand people", 2e7, "person")),
  s("framing", "Of the 11,000, the some 11,000 and the approximately 11,000 troops, a total of 15,000 and only 350 and all 12,000 remain.",
    exact("the 11,000", 11000), approx("the some 11,000", 11000, "some"), approx("the approximately 11,000 troops", 11000, "approximately", "person"),
    exact("a total of 15,000", 15000), exact("only 350", 350), exact("all 12,000", 12000)),
  s("modality", "It's not 300,000, the ministry said.", as(exact("300,000", 300000), "negated")),
  s("modality", "He did not send 12,000 troops but sent 3,000.", as(exact("12,000 troops", 12000, "person"), "negated"), exact("3,000", 3000)),
  s("modality", "Kyiv never had 50,000 there.", as(exact("50,000", 50000), "negated")),
  s("modality", "The toll could reach 2 million by spring.", as(atMost("could reach 2 million", 2e6, false), "projected")),
  s("modality", "Losses could exceed 50,000 this year.", as(atLeast("could exceed 50,000", 50000, true), "projected")),
  s("modality", "The force could increase to 100,000.", as(atMost("could increase to 100,000", 1e5, false), "projected")),
  s("modality", "The number is expected to reach 100,000.", as(exact("100,000", 1e5), "projected")),
  s("modality", "Casualties will exceed 10,000 soon.", as(atLeast("exceed 10,000", 1e4, true), "projected")),
  s("modality", "The toll will be 20,000 by June.", as(exact("20,000", 2e4), "projected")),
  s("modality", "Pyongyang decided to send 12,000 troops.", as(exact("12,000 troops", 12000, "person"), "planned")),
  s("modality", "Russia plans to send as many as 5,000 engineers.", as(atMost("as many as 5,000 engineers", 5000, false, "person"), "planned")),
  s("modality", "Seoul pledged to send 2,000 shells, and agreed to transfer 40 tanks.", as(exact("2,000 shells", 2000, "shell"), "planned"), as(exact("40 tanks", 40, "tank"), "planned")),
  s("modality", "Japan pledged $500 million in aid.", exact("$500 million", 5e8, "USD")),
  s("modality", "Officials said Seoul would send 300 engineers.", as(exact("300 engineers", 300, "person"), "planned")),
  s("modality", "The target was hit by 3 missiles.", exact("3 missiles", 3, "missile")),
  s("modality", "North Korea will deploy another 3,000 soldiers and 200 officers.",
    more(exact("another 3,000 soldiers", 3000, "person"), "planned"), as(exact("200 officers", 200, "person"), "planned")),
  s("modality", "Russia plans to send troops, and has deployed 11,000.", exact("11,000", 11000)),
  s("modality", "The costs may amount to $5bn.", as(exact("$5bn", 5e9, "USD"), "potential")),
  s("modality", "There are potentially millions of mines.", as(mag("millions of mines", "millions", "mine"), "potential")),
  s("modality", "The shipment could contain 300 shells.", as(exact("300 shells", 300, "shell"), "potential")),
  s("modality", "The war risks displacing 7 million people.", as(exact("7 million people", 7e6, "person"), "potential")),
  s("modality", "Russia has sent 12,000 troops, officials said.", exact("12,000 troops", 12000, "person")),
  s("increment", "Another 1,000 came, then an additional 3,000 to 4,000 and a further 1,000.",
    more(exact("Another 1,000", 1000)), more(range("an additional 3,000 to 4,000", 3000, 4000)), more(exact("a further 1,000", 1000))),
  s("increment", "North Korea sent 3,000 more; thousands more are expected.", more(exact("3,000 more", 3000)), more(mag("thousands more", "thousands"))),
  s("increment", "Approximately 3,000 additional troops and an extra 500 engineers arrived.",
    more(approx("Approximately 3,000 additional troops", 3000, "approximately", "person")), more(exact("an extra 500 engineers", 500, "person"))),
  s("increment", "The number increased by approximately 1,500 and rose 12 per cent.",
    more(approx("approximately 1,500", 1500, "approximately")), more(exact("12 per cent", 12, "percent"))),
  s("increment", "They sent 3,000 more than expected, and more than 3,000 in all.", exact("3,000", 3000), atLeast("more than 3,000", 3000, true)),
];
