// vitest for the example suite: `vitest run --config examples/kit/vitest.config.mjs`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // the cache stays with the repository's packages, not beside the example
  cacheDir: fileURLToPath(new URL("../../node_modules/.vite/kit", import.meta.url)),
  test: {
    globals: true,
    include: ["**/*.test.mjs"],
    setupFiles: ["./vitest.setup.mjs"],
  },
});
