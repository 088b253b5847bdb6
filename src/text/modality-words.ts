/**
 * The words the modality reader looks for around a cue, beyond the phrase table's own:
 * words of report, of saying, of asking, of confirming, of falsehood, and the like.
 * @internal
 */

/** How far back a cue may stand from the figure, in tokens. */
export const REACH = 12;
/** Punctuation that ends a clause. */
export const CLAUSE_MARKS = new Set([".", ";", ":", "!", "?", ",", "(", ")", "[", "]", "\u2014", "\u2013"]);
/**
 * Words between a cue and its verb that do not change it: "will also send", "is expected to
 * soon reach", and the adverbs reporters put between a negation and a word of confirming
 * ("could not independently verify", "could not immediately confirm", "has not yet verified",
 * "did not officially confirm", "could no longer verify").
 */
export const BETWEEN = new Set([
  "to", "also", "soon", "reportedly", "likely", "probably", "certainly", "eventually", "further", "still", "then", "now",
  "quickly", "have", "be", "been", "independently", "immediately", "yet", "fully", "officially", "publicly", "formally",
  "definitively", "conclusively", "directly", "separately", "ever", "longer", "previously", "actually", "really",
  // adverbs of when and how far a plan goes: "would initially provide", "will first send", "would ultimately deploy"
  "initially", "first", "later", "ultimately", "gradually", "subsequently", "additionally", "jointly", "partially",
  "temporarily", "potentially", "urgently", "swiftly", "rapidly", "promptly",
  // "would initially only provide 40 vehicles"
  "only", "just",
]);
/** Words of report that a denial bears on: "rejected reports that", "dismissed claims of". */
export const REPORTS = new Set([
  "reports", "report", "claims", "claim", "allegations", "suggestions", "rumours", "rumors", "accounts", "figures", "figure",
  "estimate", "estimates", "tally", "toll", "count", "story", "stories",
]);
/** How far after a figure a question mark may end its sentence, in tokens. */
export const QUESTION_REACH = 40;
/** Marks that end a sentence. */
export const SENTENCE_ENDS = new Set([".", "!", "?"]);
/** Words after which a negation affirms: "no doubt that", "no question", "no denying", "cannot ignore", "did not hesitate to". */
export const DOUBTS = new Set(["doubt", "doubts", "doubted", "question", "questioned", "denying", "deny", "dispute", "disputed", "disputing", "ignore", "hesitate", "hesitated"]);
/**
 * Words of judgement that a negation before a "that" bears on without denying its clause: "it is
 * not right that 3,000 civilians died", "it is not surprising that", "it is no secret that",
 * "no wonder that", "no coincidence that". Only words of truth ("not true that") deny.
 */
export const JUDGES = new Set([
  "right", "wrong", "fair", "surprising", "surprised", "unusual", "strange", "odd", "unexpected", "uncommon", "rare", "new",
  "news", "secret", "coincidence", "accident", "wonder", "normal", "acceptable", "shocking", "ironic", "good", "bad", "enough",
]);
/** Words of saying that a negation just before them denies what follows: "did not say that 3,000", "never said", "didn't say 3,000 died". */
export const SAYS = new Set(["say", "says", "said", "saying", "tell", "tells", "told", "state", "states", "stated", "report", "reports", "reported"]);
/** Words that call the clause after them false: "it's false that", "a baseless claim that", "it's a lie that". */
export const FALSEHOODS = new Set([
  "false", "untrue", "incorrect", "inaccurate", "baseless", "unfounded", "groundless", "bogus", "fake", "spurious", "fabricated",
  "lie", "myth", "fabrication", "falsehood",
]);
/** Adverbs that call a saying false: "falsely claimed that", "wrongly reported that". */
export const FALSELY = new Set(["falsely", "wrongly", "erroneously", "mistakenly", "untruthfully"]);
/** Words after a negation that set a figure aside rather than deny it: "not counting 200 captured", "not including". */
export const ASIDES = new Set(["counting", "including", "least"]);
/** Refusals that negate only before "to" and a word of saying or confirming: "declined to confirm", "declined to say". */
export const DECLINES = new Set(["decline", "declines", "declined", "declining"]);
/** Words after which an "if" asks rather than supposes: "no one knows if", "it is unclear if", "asked if". */
export const ASKS = new Set([
  "know", "knows", "knew", "known", "clear", "unclear", "uncertain", "sure", "unsure", "ask", "asks", "asked", "asking",
  "wonder", "wonders", "wondered", "see", "check", "checked", "checking", "determine", "verify", "confirm", "tell", "say",
]);
/** Words of confirming or being sure: not confirming a figure holds it possible ("could not confirm that", "it is not clear that"). */
export const CERTAINTIES = new Set([
  "confirm", "confirms", "confirmed", "confirming", "verify", "verifies", "verified", "verifying", "clear", "certain", "sure",
  "establish", "established", "prove", "proved", "proven", "evident", "obvious",
]);
/** Forms of "rule" that, with "out" and denied, hold a figure possible: "did not rule out sending 2,000 troops", "has not ruled out". */
export const RULES = new Set(["rule", "rules", "ruled", "ruling"]);
/** Forms of "exclude" that, denied, hold a figure possible: "would not exclude sending 2,000 troops", "it is not excluded that". */
export const EXCLUDES = new Set(["exclude", "excludes", "excluded"]);
/**
 * Words that hold the clause after their "that" possible: "it is possible that", "it is unclear that", "the UN fears that 3,000 died",
 * and the judgments of likelihood of ICD 203 (see modality-likelihood.ts): "it is likely that", "it is probable that", "it is almost certain that".
 */
export const POSSIBLE = new Set([
  "possible", "conceivable", "plausible", "unclear", "uncertain", "unconfirmed", "unproven", "feared", "fears", "fear", "likely", "probable",
]);
/** Negation words that, after a figure and before "to", say what it names has not come about: "5,000 troops have yet to arrive", "failed to arrive". */
export const NOT_YET = new Set(["yet", "failed", "fail", "fails", "unable"]);
/** Forms of "be" and "have" that may stand between a figure and the word that says what becomes of it: "5,000 troops are to be sent", "have been". */
export const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "'s", "'re"]);
/** Forms of "be" before "to" that make a plan: "5,000 troops are to be deployed", "3,000 more were to arrive". */
export const BE_TO = new Set(["is", "are", "was", "were", "'s", "'re"]);
/** Adverbs that may stand between a figure and its verb: "5,000 troops reportedly will". */
export const FIGURE_ADVERBS = new Set(["reportedly", "allegedly", "also", "still", "now", "soon", "eventually", "then", "already", "apparently", "ultimately"]);
/** Words that open a phrase of place or part after a figure: "5,000 troops from the north would". */
export const PREPOSITIONS = new Set(["in", "of", "from", "at", "on", "near", "along", "inside", "outside", "across", "around", "within", "under"]);
/** Past participles of the plan verbs that do not end in "-ed": "will be sent", "are to be given". */
export const IRREGULAR_PARTICIPLES = new Set(["sent", "given", "sold", "lent", "built", "bought", "paid", "got", "gotten", "withdrawn", "spent", "raised", "freed"]);
/** Words that make a figure after them, with "the", a given: "among the 12,000 troops", "how many of the 11,000". */
export const PARTITIVES = new Set(["of", "among", "amongst", "from"]);
/**
 * Participles that refute a report, after a verb that joins it ("were denied by Moscow") or as
 * the verb of a clause about it ("which Kyiv denied"): the words both readings share.
 */
export const REFUTED = ["debunked", "denied", "rejected", "refuted", "dismissed", "disproved", "retracted", "disputed", "contested"];
/** Determiners that, after a word of `PARTITIVES`, make a figure a given; before a figure's verb, a figure whose verb says when or how. */
export const DEFINITES = new Set(["the", "these", "those"]);
/** Forms of "stop" before "short of": "stopped short of confirming", "stops short of sending". */
export const STOPS = new Set(["stop", "stops", "stopped", "stopping"]);
/** Verbs of refusing or blocking an act, which deny a figure of the act they take as object: "vetoed sending 2,000 troops". */
export const REFUSES = new Set([
  "veto", "vetoes", "vetoed", "vetoing", "reject", "rejects", "rejected", "rejecting", "block", "blocks", "blocked", "blocking",
  "nixed", "scrapped", "shelved", "refused", "refuses", "declined", "declines", "freeze", "freezes", "froze", "freezing",
]);
/** Forms of "turn" and "vote" that, with "down", refuse: "turned down a request to send 50 tanks", "voted down sending 5,000 troops". */
export const TURNS = new Set(["turn", "turns", "turned", "turning", "vote", "votes", "voted", "voting"]);
/** Nouns of an act, or of a plan or a request for one, that a refusal takes as object: "vetoed the deployment of", "rejected calls to send". */
export const ACTS = new Set([
  "plan", "plans", "proposal", "proposals", "request", "requests", "call", "calls", "demand", "demands", "offer", "offers",
  "idea", "option", "prospect", "possibility", "bid", "deployment", "deployments", "delivery", "deliveries", "transfer",
  "transfers", "shipment", "shipments", "sale", "sales", "dispatch", "supply", "purchase",
  // a bill or a package for an act: "vetoed a bill to send $60 billion", "blocked a package of"
  "bill", "bills", "legislation", "package", "packages", "measure", "measures", "resolution", "resolutions",
]);
/** Words between a verb of refusing and the act it refuses: "ruled out any further deployment of", "rejected the plans to send". */
export const ACT_DETERMINERS = new Set(["the", "a", "an", "any", "its", "their", "his", "her", "our", "further", "new", "more", "additional", "outright"]);
/**
 * Possessive determiners that, like "the", make a figure a given: after a word of `PARTITIVES`
 * ("has not withdrawn any of its 4,000 troops": the 4,000 is the level the withdrawal is
 * denied from), or before a figure's verb ("its 12,000 troops will weigh on the budget").
 */
export const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "my", "your"]);
/** Words whose "'s" is "is" or "has", not a possessive: "it's 4,000", "there's". */
export const CONTRACTED_IS = new Set(["it", "that", "there", "here", "what", "who", "he", "she", "where", "this", "how", "let"]);
/** Words before a cue that make it a noun or an adjective: "the planned offensive", "Russia's plans", "the will of". */
export const NOMINAL_BEFORE = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "'s", "such"]);
/**
 * Words right before a figure that tie it to the noun phrase of a cue before them: "the
 * projected losses of 300,000", "plans for 3,000", and verbs that give a plan's or a forecast's
 * content: "projections show 50,000 deaths", "the plan envisages 3,000 troops".
 */
export const TIES = new Set([
  "of", "for", "with", "involving", "including", "to", "at", "by", "about", "some", "another", "around", "over", "nearly", "almost",
  "show", "shows", "showed", "shown", "put", "puts", "see", "sees", "saw", "envisage", "envisages", "envisaged", "envision", "envisions",
  "foresee", "foresees", "include", "includes", "included", "involve", "involves", "involved", "suggest", "suggests", "suggested",
  "estimate", "estimates", "estimated", "predict", "predicts", "predicted", "call", "calls", "called", "require", "requires", "need", "needs",
]);
/** Words after a figure, or before "of" and a figure, that make it a count of votes: "by 311 votes to 112", "by a vote of 311 to 112". */
export const VOTES = new Set(["votes", "vote", "ballots"]);
/** Modals that with "have" and a participle make a counterfactual: "would have died", "could have saved", "might have been killed". */
export const WOULDS = new Set(["would", "'d", "could", "might", "should", "may"]);
/**
 * Verbs that, right after "will" or "would" with a figure as their subject, say what becomes of
 * the figure, so that the figure is looked ahead to: "5,000 troops will arrive", "3,000 will
 * die", "10,000 will need shelter". Other verbs say what a figure already there will do ("12,000
 * troops will weigh on the budget") and leave it asserted. Verbs of growth and of planning count
 * as well (see the phrase table).
 */
export const FIGURE_EVENTS = new Set([
  "arrive", "come", "join", "return", "leave", "depart", "go", "cross", "enter", "flee", "escape", "die", "perish",
  "starve", "drown", "survive", "lose", "need", "require", "face", "remain", "stay", "become", "take", "receive", "get",
  "suffer", "participate", "move", "head", "follow", "enlist", "volunteer", "desert", "surrender", "defect", "rotate",
  "end", "start", "begin", "land", "reach", "be", "have",
]);
/** Auxiliaries that in an "if" clause make it counterfactual: "if Russia had sent", "if 5,000 troops were sent". */
export const COUNTERFACTUAL_AUX = new Set(["had", "were", "'d"]);
/** Past participles that end in none of "-ed", "-en", "-wn" and are not plan verbs': "Had Russia lost 5,000". */
export const PAST_PARTICIPLES = new Set(["lost", "held", "kept", "fought", "made", "won", "left", "brought", "stood", "met", "put", "cut", "hit", "done", "gone", "come", "run", "begun", "sent", "struck", "caught", "found"]);
/** Words that may open the subject of an inverted "had" or "were" besides names and numbers: "Had the army sent", "Had they sent". */
export const SUBJECT_STARTS = new Set(["the", "a", "an", "its", "their", "this", "these", "those", "it", "they", "we", "he", "she", "you", "i", "more", "another", "some", "any", "all"]);
/** Words that after a negated clause make it a delay, not a denial: "will not deploy 5,000 reservists until January". */
export const UNTILS = new Set(["until", "till", "til"]);
/** Past forms that are only finite verbs, never adjectives: after a nominal cue they end its phrase ("the planned counteroffensive began … with 60,000"). */
export const PAST_VERBS = new Set([
  "began", "came", "went", "took", "saw", "struck", "fell", "rose", "grew", "won", "lost", "fought", "ran", "met", "got",
  "brought", "drove", "broke", "stood", "led", "left", "made", "gave", "held", "kept", "found", "began", "became", "did",
]);
