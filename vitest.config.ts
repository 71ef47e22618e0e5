import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
