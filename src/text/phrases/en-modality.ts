import type { PhraseTable } from "./types.js";

/** Auxiliaries with their negation before a verb of reaching: "did not", "hasn't", "had never". */
const DENIED = [
  "did not", "didn't", "does not", "doesn't", "do not", "don't", "never", "did never", "has not", "hasn't", "have not", "haven't",
  "had not", "hadn't", "has never", "have never", "had never", "has not yet", "have not yet", "had not yet",
  // a denied forecast bounds what is looked ahead to: "Casualties will not reach 1,000" (fewer than 1,000, `projected`)
  "will not", "won't", "will never", "would not", "wouldn't", "would never",
];

/** Auxiliaries of `DENIED` that take the base form of the verb after them: "did not reach", "will not reach". */
const BASE_FORM = /^(did|does|do|don't|will|won't|would)/;

/**
 * The hedged bounds of denied reaching ("did not reach", "never quite reached", "has not yet
 * reached", and ahead: "will not reach", "won't exceed"), in the base form after "do", "will"
 * and "would" and the participle elsewhere, as upper bounds.
 */
function shortfalls([base, past]: readonly [string, string], strict: boolean): Record<string, { lower: boolean; strict: boolean }> {
  const out: Record<string, { lower: boolean; strict: boolean }> = {};
  for (const aux of DENIED) {
    const verb = BASE_FORM.test(aux) ? base : past;
    out[`${aux} ${verb}`] = { lower: false, strict };
    out[`${aux} quite ${verb}`] = { lower: false, strict };
  }
  return out;
}

/**
 * English words around a figure that say what it is doing: framing that does
 * not change it, increments, approximate bounds, particles, and what the table
 * refuses to read. @internal
 */
export const EN_FIGURE_WORDS = {
  framing: ["the", "a total of", "total of", "in total", "only", "all", "just", "a mere", "merely", "all of the", "all of"],
  increments: [
    "another", "an additional", "additional", "a further", "further", "an extra", "extra", "a fresh", "yet another",
    "some additional", "a new batch of",
  ],
  incrementsAfter: ["more", "additional", "extra"],
  hedgedBounds: {
    "just over": { lower: true, strict: true }, "just above": { lower: true, strict: true },
    "just more than": { lower: true, strict: true }, "slightly more than": { lower: true, strict: true },
    "slightly over": { lower: true, strict: true }, "a little over": { lower: true, strict: true },
    "a little more than": { lower: true, strict: true }, "just under": { lower: false, strict: true },
    "just below": { lower: false, strict: true }, "just shy of": { lower: false, strict: true },
    "slightly less than": { lower: false, strict: true }, "slightly fewer than": { lower: false, strict: true },
    "slightly under": { lower: false, strict: true }, "a little under": { lower: false, strict: true },
    "a little less than": { lower: false, strict: true }, "just less than": { lower: false, strict: true },
    "just fewer than": { lower: false, strict: true }, nearing: { lower: false, strict: true },
    approaching: { lower: false, strict: true }, neared: { lower: false, strict: true },
    nears: { lower: false, strict: true }, approached: { lower: false, strict: true }, approaches: { lower: false, strict: true },
    // "Not quite 1,000 troops crossed": nearly 1,000, as "just under 1,000"; no denial of the figure
    "not quite": { lower: false, strict: true },
    // "Barely 1,000 troops remain": about 1,000 and no more, likely fewer; an approximate upper bound, not strict
    barely: { lower: false, strict: false }, scarcely: { lower: false, strict: false }, hardly: { lower: false, strict: false },
    "barely more than": { lower: true, strict: true }, "barely over": { lower: true, strict: true },
    "barely above": { lower: true, strict: true }, "barely less than": { lower: false, strict: true },
    "barely fewer than": { lower: false, strict: true }, "barely under": { lower: false, strict: true },
    "barely below": { lower: false, strict: true },
    // "Casualties did not reach 1,000": fewer than 1,000, a bound, not a denied count; with "quite" close to it
    // (approximate only with a word of closeness, and only after a noun of a level: see modality-shortfall.ts)
    ...shortfalls(["reach", "reached"], true),
    // "Losses never exceeded 1,000": at most 1,000
    ...shortfalls(["exceed", "exceeded"], false),
  },
  // only verbs whose "over" is nearly always a particle before a count: "sent over 3,000" and
  // "held over 300" say "more than"
  particleVerbs: [
    "hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "turn", "turns", "turned",
    "turning",
  ],
  unknownMultipliers: [
    "quadrillion", "quadrillions", "quintillion", "quintillions", "sextillion", "zillion", "zillions", "gazillion",
    "gazillions", "jillion", "jillions", "bazillion", "kajillion", "squillion", "arab", "arabs", "kharab", "kharabs",
    "myriad", "myriads", "mil", "thou", "score", "bil", "mill", "mills", "grand", "gazillion",
  ],
  negativeWords: ["minus", "negative"],
  increaseVerbs: [
    "rose", "rise", "risen", "rises", "rising", "increased", "increase", "increases", "increasing", "grew", "grow",
    "grown", "grows", "growing", "climbed", "climb", "jumped", "jump", "surged", "swelled", "added", "adds", "gained",
    "expanded", "boosted", "raised", "upped",
  ],
  decreaseVerbs: [
    "fell", "fallen", "falls", "falling", "dropped", "drops", "dropping", "declined", "declines", "declining", "decreased",
    "decreases", "decreasing", "shrank", "shrunk", "shrinks", "slipped", "slips", "plunged", "plunges", "dipped", "dips",
    "down", "reduced", "cut", "lowered", "slashed", "trimmed", "trims", "trimming", "pared", "downsized",
  ],
  multiples: ["times", "fold"],
  comparisons: [
    "as many", "as much", "as large", "as high", "as big", "as great", "as long", "as fast", "more", "higher",
    "greater", "larger", "bigger", "lower", "fewer", "less", "smaller", "faster", "the", "that", "over", "above",
  ],
} as const satisfies Partial<PhraseTable>;

/**
 * English cue words for what a figure is doing in its sentence: negations,
 * plans, projections and possibilities. @internal
 */
export const EN_MODALITY: NonNullable<PhraseTable["modality"]> = {
  negations: [
    "not", "never", "no", "nor", "neither", "cannot", "nobody", "denied", "denies", "denying", "refused", "refuses", "refusing", "refuse", "unlikely",
    "impossible", "untrue", "failed", "fails", "fail", "failing", "unable", "yet", "declined", "declines", "decline",
    "declining",
  ],
  cues: {
    will: "future", "'ll": "future", shall: "future", "won't": "future", would: "future",
    could: "modal", may: "modal", might: "modal", can: "modal", "could've": "modal", should: "modal", must: "modal",
    considering: "potential", weighing: "potential", mulling: "potential", mulled: "potential", mulls: "potential",
    contemplating: "potential", contemplated: "potential", contemplates: "potential", pondering: "potential", pondered: "potential",
    eyeing: "potential", exploring: "potential",
    // only before an act: "US weighs sending 3,000 troops", not "the tank weighs 60 tonnes" (see modality-forecast.ts)
    weigh: "potential", weighs: "potential", weighed: "potential", consider: "potential", considers: "potential",
    considered: "potential", eyes: "potential", eyed: "potential", explores: "potential", explored: "potential", studies: "potential",
    plans: "planned", plan: "planned", planned: "planned", planning: "planned", intends: "planned", intend: "planned",
    intended: "planned", intending: "planned", decided: "planned", decides: "planned", decide: "planned",
    agreed: "intent", agrees: "intent", pledged: "intent", pledges: "intent", pledge: "intent",
    promised: "intent", promises: "intent", vowed: "intent", vows: "intent", aims: "planned", aiming: "planned",
    wants: "intent", want: "intent", wanted: "intent", wanting: "intent", set: "intent", about: "intent",
    threatened: "intent", threaten: "intent", threatening: "intent",
    due: "intent", supposed: "intent", voted: "intent", votes: "intent", seeks: "intent", seek: "intent", sought: "intent",
    seeking: "intent", ready: "intent", prepared: "intent",
    feared: "potential", possibility: "potential", capable: "potential", rumoured: "potential", rumored: "potential",
    // a doubt holds possible what it doubts; "no doubt" affirms (see modality-doubt.ts)
    doubt: "potential", doubts: "potential", doubted: "potential", doubtful: "potential",
    hopes: "projected", hoped: "projected", risks: "potential", threatens: "potential",
    scheduled: "planned", slated: "planned", preparing: "planned", prepares: "planned", going: "planned", ordered: "planned",
    approved: "planned", authorised: "planned", authorized: "planned", proposed: "planned", proposes: "planned",
    goal: "planned", goals: "planned", objective: "planned", objectives: "planned", ambition: "planned", intention: "planned",
    earmarked: "planned", proposal: "planned", proposals: "planned", request: "planned", requests: "planned",
    requested: "planned", bill: "intent", bills: "intent", law: "intent", decree: "intent", motion: "intent",
    resolution: "intent", bid: "intent", order: "intent", committed: "intent", commits: "intent", announced: "intent", offered: "intent",
    expected: "projected", expects: "projected", expect: "projected", projected: "projected", projects: "projected", forecast: "projected",
    forecasts: "projected", predicted: "projected", predicts: "projected", likely: "projected", poised: "projected",
    projection: "projected", projections: "projected", anticipated: "projected", anticipates: "projected",
    // base forms and other forms of the verbs of forecasting; "project", "fear", "heading" and "hoping" are read by modality-forecast.ts
    predict: "projected", predicting: "projected", anticipate: "projected", anticipating: "projected",
    foresee: "projected", foresees: "projected", foresaw: "projected", foreseeing: "projected", expecting: "projected",
    forecasting: "projected", forecasted: "projected", project: "projected", fear: "projected", fears: "projected",
    heading: "projected", headed: "projected", heads: "projected", head: "projected", hoping: "projected", hope: "projected",
    // bracing for and warning of what may come (see modality-forecast.ts)
    brace: "projected", braces: "projected", braced: "projected", bracing: "projected", warn: "projected", warns: "projected",
    warned: "projected", warning: "projected", warnings: "projected",
    // adverbs of likelihood, read by modality-likelihood.ts: "Russia probably lost 3,000 troops" (ICD 203)
    probably: "potential", presumably: "potential", certainly: "potential",
    potentially: "potential", possibly: "potential", perhaps: "potential", maybe: "potential", conceivably: "potential", theoretically: "potential",
    deny: "denial", rejected: "denial", rejects: "denial", rejecting: "denial", dismissed: "denial", dismisses: "denial", refuted: "denial",
    refutes: "denial", disputed: "denial", disputes: "denial", contested: "denial", contests: "denial",
    retracted: "denial", retracts: "denial", retract: "denial", withdrew: "denial", withdraws: "denial", withdrawn: "denial",
    walked: "denial", walks: "denial", walking: "denial", walk: "denial", debunked: "denial", false: "denial", incorrect: "denial", inaccurate: "denial", baseless: "denial", unfounded: "denial",
    groundless: "denial", bogus: "denial", fake: "denial", spurious: "denial", fabricated: "denial", contrary: "denial",
    // what is needed, asked for or aimed at is not there yet (see modality-sought.ts)
    need: "planned", needs: "planned", needed: "planned", needing: "planned", require: "planned", requires: "planned",
    required: "planned", requiring: "planned", demand: "planned", demands: "planned", demanded: "planned",
    envisage: "planned", envisages: "planned", envisaged: "planned", envision: "planned", envisions: "planned",
    envisioned: "planned", target: "planned", requirement: "planned", requirements: "planned", targets: "planned", ask: "intent", asks: "intent", asked: "intent",
    asking: "intent", call: "intent", calls: "intent", called: "intent", calling: "intent", track: "intent",
    course: "intent", pace: "intent", appeal: "intent", appeals: "intent", appealed: "intent", appealing: "intent",
    pleaded: "intent", pleads: "intent", pleading: "intent", begged: "intent", begs: "intent", lobbied: "intent",
    lobbies: "intent", lobbying: "intent", urge: "intent", urges: "intent", urged: "intent", urging: "intent",
    pressed: "intent", presses: "intent", pressing: "intent", pressured: "intent", pressures: "intent", pressuring: "intent",
    implored: "intent", implores: "intent", exhorted: "intent", encouraged: "intent", encourages: "intent", pushed: "intent",
    pushes: "intent", pushing: "intent",
    // a prospect with "to": "stands to receive 40 tanks", "in line to get" (see modality-headline.ts)
    stand: "intent", stands: "intent", line: "intent",
    // a list of wishes seeks its content: "Kyiv's wish list includes 300 tanks" (see modality-sought.ts)
    wish: "planned", wishlist: "planned", wishlists: "planned",
  },
  growthVerbs: [
    "reach", "exceed", "surpass", "top", "hit", "rise", "climb", "increase", "grow", "double", "triple", "swell",
    "balloon", "soar", "jump", "approach", "near", "pass", "be", "become", "total", "number", "fall", "drop",
    "decline", "decrease",
  ],
  planVerbs: [
    "send", "deploy", "dispatch", "deliver", "provide", "transfer", "supply", "give", "donate", "allocate", "spend",
    "invest", "build", "buy", "purchase", "procure", "recruit", "mobilise", "mobilize", "train", "station", "hire",
    "release", "return", "receive", "fund", "pay", "order", "add", "commit", "pledge", "contribute", "raise", "field",
    "withdraw", "evacuate", "free", "exchange", "ship", "sell", "lend", "grant", "offer", "introduce", "launch", "get",
    "approve", "authorise", "authorize", "earmark", "allot", "appropriate", "disburse",
  ],
  clauseBreaks: [
    "and", "or", "but", "while", "whereas", "although", "though", "because", "since", "after", "before", "when",
    "which", "who", "whom", "whose", "that", "whether", "if", "how", "why", "unless", "until", "till", "than", "as", "said", "says", "say",
    // "Once 300 tanks are delivered, Kyiv can attack": a clause word, not a name numbered "Once 300"
    "once", "whenever",
    "according", "reported", "told",
  ],
};
