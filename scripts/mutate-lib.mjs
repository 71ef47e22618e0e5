/**
 * Mutation testing of py2ts's front end, the reusable part (scripts/mutate-parse.mjs is the
 * command, test/mutate.test.ts the small fixed-seed check).
 *
 * - `makeMutants`: from valid Python files, seeded mutants: a token deleted, duplicated or
 *   swapped with its neighbour; a bracket removed or added; a line's indentation changed;
 *   random characters inserted. Token boundaries come from the caller (py2ts's tokenizer).
 * - `cpythonVerdicts`: one python3 process decides each mutant with `ast.parse` (JSON lines over
 *   stdin/stdout): accepted, or the SyntaxError's message, line and column.
 * - `runWithWatchdog`: runs a function over the mutants in a worker thread; a call that takes
 *   more than `timeoutMs` is a hang (the worker is replaced), an exception is a throw, a dead
 *   worker is a crash.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { Worker } from "node:worker_threads";

/** mulberry32: a small seeded PRNG, so that a seed always gives the same mutants. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

const KINDS = ["delete", "duplicate", "swap", "bracket", "indent", "bytes"];
/** Characters for the "random bytes" mutation: printable ASCII plus a few that stress the tokenizer. */
const RANDOM_CHARS = [..."!\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~ \t\n", "\r\n", "\u20ac", "\u00e9", "\u00a0", "\u03c0", "\u0001", "\f", "\x0b"];
const BRACKETS = ["(", ")", "[", "]", "{", "}"];

/**
 * `files`: [{ path, text, tokens: [{ start, end (exclusive), image }] }]. Returns `count`
 * mutants { id, path, kind, description, source }.
 */
export function makeMutants(files, { seed, count }) {
  const random = createRandom(seed);
  const mutants = [];
  while (mutants.length < count) {
    const file = random.pick(files);
    const kind = KINDS[mutants.length % KINDS.length];
    const m = mutate(file, kind, random);
    if (m === undefined || m.source === file.text) continue;
    mutants.push({ id: mutants.length, path: file.path, kind, description: m.description, source: m.source });
  }
  return mutants;
}

function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function mutate(file, kind, random) {
  const { text, tokens } = file;
  if (tokens.length < 2) return undefined;
  const i = random.int(tokens.length - 1);
  const t = tokens[i];
  const at = (offset) => `line ${lineOf(text, offset)}`;
  switch (kind) {
    case "delete":
      return { description: `deleted ${JSON.stringify(t.image)} at ${at(t.start)}`, source: text.slice(0, t.start) + text.slice(t.end) };
    case "duplicate":
      return { description: `duplicated ${JSON.stringify(t.image)} at ${at(t.start)}`, source: text.slice(0, t.end) + " " + t.image + text.slice(t.end) };
    case "swap": {
      const u = tokens[i + 1];
      const between = text.slice(t.end, u.start);
      return {
        description: `swapped ${JSON.stringify(t.image)} and ${JSON.stringify(u.image)} at ${at(t.start)}`,
        source: text.slice(0, t.start) + u.image + between + t.image + text.slice(u.end),
      };
    }
    case "bracket": {
      const brackets = tokens.filter((x) => BRACKETS.includes(x.image));
      if (brackets.length > 0 && random.next() < 0.5) {
        const b = random.pick(brackets);
        return { description: `removed ${JSON.stringify(b.image)} at ${at(b.start)}`, source: text.slice(0, b.start) + text.slice(b.end) };
      }
      const ch = random.pick(BRACKETS);
      return { description: `inserted ${JSON.stringify(ch)} before ${JSON.stringify(t.image)} at ${at(t.start)}`, source: text.slice(0, t.start) + ch + text.slice(t.start) };
    }
    case "indent": {
      const starts = [0];
      for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) starts.push(k + 1);
      const s = random.pick(starts);
      const choice = random.int(4);
      if (choice === 0) return { description: `indented ${at(s)} by 1 space`, source: text.slice(0, s) + " " + text.slice(s) };
      if (choice === 1) return { description: `indented ${at(s)} by a tab`, source: text.slice(0, s) + "\t" + text.slice(s) };
      if (choice === 2) return { description: `indented ${at(s)} by 4 spaces`, source: text.slice(0, s) + "    " + text.slice(s) };
      let e = s;
      while (text[e] === " " || text[e] === "\t") e++;
      if (e === s) return undefined;
      const cut = Math.max(s, e - 1 - random.int(4));
      return { description: `dedented ${at(s)} by ${e - cut}`, source: text.slice(0, cut) + text.slice(e) };
    }
    default: {
      const n = 1 + random.int(3);
      let junk = "";
      for (let k = 0; k < n; k++) junk += random.pick(RANDOM_CHARS);
      const offset = random.next() < 0.6 ? random.pick([t.start, t.end]) : random.int(text.length + 1);
      return { description: `inserted ${JSON.stringify(junk)} at ${at(offset)}`, source: text.slice(0, offset) + junk + text.slice(offset) };
    }
  }
}

const ORACLE = String.raw`
import ast, json, sys, warnings
warnings.simplefilter("ignore")
for line in sys.stdin:
    m = json.loads(line)
    try:
        ast.parse(m["source"])
        r = {"id": m["id"], "ok": True}
    except SyntaxError as e:
        r = {"id": m["id"], "ok": False, "msg": e.msg, "line": e.lineno, "col": e.offset, "type": type(e).__name__}
    except (ValueError, MemoryError, RecursionError) as e:
        r = {"id": m["id"], "ok": False, "msg": str(e), "line": None, "col": None, "type": type(e).__name__}
    sys.stdout.write(json.dumps(r) + "\n")
    sys.stdout.flush()
`;

/** CPython's verdict on each mutant, by id: { ok } or { ok: false, msg, line, col, type }. */
export async function cpythonVerdicts(mutants) {
  const child = spawn("python3", ["-c", ORACLE], { stdio: ["pipe", "pipe", "inherit"] });
  const verdicts = new Map();
  const reading = (async () => {
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      const v = JSON.parse(line);
      verdicts.set(v.id, v);
    }
  })();
  for (const m of mutants) {
    if (!child.stdin.write(JSON.stringify({ id: m.id, source: m.source }) + "\n")) await new Promise((r) => child.stdin.once("drain", r));
  }
  child.stdin.end();
  await reading;
  return verdicts;
}

/**
 * Run `workerUrl` (a module that answers { id, source } messages with { id, result } or
 * { id, threw }) over the mutants with a per-mutant timeout. Returns results by id:
 * { result } | { threw: message } | { hang: true } | { crash: message }.
 */
export async function runWithWatchdog(workerUrl, mutants, { timeoutMs = 2000, workerData } = {}) {
  const results = new Map();
  let index = 0;
  while (index < mutants.length) {
    const worker = new Worker(workerUrl, { workerData });
    await new Promise((resolve) => {
      let timer;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve();
      };
      const sendNext = () => {
        if (index >= mutants.length) {
          void worker.terminate().then(finish);
          return;
        }
        const m = mutants[index];
        timer = setTimeout(() => {
          results.set(m.id, { hang: true });
          index++;
          void worker.terminate().then(finish);
        }, timeoutMs);
        worker.postMessage({ id: m.id, source: m.source, path: m.path });
      };
      worker.on("message", (msg) => {
        if (msg.ready) {
          sendNext();
          return;
        }
        clearTimeout(timer);
        results.set(msg.id, msg.threw !== undefined ? { threw: msg.threw } : { result: msg.result });
        index++;
        sendNext();
      });
      worker.on("error", (e) => {
        clearTimeout(timer);
        if (index < mutants.length && !results.has(mutants[index].id)) {
          results.set(mutants[index].id, { crash: String(e && e.stack ? e.stack : e) });
          index++;
        }
        finish();
      });
      worker.on("exit", finish);
    });
  }
  return results;
}
