import { defineConfig } from "vitest/config";

// The docs site as a reader opens it: the built docs-site/ served on
// localhost and driven in headless Chromium. Runs after `typedoc` (npm test
// runs test:site, which builds the site first).
export default defineConfig({
  test: {
    include: ["test/site/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ["default", ["json", { outputFile: "reports/vitest-site.json" }]],
  },
});
