// Hand-emitted translation of corpus/asyncio/async_iteration.py.
import {
  anext, asyncGenerator, asyncIterate, coroutine, gather, lazy, run, sleep, type Coroutine,
} from "../../../../src/runtime/asyncio.js";
import { StopAsyncIteration } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { PyDict } from "../../../../src/runtime/dict.js";

const ticker = asyncGenerator(async function* ticker$(name: string, n: number) {
  print(`  ${name}: generator starts`);
  try {
    for (let i = 0; i < n; i++) {
      await sleep(0);
      print(`  ${name}: yielding ${i}`);
      yield i;
    }
  } finally {
    print(`  ${name}: finally`);
  }
});

class Countdown {
  current: number;
  constructor(start: number) {
    this.current = start;
  }
  __aiter__(): this {
    return this;
  }
  __anext__(): Coroutine<number> {
    return lazy(async () => {
      if (this.current <= 0) throw new StopAsyncIteration();
      await sleep(0);
      this.current -= 1;
      return this.current + 1;
    }, "__anext__");
  }
}

const running_total = asyncGenerator(async function* running_total$(): AsyncGenerator<number, void, number | null> {
  let total = 0;
  for (;;) {
    const value = yield total;
    if (value === null || value === undefined) return;
    total += value;
  }
});

const double = coroutine(async function double$(x: number): Promise<number> {
  await sleep(0);
  return x * 2;
});

const consume = coroutine(async function consume$(name: string, n: number): Promise<null> {
  for await (const value of asyncIterate(ticker(name, n))) print(`  ${name} consumer got ${value}`);
  return null;
});

const main = coroutine(async function main$(): Promise<null> {
  print("1) calling an async generator function runs nothing");
  let gen = ticker("t", 3);
  print("async_generator", "| has __anext__:", typeof gen.__anext__ === "function");
  for await (const value of asyncIterate(gen)) print("got", value);

  print("2) async comprehensions");
  const evens: number[] = [];
  for await (const x of asyncIterate(ticker("c", 4))) if (x % 2 === 0) evens.push(x);
  print(evens);
  const squares = new PyDict<number, number>();
  for await (const x of asyncIterate(new Countdown(3))) squares.setitem(x, x * x);
  print(squares);
  const doubled: number[] = [];
  for (const x of [0, 1, 2]) doubled.push(await double(x));
  print(doubled);

  print("3) class-based iterator and StopAsyncIteration");
  const it = new Countdown(2);
  print(await it.__anext__(), await anext(it), await anext(it, "exhausted"));
  try {
    await anext(it);
  } catch (exc) {
    if (!(exc instanceof StopAsyncIteration)) throw exc;
    print("StopAsyncIteration raised");
  }

  print("4) break leaves the generator suspended; aclose() runs its finally");
  gen = ticker("b", 5);
  for await (const value of asyncIterate(gen)) {
    print("got", value);
    if (value === 1) break;
  }
  print("after break, resuming the same generator:", await anext(gen));
  await gen.aclose();
  print("after aclose:", await anext(gen, "nothing left"));

  print("5) asend() drives an async generator like send()");
  const acc = running_total();
  print("primed:", await acc.asend(null));
  for (const v of [10, 5, 7]) print(`asend(${v}) ->`, await acc.asend(v));
  try {
    await acc.asend(null);
  } catch (exc) {
    if (!(exc instanceof StopAsyncIteration)) throw exc;
    print("generator returned, StopAsyncIteration");
  }

  print("6) two async for loops in separate tasks interleave at each await");
  await gather(consume("left", 2), consume("right", 3));
  return null;
});

await run(main());
