/**
 * Runs the playground's end-to-end test alone (`npm run test:playground`); `npm test` runs it too.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/playground.e2e.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
