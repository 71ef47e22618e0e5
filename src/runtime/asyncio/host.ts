/**
 * The two host services the loop needs: a macrotask hop (so host I/O and timers get a turn
 * during a long run of callbacks) and a real-time wait for the next timer. `setImmediate` in
 * Node, a `MessageChannel` in browsers — never `setTimeout(0)`, which browsers clamp to 4 ms.
 * Resolved per loop from globalThis, so nothing Node-specific is imported.
 */
export interface Host {
  /** run `fn` in a later macrotask */
  post(fn: () => void): void;
  /** run `fn` after `ms` milliseconds; returns a cancel function */
  wait(ms: number, fn: () => void): () => void;
  /** release resources that would keep the process alive */
  close(): void;
}

interface MessagePortLike {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}
type MessageChannelCtor = new () => { port1: MessagePortLike; port2: MessagePortLike };

export function makeHost(): Host {
  const g = globalThis as unknown as {
    setImmediate?: (fn: () => void) => unknown;
    MessageChannel?: MessageChannelCtor;
  };
  const wait = (ms: number, fn: () => void): (() => void) => {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  };
  if (typeof g.setImmediate === "function") {
    const setImmediateFn = g.setImmediate;
    return { post: (fn) => void setImmediateFn(fn), wait, close() {} };
  }
  if (typeof g.MessageChannel === "function") {
    const channel = new g.MessageChannel();
    const queue: (() => void)[] = [];
    channel.port1.onmessage = () => queue.shift()?.();
    return {
      post: (fn) => {
        queue.push(fn);
        channel.port2.postMessage(null);
      },
      wait,
      close: () => channel.port1.close(),
    };
  }
  return { post: (fn) => void setTimeout(fn, 0), wait, close() {} };
}
