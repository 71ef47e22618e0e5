/**
 * End-to-end test of the playground in a real browser (Debian's chromium, never a downloaded
 * one): builds the site, serves playground/dist on a random localhost port, and checks
 * - every example runs and prints exactly what CPython printed (recorded at build time);
 * - the seed gather example prints its two `exec` lines ~2 s apart in real time, and at once in
 *   virtual time;
 * - a syntax error typed into the editor is underlined and listed at the line CPython reports;
 * - a shared link reproduces the code and options;
 * - Stop ends `while True: pass` and the next run works.
 * Screenshots and measurements (bytes, timings) go to test-results/playground/.
 *
 * Part of `npm test`; `npm run test:playground` runs it alone (playground/vitest.e2e.config.ts);
 * PY2TS_PLAYGROUND_SKIP_BUILD=1 reuses an existing playground/dist.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveStatic, type StaticServer } from "./playground/static-server.js";
import { editorText, hook, markTime, pasteSource, runProgram, typeSource, waitForEditor } from "./playground/page-driver.js";
import { measureLoad } from "./playground/measure.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "playground", "dist");
const RESULTS = join(ROOT, "test-results", "playground");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface RecordedExample {
  readonly id: string;
  readonly deterministic: boolean;
  readonly cpython: { readonly stdout: string; readonly stderr: string; readonly exitCode: number };
}

/** The examples' ids, from the committed list (the recorded outputs only exist after the build). */
function exampleIds(): readonly string[] {
  const file = join(ROOT, "playground", "examples", "examples.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { id: string }[]).map((e) => e.id);
}

/** CPython's output for an example, recorded by the build (scripts/build-playground-examples.mjs). */
function recordedExample(id: string): RecordedExample {
  const file = join(ROOT, "playground", "src", "generated", "examples.json");
  const found = (JSON.parse(readFileSync(file, "utf8")) as { examples: RecordedExample[] }).examples.find((e) => e.id === id);
  if (!found) throw new Error(`no recorded output for example ${id}`);
  return found;
}

/** The line CPython reports for a syntax error in `source` (the oracle for the editor's diagnostic). */
function cpythonSyntaxErrorLine(source: string): number {
  const script = "import sys\ntry:\n    compile(sys.stdin.read(), 'main.py', 'exec')\nexcept SyntaxError as e:\n    print(e.lineno)\n";
  const line = execFileSync("python3", ["-c", script], { input: source, encoding: "utf8" }).trim();
  if (!/^\d+$/.test(line)) throw new Error(`python3 compiled the source without a SyntaxError: ${line}`);
  return Number(line);
}

describe("playground in chromium", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let profile: string;
  const measurements: Record<string, unknown> = {};

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    if (process.env["PY2TS_PLAYGROUND_SKIP_BUILD"] !== "1") {
      execFileSync("npm", ["run", "build:playground"], { cwd: ROOT, stdio: "inherit" });
    }
    mkdirSync(RESULTS, { recursive: true });
    server = await serveStatic(DIST);
    profile = mkdtempSync(join(tmpdir(), "py2ts-playground-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
    });
  }, 300_000);

  afterAll(async () => {
    writeFileSync(join(RESULTS, "measurements.json"), JSON.stringify(measurements, null, 2) + "\n");
    console.log("playground measurements:", JSON.stringify(measurements, null, 2));
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function openPage(hash = ""): Promise<Page> {
    const page = await context.newPage();
    await page.goto(server.url + hash);
    await waitForEditor(page);
    return page;
  }

  it("loads: measures bytes before the editor is usable and before the first conversion", async () => {
    const { page, measurement } = await measureLoad(context, server);
    measurements["load"] = measurement;
    await page.screenshot({ path: join(RESULTS, "load.png") });
    await page.close();
    expect(measurement.editorReadyBytes).toBeGreaterThan(0);
    expect(measurement.firstConversionBytes, "the first conversion never happened").not.toBeNull();
  });

  for (const id of exampleIds()) {
    it(`runs example ${id} and prints what CPython printed`, async () => {
      const example = recordedExample(id);
      const page = await openPage();
      await page.selectOption(hook("examples"), example.id);
      const result = await runProgram(page);
      await page.screenshot({ path: join(RESULTS, `example-${example.id}.png`), fullPage: true });
      await page.close();
      expect(result.stderr).toBe(example.cpython.stderr);
      if (example.id === "seed-asyncio-gather") {
        const gap = gatherGapSeconds(result.stdout);
        measurements["gather-real-time"] = { gapSeconds: gap, runMs: result.pageMs };
        expect(gap).toBeGreaterThan(1.9);
        expect(gap).toBeLessThan(2.6);
      } else {
        expect(example.deterministic).toBe(true);
        expect(result.stdout).toBe(example.cpython.stdout);
        expect(result.exitStatus).toBe(example.cpython.exitCode);
        expect(result.info).toContain("✓ matches CPython");
      }
    });
  }

  it("runs the seed gather example at once with virtual time", async () => {
    const page = await openPage();
    await page.selectOption(hook("examples"), "seed-asyncio-gather");
    await page.check(hook("virtual-time"));
    const result = await runProgram(page);
    await page.screenshot({ path: join(RESULTS, "gather-virtual-time.png"), fullPage: true });
    await page.close();
    const gap = gatherGapSeconds(result.stdout);
    measurements["gather-virtual-time"] = { gapSeconds: gap, runMs: result.pageMs };
    expect(gap).toBeGreaterThan(1.9);
    expect(gap).toBeLessThan(2.1);
    expect(result.pageMs).toBeLessThan(1000);
  });

  it("measures the time from load to first output on the seed examples", async () => {
    for (const id of ["seed-generator-send", "seed-asyncio-gather"]) {
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForEditor(page);
      await page.selectOption(hook("examples"), id);
      await page.click(hook("run"));
      await page.waitForFunction(() => (document.querySelector('[data-testid="stdout"]')?.textContent ?? "") !== "", null, {
        timeout: 60_000,
      });
      const navigationStart = await page.evaluate(() => performance.timeOrigin);
      const firstOutput = await markTime(page, "py2ts:first-output");
      measurements[`load-to-first-output-${id}`] = { ms: firstOutput === undefined ? null : Math.round(firstOutput - navigationStart) };
      await page.close();
      expect(firstOutput).toBeDefined();
    }
  });

  it("underlines and lists a typed syntax error at the line CPython reports", async () => {
    const source = "a = 1\nb = = 2\nprint(a)\n";
    const expectedLine = cpythonSyntaxErrorLine(source);
    const page = await openPage();
    await typeSource(page, source);
    expect(await editorText(page)).toBe(source);
    const item = await page.waitForSelector(`${hook("diagnostics")} li.error`, { timeout: 30_000 });
    expect(await item.getAttribute("data-line")).toBe(String(expectedLine));
    expect(await item.getAttribute("data-code")).toMatch(/^PY\d{4}$/);
    const underlinedLine = await page.$$eval(`${hook("python-editor")} .cm-line`, (lines) =>
      lines.findIndex((line) => line.querySelector(".cm-lintRange-error") !== null) + 1,
    );
    expect(underlinedLine).toBe(expectedLine);
    await page.screenshot({ path: join(RESULTS, "syntax-error.png"), fullPage: true });
    await page.close();
  });

  it("reproduces code and options from a shared link", async () => {
    const source = "# shared ünïcode ✓ 🐍\nfor i in range(3):\n    print(i, 'x' * i)\n";
    const page = await openPage();
    const initialHash = await page.evaluate(() => location.hash);
    await pasteSource(page, source);
    await page.check(hook("virtual-time"));
    await page.waitForFunction((before) => location.hash !== before, initialHash);
    await page.waitForTimeout(800); // the hash is rewritten a moment after the last edit
    const link = page.url();
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto(link);
    await waitForEditor(reopened);
    expect(await editorText(reopened)).toBe(source);
    expect(await reopened.isChecked(hook("virtual-time"))).toBe(true);
    await reopened.reload();
    await waitForEditor(reopened);
    expect(await editorText(reopened)).toBe(source);
    await reopened.screenshot({ path: join(RESULTS, "shared-link.png"), fullPage: true });
    await reopened.close();
  });

  it("stops an infinite loop and runs the next program in a fresh worker", async () => {
    const page = await openPage();
    await pasteSource(page, "while True: pass\n");
    await page.click(hook("run"));
    await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent === "running…", null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(1000);
    expect(await page.textContent(hook("status"))).toBe("running…");
    await page.click(hook("stop"));
    expect(await page.textContent(hook("status"))).toBe("stopped");
    await page.screenshot({ path: join(RESULTS, "stopped.png"), fullPage: true });
    await pasteSource(page, "print('after stop')\n");
    const result = await runProgram(page);
    await page.close();
    expect(result.stdout).toBe("after stop\n");
    expect(result.exitStatus).toBe(0);
  });
});

/** Seconds between the two times the seed gather example prints around its two `exec` lines. */
function gatherGapSeconds(stdout: string): number {
  const lines = stdout.split("\n");
  expect(lines).toHaveLength(5);
  expect(lines.slice(1, 3)).toEqual(["exec", "exec"]);
  expect(lines[4]).toBe("");
  const [before, after] = [Number(lines[0]), Number(lines[3])];
  expect(Number.isFinite(before) && Number.isFinite(after)).toBe(true);
  return after - before;
}
