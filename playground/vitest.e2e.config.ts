/**
 * The playground's end-to-end test runs on its own (`npm run test:playground`): it builds the site
 * and drives Debian's chromium, so it is kept out of the default unit-test run until the compiler
 * converts every example.
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
