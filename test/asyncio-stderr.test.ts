/**
 * What asyncio programs write to stderr besides tracebacks, through `py2ts run` (fixtures
 * compare stdout only): CPython's "coroutine ... was never awaited" RuntimeWarning for a
 * coroutine object dropped unstarted, and none for one that was started, closed or cancelled
 * before its first step. Needs a built dist/ (`npm run build`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT } from "./support/fixtures.js";

const CLI = join(ROOT, "bin", "py2ts.cjs");
const work = mkdtempSync(join(tmpdir(), "py2ts-asyncio-stderr-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(name: string, source: string): { stdout: string; stderr: string; status: number | null } {
  const file = join(work, name);
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, [CLI, "run", "--virtual-time", file], { encoding: "utf8", timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const TRACEMALLOC = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";

describe("asyncio stderr", () => {
  test("a coroutine never awaited is reported once per name when the loop closes", () => {
    const r = run(
      "never_awaited.py",
      "import asyncio\nasync def w(): pass\nasync def main():\n    w()\n    w()\n    try:\n        await asyncio.wait([w()])\n    except TypeError as e:\n        print(e)\nasyncio.run(main())\n",
    );
    expect(r.stdout).toBe("Passing coroutines is forbidden, use tasks explicitly.\n");
    expect(r.stderr).toBe(`sys:1: RuntimeWarning: coroutine 'w' was never awaited\n${TRACEMALLOC}`);
    expect(r.status).toBe(0);
  });

  test("started, closed and cancelled-before-start coroutines are not reported", () => {
    const r = run(
      "awaited.py",
      "import asyncio\nasync def w(): return 1\nasync def main():\n    await w()\n    w().close()\n    t = asyncio.create_task(w())\n    t.cancel()\n    await asyncio.gather(w(), asyncio.sleep(0), return_exceptions=True)\n    print('ok')\nasyncio.run(main())\n",
    );
    expect(r).toEqual({ stdout: "ok\n", stderr: "", status: 0 });
  });

  test("the warning comes before the traceback of the exception that ended asyncio.run", () => {
    const r = run("then_raise.py", "import asyncio\nasync def w(): pass\nasync def main():\n    w()\n    raise ValueError(1)\nasyncio.run(main())\n");
    expect(r.status).toBe(1);
    expect(r.stderr.startsWith(`sys:1: RuntimeWarning: coroutine 'w' was never awaited\n${TRACEMALLOC}Traceback`)).toBe(true);
    expect(r.stderr.endsWith("ValueError: 1\n")).toBe(true);
  });
});
