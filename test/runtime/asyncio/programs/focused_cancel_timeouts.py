# cancelling()/uncancel(), cancel messages through gather, gather cancellation, timeout reschedule, timeout_at, FIRST_EXCEPTION, as_completed timeout
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"  {name} woke")
        return name
    except asyncio.CancelledError as exc:
        print(f"  {name} cancelled with args {exc.args}")
        raise


async def failer(delay):
    await asyncio.sleep(delay)
    raise KeyError("failer")


async def main():
    print("1) cancelling() and uncancel()")
    t = asyncio.create_task(sleeper("a", 1))
    await asyncio.sleep(0)
    print("cancel twice:", t.cancel("first"), t.cancel("second"), "cancelling:", t.cancelling())
    print("uncancel ->", t.uncancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as exc:
        print("awaiting it raised CancelledError", exc.args)

    print("2) cancelling a gather cancels its children")
    g = asyncio.gather(sleeper("b", 1), sleeper("c", 1))
    await asyncio.sleep(0)
    print("gather.cancel('stop') ->", g.cancel("stop"))
    try:
        await g
    except asyncio.CancelledError as exc:
        print("gather raised CancelledError", exc.args)

    print("3) return_exceptions=True keeps cancelled children as values")
    x = asyncio.create_task(sleeper("x", 0.05))
    y = asyncio.create_task(sleeper("y", 1))
    asyncio.get_running_loop().call_later(0.02, y.cancel, "timeout y")
    print("results:", await asyncio.gather(x, y, return_exceptions=True))

    print("4) timeout reschedule and timeout_at")
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(loop.time() + 0.2)
        await asyncio.sleep(0.05)
    print("rescheduled: expired?", cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.03) as cm:
            await sleeper("d", 1)
    except TimeoutError:
        print("timeout_at expired?", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
    print("timeout(None) when:", cm.when(), "expired?", cm.expired())

    print("5) wait FIRST_EXCEPTION")
    tasks = [asyncio.create_task(sleeper("e", 0.1)), asyncio.create_task(failer(0.03))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", len(done), "pending:", len(pending), "exception:", repr(tasks[1].exception()))
    await asyncio.wait(pending)

    print("6) as_completed with a timeout")
    racers = [asyncio.create_task(sleeper("f", 0.02)), asyncio.create_task(sleeper("g", 0.5))]
    try:
        for nxt in asyncio.as_completed(racers, timeout=0.1):
            print("next:", await nxt)
    except TimeoutError:
        print("as_completed timed out")
    racers[1].cancel()
    await asyncio.gather(*racers, return_exceptions=True)

    print("7) wait_for with timeout=0 and an unfinished awaitable")
    try:
        await asyncio.wait_for(sleeper("h", 1), 0)
    except TimeoutError as exc:
        print("TimeoutError, cause:", type(exc.__cause__).__name__)

    print("8) shield: the outer await is cancelled, the inner task finishes")
    inner = asyncio.create_task(sleeper("i", 0.03))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.01))
    try:
        await outer
    except TimeoutError:
        print("outer timed out; inner done?", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
