# loop API: new_event_loop/set_event_loop/run_until_complete/run_forever/stop/close, call_at, Handle.cancel, Future messages
import asyncio


def cb(label, log):
    log.append(label)
    print("callback", label)


async def answer(x):
    await asyncio.sleep(0.01)
    return x * 2


def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print("running?", loop.is_running(), "closed?", loop.is_closed())
    print("run_until_complete ->", loop.run_until_complete(answer(21)))
    log = []
    loop.call_soon(cb, "a", log)
    h = loop.call_soon(cb, "dropped", log)
    h.cancel()
    print("handle cancelled?", h.cancelled())
    loop.call_at(loop.time() + 0.02, cb, "at+20ms", log)
    loop.call_later(0.01, cb, "later+10ms", log)
    loop.call_later(0.03, loop.stop)
    loop.run_forever()
    print("after run_forever:", log)

    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)
    try:
        fut.exception()
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)
    fut.add_done_callback(lambda f: print("done callback sees", f.result()))
    loop.call_soon(fut.set_result, "value")
    print("run_until_complete(future) ->", loop.run_until_complete(fut))
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)
    print("cancel() on a done future ->", fut.cancel())

    failing = loop.create_future()
    failing.set_exception(ValueError("bad"))
    print("exception():", repr(failing.exception()))
    try:
        loop.run_until_complete(failing)
    except ValueError as exc:
        print("run_until_complete raised", repr(exc))

    cancelled = loop.create_future()
    cancelled.cancel("stop it")
    try:
        cancelled.result()
    except asyncio.CancelledError as exc:
        print("result() of cancelled future:", repr(exc))

    loop.close()
    print("closed?", loop.is_closed())
    try:
        loop.call_soon(cb, "x", log)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    asyncio.set_event_loop(None)


main()
