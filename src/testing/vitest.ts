// fogcount/testing/vitest: `import "fogcount/testing/vitest"` once (in a test
// file, or in a setup file listed in `setupFiles`) registers fogcountMatchers
// with vitest's expect and declares their types on vitest's matchers.
// vitest is an optional peer dependency of this entry alone.

import { expect } from "vitest";

import { fogcountMatchers } from "./matchers.js";
import type { FogcountMatchers } from "./matchers.js";

expect.extend(fogcountMatchers);

// The matchers return nothing, as vitest's own do (and as the same matchers
// declared for Jest's global namespace, which vitest's assertions also
// extend, return), so that the two declarations agree.
declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> extends FogcountMatchers<void> {}
}
