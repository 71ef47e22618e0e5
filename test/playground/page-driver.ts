/**
 * Drives the playground page through its data-testid hooks (test only).
 */
import type { Page } from "playwright-core";

export const hook = (id: string): string => `[data-testid="${id}"]`;

export async function waitForEditor(page: Page): Promise<void> {
  await page.waitForSelector(`${hook("python-editor")} .cm-content`);
}

/** The text of the Python editor, from its rendered lines (fine for short programs). */
export async function editorText(page: Page): Promise<string> {
  return page.$$eval(`${hook("python-editor")} .cm-line`, (lines) => lines.map((l) => l.textContent ?? "").join("\n"));
}

/** Replaces the Python source exactly, as a paste (no auto-indent or bracket closing). */
export async function pasteSource(page: Page, text: string): Promise<void> {
  await page.click(`${hook("python-editor")} .cm-content`);
  await page.keyboard.press("Control+A");
  await page.$eval(
    `${hook("python-editor")} .cm-content`,
    (element, pasted) => {
      const data = new DataTransfer();
      data.setData("text/plain", pasted);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    text,
  );
}

/** Replaces the Python source by typing it key by key. */
export async function typeSource(page: Page, text: string): Promise<void> {
  await page.click(`${hook("python-editor")} .cm-content`);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text, { delay: 5 });
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** e.g. "exited with status 0 in 2013 ms ✓ matches CPython" */
  readonly info: string;
  readonly exitStatus: number | undefined;
  readonly pageMs: number | undefined;
}

const RUN_OVER = /exited with status|could not run|stopped/;

/** Clicks Run and waits until the program has ended (or the page says it could not run it). */
export async function runProgram(page: Page, options: { timeoutMs?: number } = {}): Promise<RunResult> {
  await page.$eval("#run-info", (el) => (el.textContent = ""));
  await page.click(hook("run"));
  await page.waitForFunction(
    (pattern) => new RegExp(pattern).test(document.getElementById("run-info")?.textContent ?? ""),
    RUN_OVER.source,
    { timeout: options.timeoutMs ?? 60_000 },
  );
  return readRun(page);
}

export async function readRun(page: Page): Promise<RunResult> {
  const [stdout, stderr, info] = await Promise.all([
    page.$eval(hook("stdout"), (el) => el.textContent ?? ""),
    page.$eval(hook("stderr"), (el) => el.textContent ?? ""),
    page.$eval("#run-info", (el) => el.textContent ?? ""),
  ]);
  const status = /exited with status (\d+)/.exec(info);
  const ms = / in (\d+) ms/.exec(info);
  return {
    stdout,
    stderr,
    info,
    exitStatus: status ? Number(status[1]) : undefined,
    pageMs: ms ? Number(ms[1]) : undefined,
  };
}

/** Epoch milliseconds of a performance mark the page set, or undefined if it has not been set. */
export async function markTime(page: Page, name: string): Promise<number | undefined> {
  return page.evaluate((mark) => {
    const entry = performance.getEntriesByName(mark, "mark")[0];
    return entry ? performance.timeOrigin + entry.startTime : undefined;
  }, name);
}
