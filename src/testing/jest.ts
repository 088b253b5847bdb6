// fogcount/testing/jest: `import "fogcount/testing/jest"` once (in a test
// file, or in a module listed in `setupFilesAfterEnv`) registers
// fogcountMatchers with Jest's global expect and declares their types, for
// `@jest/globals` (the "expect" module) and for `@types/jest` (the global
// `jest` namespace). Jest is an optional peer dependency of this entry alone.
// With Jest's injectGlobals: false there is no global expect: call
// expect.extend(fogcountMatchers) with the expect from @jest/globals instead.

// the types of the module the augmentation below extends, for this file's own
// type check (an augmentation does not load them; in a Jest project,
// @jest/globals and @types/jest do)
/// <reference types="expect" />

import { FogcountError } from "../errors.js";
import { fogcountMatchers } from "./matchers.js";
import type { FogcountMatchers } from "./matchers.js";

const expect = (globalThis as { expect?: { extend?: unknown } }).expect;
if (typeof expect?.extend !== "function") {
  throw new FogcountError(
    "invalid-argument",
    "fogcount/testing/jest: there is no global expect to register the matchers with. " +
      "Import it in a Jest test file or a module listed in setupFilesAfterEnv; " +
      "with injectGlobals: false there is none to find: instead call expect.extend(fogcountMatchers) with the expect from @jest/globals " +
      "(fogcountMatchers from fogcount/testing, which needs fast-check installed)",
  );
}
(expect.extend as (matchers: object) => void)(fogcountMatchers);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Matchers<R, T = {}> extends FogcountMatchers<R> {}
  }
}

declare module "expect" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<R extends void | Promise<void>, T = unknown> extends FogcountMatchers<R> {}
}
