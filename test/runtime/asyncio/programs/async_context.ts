// Hand-emitted translation of corpus/asyncio/async_context.py.
import {
  asynccontextmanager, asyncGenerator, AsyncExitStack, coroutine, lazy, run, sleep, type Coroutine,
} from "../../../../src/runtime/asyncio.js";
import { BaseException, KeyError, PermissionError, ValueError, ZeroDivisionError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { repr, str } from "../../../../src/runtime/repr.js";

type ExcClass = abstract new (...args: never[]) => BaseException;

class Connection {
  name: string;
  swallow: readonly ExcClass[];
  open = false;
  constructor(name: string, swallow: readonly ExcClass[] = []) {
    this.name = name;
    this.swallow = swallow;
  }
  __aenter__(): Coroutine<Connection> {
    return lazy(async () => {
      print(`  ${this.name}: connecting`);
      await sleep(0);
      this.open = true;
      print(`  ${this.name}: connected`);
      return this;
    }, "__aenter__");
  }
  __aexit__(exc_type: ExcClass | null, exc: BaseException | null, _tb: unknown): Coroutine<boolean> {
    return lazy(async () => {
      const kind = exc_type !== null ? exc_type.name : null;
      print(`  ${this.name}: closing (exception: ${str(kind)})`);
      await sleep(0);
      this.open = false;
      if (exc_type !== null && this.swallow.some((c) => exc_type === c || exc_type.prototype instanceof c)) {
        print(`  ${this.name}: suppressing ${repr(exc)}`);
        return true;
      }
      return false;
    }, "__aexit__");
  }
  query(sql: string): Coroutine<string> {
    return lazy(async () => {
      await sleep(0);
      if (sql.includes("DROP")) throw new PermissionError(`refused: ${sql}`);
      return `rows for ${repr(sql)}`;
    }, "query");
  }
}

const transaction = asynccontextmanager(asyncGenerator(async function* transaction$(name: string) {
  print(`  begin ${name}`);
  await sleep(0);
  try {
    try {
      yield `tx-${name}`;
    } catch (exc) {
      if (!(exc instanceof KeyError)) throw exc;
      print(`  rollback ${name} after KeyError ${str(exc)}`);
      return;
    }
    print(`  commit ${name}`);
  } finally {
    print(`  end ${name}`);
  }
}));

const announce = coroutine(async function announce$(message: string): Promise<null> {
  print("  callback:", message);
  return null;
});

interface AsyncCM<T> {
  __aenter__(): PromiseLike<T>;
  __aexit__(t: unknown, v: unknown, tb: unknown): PromiseLike<unknown>;
}
/** `async with cm as v: body` — the explicit protocol of docs/asyncio.md. */
async function asyncWith<T>(cm: AsyncCM<T>, body: (value: T) => Promise<void>): Promise<void> {
  const value = await cm.__aenter__();
  try {
    await body(value);
  } catch (exc) {
    if (!(await cm.__aexit__((exc as object).constructor, exc, null))) throw exc;
    return;
  }
  await cm.__aexit__(null, null, null);
}

const main = coroutine(async function main$(): Promise<null> {
  print("1) normal use: enter, body, exit");
  let conn!: Connection;
  await asyncWith(new Connection("db"), async (c) => {
    conn = c;
    print("  body: open =", conn.open);
    print("  body:", await conn.query("SELECT 1"));
  });
  print("after block: open =", conn.open);

  print("2) __aexit__ returning True suppresses the exception");
  await asyncWith(new Connection("tolerant", [PermissionError]), async (c) => {
    await c.query("DROP TABLE users");
    print("  not printed");
  });
  print("execution continues after the block");

  print("3) returning False lets the exception propagate");
  try {
    await asyncWith(new Connection("strict"), async (c) => {
      await c.query("DROP TABLE users");
    });
  } catch (exc) {
    if (!(exc instanceof PermissionError)) throw exc;
    print("caught outside:", exc);
  }

  print("4) nested managers exit in reverse order");
  await asyncWith(new Connection("outer"), async (a) => {
    await asyncWith(new Connection("inner", [ZeroDivisionError]), async (b) => {
      print(`  body has ${a.name} and ${b.name}`);
      throw new ZeroDivisionError("division by zero");
    });
  });
  print("the inner manager swallowed ZeroDivisionError");

  print("5) @asynccontextmanager");
  await asyncWith(transaction("t1"), async (tx) => {
    print("  working in", tx);
  });
  await asyncWith(transaction("t2"), async (tx) => {
    print("  working in", tx);
    throw new KeyError("missing row");
  });
  print("KeyError was handled inside the generator");
  try {
    await asyncWith(transaction("t3"), async () => {
      throw new ValueError("bad data");
    });
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("ValueError propagated:", exc);
  }

  print("6) AsyncExitStack closes everything it entered, last first");
  await asyncWith(new AsyncExitStack(), async (stack) => {
    const names: string[] = [];
    for (const n of ["s1", "s2"]) names.push(await stack.enter_async_context(transaction(n)));
    stack.push_async_callback(announce, "pushed last, runs first");
    print("  entered", names);
  });
  print("stack closed");
  return null;
});

await run(main());
