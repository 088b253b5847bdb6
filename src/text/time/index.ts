export { resolveTimePhrase } from "./resolve.js";
export type { TimePhraseOptions } from "./resolve.js";
