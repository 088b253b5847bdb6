// Every way a proxy can be asked, and a getter that throws only at times: the public functions
// answer them with invalid-argument naming the function, the argument path and what was thrown.
import { describe, it } from "vitest";

import { lethality } from "../../src/casualty/index.js";
import { derive } from "../../src/explain/index.js";
import { exact, formatEstimate, sumEstimates } from "../../src/index.js";
import { consensus } from "../../src/revision/index.js";
import { expectFogcountError } from "../helpers.js";

const trap = (name: keyof ProxyHandler<object>, target: object = { kind: "exact", value: 1, unit: "person" }): object =>
  new Proxy(target, {
    [name]() {
      throw new Error(`${name} trap`);
    },
  });

describe("reading arguments that throw", () => {
  it("turns each proxy trap that throws into invalid-argument naming the function, the path and the message", () => {
    expectFogcountError(() => derive.sum([trap("has")] as never), "invalid-argument", /^derive\.sum: inputs\[0\] cannot be read \(a getter or proxy threw\), got "Error: has trap"$/);
    expectFogcountError(() => formatEstimate(trap("has") as never), "invalid-argument", /^formatEstimate: estimate cannot be read .*has trap/);
    expectFogcountError(() => sumEstimates([trap("getOwnPropertyDescriptor")] as never), "invalid-argument", /^sumEstimates: list\[0\]\.kind cannot be read .*getOwnPropertyDescriptor trap/);
    expectFogcountError(() => formatEstimate(exact(1, "person"), trap("getOwnPropertyDescriptor", { style: "compact" }) as never), "invalid-argument", /^formatEstimate: options\.style cannot be read/);
    expectFogcountError(() => sumEstimates([trap("ownKeys")] as never), "invalid-argument", /^sumEstimates: list\[0\] cannot be read .*ownKeys trap/);
    expectFogcountError(() => sumEstimates([trap("get")] as never), "invalid-argument", /^sumEstimates: list\[0\]\.kind cannot be read .*get trap/);
    expectFogcountError(() => lethality(trap("has") as never, exact(5, "person")), "invalid-argument", /^lethality: killed cannot be read .*has trap/);
    expectFogcountError(() => consensus([trap("getPrototypeOf")] as never), "invalid-argument", /^consensus: claims\[0\] cannot be read/);
  });

  it("names a getter that throws only the first time it is read", () => {
    let reads = 0;
    const flaky = {
      get kind() {
        if (reads++ === 0) throw new Error("not yet");
        return "exact";
      },
      value: 1,
      unit: "person",
    };
    expectFogcountError(() => sumEstimates([exact(1, "person"), flaky as never]), "invalid-argument", /^sumEstimates: list\[1\]\.kind is a getter, and reading the arguments threw .*, got "Error: not yet"$/);
  });
});
