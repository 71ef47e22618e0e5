/** CPython's compile() as the oracle for the compile-time checks (declarations, block context, patterns). */
import { spawnSync } from "node:child_process";

/** "line:col-endline:endcol: message" as CPython reports it (1-based columns), or "OK". */
export function cpythonCompileErrors(sources: readonly string[]): string[] {
  const program = `
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "case.py", "exec")
        out.append("OK")
    except SyntaxError as e:
        out.append(f"{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}: {e.msg}")
print(json.dumps(out))
`;
  const run = spawnSync("python3", ["-c", program], { input: JSON.stringify(sources), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[];
}

