import { defineConfig } from "vitest/config";

// The command line as a user runs it: the built dist/cli.js, spawned. Runs
// after the build (npm test runs build, then test:cli).
export default defineConfig({
  test: {
    setupFiles: ["test/setup.ts"],
    include: ["test/cli/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "reports/vitest-cli.json" }]],
  },
});
