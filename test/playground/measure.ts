/**
 * Measures what a first visit costs (test only): bytes transferred, gzip-compressed as the test
 * server sends them (page and workers), before the editor is usable and before the first
 * conversion is on screen, using the page's performance marks (py2ts:editor-ready,
 * py2ts:first-conversion) and the server's log of responses.
 */
import type { BrowserContext, Page } from "playwright-core";
import { markTime } from "./page-driver.js";
import type { StaticServer } from "./static-server.js";

export interface LoadMeasurement {
  readonly editorReadyMs: number | null;
  readonly firstConversionMs: number | null;
  /** gzip bytes of the responses finished when the mark was set */
  readonly editorReadyBytes: number;
  readonly firstConversionBytes: number | null;
  /** everything, including TypeScript prefetched for Run once the page is idle */
  readonly totalBytes: number;
  readonly responses: readonly { path: string; bytes: number; endMs: number }[];
}

const SETTLE_MS = 15_000;

export async function measureLoad(
  context: BrowserContext,
  server: StaticServer,
): Promise<{ page: Page; measurement: LoadMeasurement }> {
  const first = server.served.length;
  const page = await context.newPage();
  await page.goto(server.url);
  await page
    .waitForFunction(() => performance.getEntriesByName("py2ts:first-conversion", "mark").length > 0, null, { timeout: 30_000 })
    .catch(() => undefined);
  // let the lazy TypeScript prefetch finish, for the total
  const deadline = Date.now() + SETTLE_MS;
  while (Date.now() < deadline && !server.served.slice(first).some((r) => /typescript/.test(r.path))) {
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(500);
  const [origin, editorReady, firstConversion] = await Promise.all([
    page.evaluate(() => performance.timeOrigin),
    markTime(page, "py2ts:editor-ready"),
    markTime(page, "py2ts:first-conversion"),
  ]);
  const responses = server.served.slice(first);
  const before = (t: number): number => responses.filter((r) => r.endedAt <= t).reduce((sum, r) => sum + r.bytes, 0);
  const measurement: LoadMeasurement = {
    editorReadyMs: editorReady === undefined ? null : Math.round(editorReady - origin),
    firstConversionMs: firstConversion === undefined ? null : Math.round(firstConversion - origin),
    editorReadyBytes: editorReady === undefined ? 0 : before(editorReady),
    firstConversionBytes: firstConversion === undefined ? null : before(firstConversion),
    totalBytes: responses.reduce((sum, r) => sum + r.bytes, 0),
    responses: responses.map((r) => ({ path: r.path, bytes: r.bytes, endMs: Math.round(r.endedAt - origin) })),
  };
  return { page, measurement };
}
