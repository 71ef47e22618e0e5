"""CPython side of scripts/fuzz-asyncio.mjs: run a program with asyncio on a virtual clock.

The loop's time() only moves when the loop would block in select(): it then jumps by the
timeout, i.e. straight to the next timer, which is what py2ts's virtual time does. Programs
stay plain Python; only the event loop policy is swapped.

usage: python3 fuzz-asyncio-virtual-clock.py PROGRAM.py [PROGRAM.py ...]

Each program's stdout goes to PROGRAM.pyout and its exit status (0, 1 for an uncaught
exception, 13 for a deadlock) to PROGRAM.pystatus; all run in this one process.
"""
import asyncio
import contextlib
import io
import runpy
import sys


class Deadlock(BaseException):
    """Nothing ready, no timer, no I/O: CPython would block forever."""


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self._virtual_now = 0.0
        real_selector = self._selector
        loop = self

        class JumpingSelector:
            def select(self, timeout=None):
                if timeout is None and not loop._ready:
                    # CPython would block here forever and print nothing more: drop whatever
                    # asyncio.run's shutdown would print after this point
                    sys.stdout = io.StringIO()
                    raise Deadlock()
                if timeout is None:
                    return real_selector.select(None)
                if timeout > 0:
                    loop._virtual_now += timeout
                return []

            def __getattr__(self, name):
                return getattr(real_selector, name)

        self._selector = JumpingSelector()

    def time(self):
        return self._virtual_now


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualClockLoop


def run_one(path):
    """Run one program; return (stdout, status) with node's statuses (13 = unsettled await)."""
    asyncio.set_event_loop_policy(VirtualClockPolicy())
    out = io.StringIO()
    status = 0
    with contextlib.redirect_stdout(out):
        try:
            runpy.run_path(path, run_name="__main__")
        except Deadlock:
            status = 13
        except BaseException:
            status = 1
    asyncio.events._set_running_loop(None)
    return out.getvalue(), status


for program in sys.argv[1:]:
    stdout, status = run_one(program)
    base = program[:-3]
    with open(base + ".pyout", "w") as f:
        f.write(stdout)
    with open(base + ".pystatus", "w") as f:
        f.write(str(status))
