# synchronisation primitives: error messages, BoundedSemaphore, cancelled waiters, Lock fairness, TaskGroup cancelled from outside, legacy coroutines
import asyncio
import types


@types.coroutine
def legacy(fut):
    print("  legacy: yielding the future")
    value = yield from fut
    print("  legacy: got", value)
    yield
    return value + 1


async def holder(lock, name, delay):
    async with lock:
        print(f"  {name} holds the lock")
        await asyncio.sleep(delay)
    print(f"  {name} released")


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"  {name} done")
    finally:
        print(f"  {name} finally")


async def group_body():
    async with asyncio.TaskGroup() as tg:
        # one child: TaskGroup cancels its tasks in set (hash) order
        tg.create_task(child("tg1", 1))
        await asyncio.sleep(1)


async def main():
    print("1) error messages")
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        await cond.wait()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print("ValueError:", exc)
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as exc:
        print("ValueError:", exc)

    print("2) a cancelled lock waiter does not take the lock")
    lock = asyncio.Lock()
    a = asyncio.create_task(holder(lock, "a", 0.03))
    b = asyncio.create_task(holder(lock, "b", 0.01))
    c = asyncio.create_task(holder(lock, "c", 0.01))
    await asyncio.sleep(0.01)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("b cancelled?", b.cancelled(), "| locked:", lock.locked())

    print("3) Event waiters cancelled")
    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    ev.set()
    print("waiter cancelled?", w.cancelled(), "| event set:", ev.is_set())

    print("4) TaskGroup cancelled from outside")
    t = asyncio.create_task(group_body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled:", t.cancelled())

    print("5) TaskGroup body raising")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("tg3", 0.5))
            await asyncio.sleep(0)
            raise ValueError("body failed")
    except* ValueError as eg:
        print("except* ValueError:", [str(e) for e in eg.exceptions])

    print("6) generator-based coroutine")
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 41)
    print("legacy returned", await legacy(fut))

    print("7) current_task inside callbacks is None")
    asyncio.get_running_loop().call_soon(lambda: print("  current_task in callback:", asyncio.current_task()))
    await asyncio.sleep(0)


asyncio.run(main())
