#!/usr/bin/env node
// Differential fuzzer for coroutines and asyncio, through the compiler.
//
//   node scripts/fuzz-asyncio.mjs [--count N] [--seed S] [--keep DIR] [--jobs J]
//
// Generates N random Python programs (tasks, sleeps, events, a bounded queue, a lock, gathers,
// wait_for, asyncio.timeout, shield, cancellations with and without messages, try/finally,
// swallowed cancellations, raised errors). CPython runs each on a virtual clock
// (fuzz-asyncio-virtual-clock.py); py2ts transpiles each exactly as `py2ts run` does (the
// compiler API, type stripping, the built runtime) and node runs it with virtual time on.
// Stdout and exit status must be byte-identical. Prints one line per mismatch and a summary;
// exit status 1 on any mismatch. Needs `npx tsc -p .` first (`npm run fuzz:asyncio` does it).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const runtimeUrl = pathToFileURL(join(repo, "dist/src/runtime")).href;
const distUrl = pathToFileURL(join(repo, "dist/src")).href;

function parseArgs(argv) {
  const opts = { count: 300, seed: 1, keep: null, jobs: 2 };
  for (let i = 0; i < argv.length; i++) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === "--count") (opts.count = Number(v)), i++;
    else if (k === "--seed") (opts.seed = Number(v)), i++;
    else if (k === "--keep") (opts.keep = v), i++;
    else if (k === "--jobs") (opts.jobs = Number(v)), i++;
    else throw new Error(`unknown argument ${k}`);
  }
  return opts;
}

/** mulberry32: a small seeded PRNG, so a seed names a program set. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}

// ------------------------------------------------------------------ program trees
const N_EV = 2;

function generate(seed) {
  const r = rng(seed);
  const nf = r.int(3, 6);
  let labels = 0;
  const label = (f) => `${f} s${++labels}`;
  // delays are multiples of 1/32 s: exact in binary, so both clocks order timers identically
  const delay = () => r.int(1, 8) / 32;

  function body(fi, depth, isMain, n) {
    const out = [];
    let hasTask = false;
    const count = n ?? r.int(1, 6);
    for (let s = 0; s < count; s++) {
      const choices = ["print", "sleep0", "sleep0", "sleep", "set_ev", "put", "get"];
      if (fi + 1 < nf) choices.push("call", "spawn", "spawn", "gather", "gather_raise", "wait_for", "shield");
      if (!isMain) choices.push("wait_ev");
      if (hasTask) choices.push("await_last", "cancel_last", "cancel_last", "cancel_msg");
      if (depth < 2) choices.push("try_finally", "try_cancel", "try_swallow", "locked", "timeout_block");
      if (!isMain && depth === 0) choices.push("cancel_self");
      const k = r.pick(choices);
      const lab = label(isMain ? "main" : `f${fi}`);
      const callee = () => r.int(fi + 1, nf - 1);
      if (k === "call" || k === "spawn" || k === "shield") {
        out.push({ k, lab, f: callee() });
        hasTask ||= k === "spawn";
      } else if (k === "gather" || k === "gather_raise") out.push({ k, lab, f: callee(), g: callee() });
      else if (k === "wait_for") out.push({ k, lab, f: callee(), t: delay() });
      else if (k === "wait_ev" || k === "set_ev") out.push({ k, lab, ev: r.int(0, N_EV - 1) });
      else if (k === "sleep") out.push({ k, lab, t: delay() });
      else if (k === "timeout_block") out.push({ k, lab, t: delay(), body: body(fi, depth + 1, isMain, r.int(1, 3)) });
      else if (["try_finally", "try_cancel", "try_swallow", "locked"].includes(k)) {
        out.push({ k, lab, body: body(fi, depth + 1, isMain, r.int(1, 3)) });
      } else out.push({ k, lab });
    }
    if (!isMain && depth === 0 && r.chance(0.15)) out.push({ k: "raise", lab: label(`f${fi}`) });
    return out;
  }
  const funcs = [];
  for (let i = 0; i < nf; i++) funcs.push(body(i, 0, i === 0, i === 0 ? r.int(4, 10) : undefined));
  return funcs;
}

// ------------------------------------------------------------------ Python emitter
function emitPython(funcs) {
  const L = ["import asyncio", "", "ALL = []", "EV = None", "Q = None", "LOCK = None", ""];
  const q = (s) => `'${s}'`;
  function stmts(body, ind) {
    const p = "    ".repeat(ind);
    for (const st of body) {
      const lab = q(st.lab);
      switch (st.k) {
        case "print": L.push(`${p}print(${lab})`); break;
        case "sleep0": L.push(`${p}await asyncio.sleep(0)`); break;
        case "sleep": L.push(`${p}await asyncio.sleep(${st.t})`); break;
        case "call": L.push(`${p}v = await f${st.f}()`, `${p}print(${lab}, v)`); break;
        case "spawn":
          L.push(`${p}t = asyncio.create_task(f${st.f}())`, `${p}ALL.append(t); ts.append(t)`, `${p}print(${lab}, "spawned", len(ALL) - 1)`);
          break;
        case "gather":
          L.push(`${p}r = await asyncio.gather(f${st.f}(), f${st.g}(), return_exceptions=True)`, `${p}print(${lab}, r)`);
          break;
        case "gather_raise":
          L.push(`${p}try:`, `${p}    r = await asyncio.gather(f${st.f}(), f${st.g}())`, `${p}    print(${lab}, r)`,
            `${p}except Exception as e:`, `${p}    print(${lab}, "gather raised", repr(e))`);
          break;
        case "wait_for":
          L.push(`${p}try:`, `${p}    v = await asyncio.wait_for(f${st.f}(), ${st.t})`, `${p}    print(${lab}, v)`,
            `${p}except TimeoutError:`, `${p}    print(${lab}, "timed out")`);
          break;
        case "shield": L.push(`${p}v = await asyncio.shield(f${st.f}())`, `${p}print(${lab}, v)`); break;
        case "wait_ev": L.push(`${p}await EV[${st.ev}].wait()`, `${p}print(${lab}, "ev", ${st.ev})`); break;
        case "set_ev": L.push(`${p}EV[${st.ev}].set()`); break;
        case "put":
          L.push(`${p}try:`, `${p}    Q.put_nowait(${lab})`, `${p}except asyncio.QueueFull:`, `${p}    print(${lab}, "full")`);
          break;
        case "get":
          L.push(`${p}try:`, `${p}    print(${lab}, "got", await asyncio.wait_for(Q.get(), 0.25))`,
            `${p}except TimeoutError:`, `${p}    print(${lab}, "queue empty")`);
          break;
        case "await_last":
          L.push(`${p}try:`, `${p}    v = await ts[-1]`, `${p}    print(${lab}, v)`, `${p}except asyncio.CancelledError:`,
            `${p}    print(${lab}, "cancelled")`);
          break;
        case "cancel_last": L.push(`${p}print(${lab}, ts[-1].cancel())`); break;
        case "cancel_msg": L.push(`${p}print(${lab}, ts[-1].cancel(${lab}))`); break;
        case "cancel_self": L.push(`${p}print(${lab}, asyncio.current_task().cancel())`); break;
        case "try_finally":
          L.push(`${p}try:`); stmts(st.body, ind + 1); L.push(`${p}finally:`, `${p}    print(${lab}, "finally")`);
          break;
        case "try_cancel":
          L.push(`${p}try:`); stmts(st.body, ind + 1);
          L.push(`${p}except asyncio.CancelledError as e:`, `${p}    print(${lab}, "CancelledError", e.args)`, `${p}    raise`);
          break;
        case "try_swallow":
          L.push(`${p}try:`); stmts(st.body, ind + 1);
          L.push(`${p}except asyncio.CancelledError:`, `${p}    print(${lab}, "swallowed")`);
          break;
        case "locked":
          L.push(`${p}async with LOCK:`, `${p}    print(${lab}, "locked")`); stmts(st.body, ind + 1);
          break;
        case "timeout_block":
          L.push(`${p}try:`, `${p}    async with asyncio.timeout(${st.t}):`); stmts(st.body, ind + 2);
          L.push(`${p}except TimeoutError:`, `${p}    print(${lab}, "timeout block expired")`);
          break;
        case "raise": L.push(`${p}raise ValueError(${lab})`); break;
        default: throw new Error(st.k);
      }
    }
  }
  funcs.forEach((body, i) => {
    if (i === 0) return;
    L.push(`async def f${i}():`, "    ts = []");
    stmts(body, 1);
    L.push(`    return ${i}`, "");
  });
  L.push("async def setter():", "    for e in EV:", "        for _ in range(4):", "            await asyncio.sleep(0)",
    "        e.set()", '    return "setter"', "",
    "async def main():", "    global EV, Q, LOCK", `    EV = [asyncio.Event() for _ in range(${N_EV})]`,
    "    Q = asyncio.Queue(maxsize=2)", "    LOCK = asyncio.Lock()", "    ts = []",
    "    ALL.append(asyncio.create_task(setter()))", "    try:");
  stmts(funcs[0], 2);
  // main may be cancelled by a callee it runs inline (`current_task().cancel()`): it catches that,
  // so no task is left for asyncio.run to cancel (CPython cancels leftovers in set order)
  L.push("    except Exception as e:", '        print("main caught", repr(e))',
    "    except asyncio.CancelledError:", '        print("main cancelled")',
    "    for e in EV:", "        e.set()",
    // join every task still running (also gather children left running after an error, shielded
    // tasks): asyncio.run would cancel leftovers in WeakSet order, which is not reproducible
    "    while True:",
    "        me = asyncio.current_task()",
    '        pending = sorted((t for t in asyncio.all_tasks() if t is not me), key=lambda t: int(t.get_name().split("-")[1]))',
    "        if not pending:", "            break",
    "        try:", "            await asyncio.gather(*pending, return_exceptions=True)",
    "        except asyncio.CancelledError:", '            print("main cancelled while joining")',
    "    for i, t in enumerate(ALL):",
    "        if t.cancelled():", '            print("task", i, "cancelled")',
    "        elif t.exception() is not None:", '            print("task", i, "exc", repr(t.exception()))',
    "        else:", '            print("task", i, "result", t.result())', "",
    "asyncio.run(main())", "");
  return L.join("\n");
}

// ------------------------------------------------------------------ running
/**
 * Batch mode (a child process): transpile each Python program as `py2ts run` does, then run
 * it in this process, one after another, writing PROGRAM.out / PROGRAM.status like the
 * CPython side. The program ends through the runtime's `runProgram`, which hands its exit
 * status to `process.exit` (caught here). A program whose loop has nothing ready, no timer
 * and no step in flight can never finish: status 13, as node reports an unsettled await.
 */
async function runBatch(files) {
  const io = await import(`${runtimeUrl}/io.js`);
  const state = await import(`${runtimeUrl}/asyncio/state.js`);
  const { transpile } = await import(`${distUrl}/transpile.js`);
  const { resolveRuntimeImports } = await import(`${distUrl}/cli/run.js`);
  const ts = (await import("typescript")).default;
  const realExit = process.exit;
  for (const file of files) {
    const base = file.replace(/\.py$/, "");
    const source = readFileSync(file, "utf8");
    const result = await transpile(source, { filename: basename(file) });
    if (result.code === null) {
      writeFileSync(`${base}.out`, "");
      writeFileSync(`${base}.status`, `compile error: ${result.diagnostics[0]?.message ?? "?"}`);
      continue;
    }
    writeFileSync(`${base}.ts`, result.code);
    const js = ts.transpileModule(result.code, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText;
    writeFileSync(`${base}.mjs`, resolveRuntimeImports(js));
    let captured = "";
    io.setOutputSink({ stdout: (t) => (captured += t), stderr: () => {} });
    state.setVirtualTime(true);
    let deadlockPoll;
    const deadlocked = new Promise((resolveDeadlock) => {
      let strikes = 0;
      deadlockPoll = setInterval(() => {
        const loop = state.runningLoopOrNull();
        const blocked = loop !== null && loop._stepping === null && loop._ready.length === 0 && loop._scheduled.length === 0;
        strikes = blocked ? strikes + 1 : 0;
        if (strikes >= 3) resolveDeadlock(13);
      }, 20);
    });
    const exited = new Promise((resolveExit) => {
      process.exit = (code) => resolveExit(code ?? 0);
    });
    const loaded = import(pathToFileURL(`${base}.mjs`).href).then(() => exited, () => 70);
    const status = await Promise.race([loaded, deadlocked]);
    process.exit = realExit;
    process.exitCode = 0;
    clearInterval(deadlockPoll);
    io.flushOutput();
    io.setOutputSink(null);
    if (status === 13) {
      state.setRunningLoop(null);
      state.setCurrentLoop(null);
    }
    writeFileSync(`${base}.out`, captured);
    writeFileSync(`${base}.status`, String(status));
  }
}

function runCommand(cmd, args) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 600_000);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => {
      clearTimeout(timer);
      resolveRun({ stdout, stderr, status });
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = opts.keep ?? mkdtempSync(join(tmpdir(), "py2ts-fuzz-asyncio-"));
  mkdirSync(dir, { recursive: true });
  const clock = join(here, "fuzz-asyncio-virtual-clock.py");
  const python = process.env.PYTHON ?? "python3";
  const stats = { programs: 0, match: 0, deadlocks: 0, rechecked: 0, mismatch: 0, lines: 0, cancelledTasks: 0, finallyLines: 0, timeouts: 0 };
  const bases = [];
  for (let index = 0; index < opts.count; index++) {
    const seed = opts.seed * 100_003 + index;
    const funcs = generate(seed);
    const base = join(dir, `p${seed}`);
    writeFileSync(`${base}.py`, emitPython(funcs));
    bases.push(base);
  }
  // one CPython process and one node process per chunk, chunks spread over the jobs
  const chunkSize = Math.max(1, Math.ceil(bases.length / (opts.jobs * 4)));
  const chunks = [];
  for (let i = 0; i < bases.length; i += chunkSize) chunks.push(bases.slice(i, i + chunkSize));
  let nextChunk = 0;
  async function worker() {
    while (nextChunk < chunks.length) {
      const chunk = chunks[nextChunk++];
      await Promise.all([
        runCommand(python, [clock, ...chunk.map((b) => `${b}.py`)]),
        runCommand(process.execPath, [fileURLToPath(import.meta.url), "--batch", ...chunk.map((b) => `${b}.py`)]),
      ]);
    }
  }
  await Promise.all(Array.from({ length: opts.jobs }, worker));
  for (const base of bases) {
    const read = (ext) => {
      try {
        return readFileSync(`${base}${ext}`, "utf8");
      } catch {
        return null;
      }
    };
    let a = { stdout: read(".pyout"), status: read(".pystatus") };
    const b = { stdout: read(".out"), status: read(".status") };
    if (a.stdout !== b.stdout || a.status !== b.status) {
      // a deadlocked program leaves its loop unclosed in the shared CPython process, which can
      // disturb the next one: confirm a difference with CPython running this program alone
      await runCommand(python, [clock, `${base}.py`]);
      a = { stdout: read(".pyout"), status: read(".pystatus") };
      stats.rechecked++;
    }
    stats.programs++;
    if (a.stdout !== null && a.stdout === b.stdout && a.status === b.status) {
      stats.match++;
      if (a.status === "13") stats.deadlocks++;
      stats.lines += a.stdout.split("\n").length - 1;
      stats.cancelledTasks += (a.stdout.match(/^task \d+ cancelled$/gm) ?? []).length;
      stats.finallyLines += (a.stdout.match(/ finally$/gm) ?? []).length;
      stats.timeouts += (a.stdout.match(/timed out|timeout block expired/g) ?? []).length;
    } else {
      stats.mismatch++;
      console.log(`MISMATCH ${base}.py / ${base}.ts: status ${a.status}/${b.status}`);
    }
  }
  console.log(
    `fuzz-asyncio: ${stats.programs} programs (seed ${opts.seed}), ${stats.match} identical, ${stats.mismatch} mismatched; ` +
      `${stats.lines} output lines, ${stats.cancelledTasks} cancelled tasks, ${stats.finallyLines} finally blocks, ` +
      `${stats.timeouts} timeouts, ${stats.deadlocks} deadlocks (both status 13), ${stats.rechecked} re-run alone; programs in ${dir}`,
  );
  process.exitCode = stats.mismatch === 0 ? 0 : 1;
}

if (process.argv[2] === "--batch") await runBatch(process.argv.slice(3));
else await main();
