import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  // TypeScript in .cts files too (src/cli's CommonJS start-up modules); Vite's default is .ts/.mts only
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
