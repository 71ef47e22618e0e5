/**
 * Measures what a first visit costs (test only): gzip bytes transferred (page and workers) before
 * the editor is usable and before the first conversion is on screen, from the page's performance
 * marks (py2ts:editor-ready, py2ts:first-conversion) and each response's encoded size and end time.
 */
import type { BrowserContext, Page, Request } from "playwright-core";
import { markTime } from "./page-driver.js";

export interface LoadMeasurement {
  readonly page: Page;
  readonly editorReadyMs: number | null;
  readonly firstConversionMs: number | null;
  readonly editorReadyBytes: number;
  readonly firstConversionBytes: number | null;
  readonly totalBytesAfter10s: number;
  readonly requests: readonly { url: string; bytes: number; endMs: number }[];
}

interface Finished {
  readonly url: string;
  readonly bytes: number;
  /** epoch ms when the response finished */
  readonly end: number;
}

async function finished(request: Request): Promise<Finished> {
  const [sizes, timing] = [await request.sizes(), request.timing()];
  return {
    url: request.url(),
    bytes: sizes.responseBodySize + sizes.responseHeadersSize,
    end: timing.startTime + Math.max(timing.responseEnd, 0),
  };
}

export async function measureLoad(context: BrowserContext, url: string): Promise<LoadMeasurement> {
  const page = await context.newPage();
  const pending: Promise<Finished>[] = [];
  const record = (request: Request): void => void pending.push(finished(request));
  context.on("requestfinished", record);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("py2ts:first-conversion", "mark").length > 0, null, {
    timeout: 30_000,
  }).catch(() => undefined);
  await page.waitForTimeout(10_000); // let the lazy loads (TypeScript) finish, for the total
  context.off("requestfinished", record);
  const [origin, editorReady, firstConversion] = await Promise.all([
    page.evaluate(() => performance.timeOrigin),
    markTime(page, "py2ts:editor-ready"),
    markTime(page, "py2ts:first-conversion"),
  ]);
  const all = (await Promise.all(pending)).filter((r) => r.url.startsWith(url));
  const before = (t: number): number => all.filter((r) => r.end <= t).reduce((sum, r) => sum + r.bytes, 0);
  return {
    page,
    editorReadyMs: editorReady === undefined ? null : Math.round(editorReady - origin),
    firstConversionMs: firstConversion === undefined ? null : Math.round(firstConversion - origin),
    editorReadyBytes: editorReady === undefined ? 0 : before(editorReady),
    firstConversionBytes: firstConversion === undefined ? null : before(firstConversion),
    totalBytesAfter10s: all.reduce((sum, r) => sum + r.bytes, 0),
    requests: all.map((r) => ({ url: r.url.slice(url.length), bytes: r.bytes, endMs: Math.round(r.end - origin) })),
  };
}
