/**
 * Formats emitted TypeScript with prettier 3 (async, hence `transpile()` is async). Loaded
 * lazily so that `py2ts run` on a cache hit never pays for it.
 */
export async function formatTypeScript(text: string): Promise<string> {
  const [prettier, typescript, estree] = await Promise.all([
    import("prettier/standalone"),
    import("prettier/plugins/typescript"),
    import("prettier/plugins/estree"),
  ]);
  return prettier.format(text, {
    parser: "typescript",
    plugins: [typescript.default ?? typescript, estree.default ?? estree],
    printWidth: 100,
  });
}
