// Hand-emitted translation of corpus/asyncio/mixed_pipeline.py.
import { coroutine, gather, kw, lazy, run, Semaphore, sleep, type Coroutine } from "../../../../src/runtime/asyncio.js";
import { Exception } from "../../../../src/runtime/exceptions.js";
import { format } from "../../../../src/runtime/format.js";
import { print } from "../../../../src/runtime/io.js";
import { repr, str } from "../../../../src/runtime/repr.js";
import { FLOAT } from "../../../../src/runtime/types.js";

type Entry = [latency: number, failures: number, size: number, hits: number];
interface Page {
  size_kb: number;
  hits: number;
}

const SITE = new Map<string, Entry>([
  ["/", [0.105, 0, 12.5, 1520]],
  ["/about", [0.03, 1, 3.25, 310]],
  ["/blog", [0.12, 0, 48.0, 10234]],
  ["/contact", [0.03, 0, 1.5, 87]],
  ["/shop", [0.09, 2, 256.75, 1234567]],
  ["/broken", [0.09, 99, 0.0, 0]],
]);
const MAX_ATTEMPTS = 3;

class FetchError extends Exception {}

class Crawler {
  site: Map<string, Entry>;
  pool: Semaphore;
  attempts = new Map<string, number>();
  results = new Map<string, Page>();
  active = 0;
  peak = 0;

  constructor(site: Map<string, Entry>, concurrency: number) {
    this.site = site;
    this.pool = new Semaphore(concurrency);
  }

  fetch(url: string): Coroutine<Page> {
    return lazy(async () => {
      const [latency, failures, size, hits] = this.site.get(url)!;
      const n = (this.attempts.get(url) ?? 0) + 1;
      this.attempts.set(url, n);
      await sleep(latency);
      if (n <= failures) throw new FetchError(`${url} attempt ${n} timed out`);
      return { size_kb: size, hits };
    }, "fetch");
  }

  fetch_with_retries(url: string): Coroutine<Page | null> {
    return lazy(async () => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        try {
          return await this.fetch(url);
        } catch (exc) {
          if (!(exc instanceof FetchError)) throw exc;
          print(`  error: ${str(exc)}`);
          if (attempt === MAX_ATTEMPTS) {
            print(`  giving up on ${url}`);
            throw exc;
          }
        }
        await sleep(0);
      }
      return null;
    }, "fetch_with_retries");
  }

  crawl(url: string): Coroutine<string> {
    return lazy(async () => {
      print(`queued ${url}`);
      let page!: Page | null;
      await this.pool.__aenter__();
      try {
        this.active += 1;
        this.peak = Math.max(this.peak, this.active);
        print(`start  ${format(url, "<9")} active=${this.active}`);
        try {
          page = await this.fetch_with_retries(url);
        } finally {
          this.active -= 1;
        }
      } catch (exc) {
        if (!(await this.pool.__aexit__((exc as object).constructor, exc, null))) throw exc;
      }
      await this.pool.__aexit__(null, null, null);
      this.results.set(url, page!);
      print(`stored ${format(url, "<9")} ${format(page!.size_kb, ">7.2f", FLOAT)} KB`);
      return url;
    }, "crawl");
  }
}

function* report_lines(results: Map<string, Page>, attempts: Map<string, number>, errors: [string, Exception][]): Generator<string> {
  yield `${format("url", "<10")}${format("size", ">10")}${format("hits", ">12")}${format("tries", ">6")}`;
  let total_kb = 0.0;
  let total_hits = 0;
  for (const url of [...results.keys()].sort()) {
    const page = results.get(url)!;
    total_kb += page.size_kb;
    total_hits += page.hits;
    yield `${format(url, "<10")}${format(page.size_kb, ">8.2f", FLOAT)}KB${format(page.hits, ">12,")}${format(attempts.get(url), ">6")}`;
  }
  yield "-".repeat(38);
  const tries = [...attempts.values()].reduce((a, b) => a + b, 0);
  yield `${format("total", "<10")}${format(total_kb, ">8.2f", FLOAT)}KB${format(total_hits, ">12,")}${format(tries, ">6")}`;
  yield `average page ${format(total_kb / results.size, ".3f", FLOAT)} KB, success rate ${format(results.size / attempts.size, ".1%", FLOAT)}`;
  for (const [url, exc] of errors) yield `FAILED ${repr(url)}: ${exc.constructor.name}(${str(exc)})`;
}

const main = coroutine(async function main$(): Promise<number> {
  const crawler = new Crawler(SITE, 2);
  const urls = [...SITE.keys()];
  const outcomes = (await gather(...urls.map((u) => crawler.crawl(u)), kw({ return_exceptions: true }))) as unknown[];
  print("outcomes:", outcomes.map((o) => (typeof o === "string" ? o : (o as object).constructor.name)));
  print("completion order:", [...crawler.results.keys()]);
  print("peak concurrency:", crawler.peak);
  const errors: [string, Exception][] = [];
  urls.forEach((u, i) => {
    const o = outcomes[i];
    if (o instanceof Exception) errors.push([u, o]);
  });
  print();
  for (const line of report_lines(crawler.results, crawler.attempts, errors)) print(line);
  return errors.length;
});

const failed = await run(main());
print(`\n${failed} failed, exit status stays 0`);
