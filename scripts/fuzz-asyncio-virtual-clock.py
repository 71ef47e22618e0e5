"""CPython side of scripts/fuzz-asyncio.mjs: run a program with asyncio on a virtual clock.

The loop's time() only moves when the loop would block in select(): it then jumps by the
timeout, i.e. straight to the next timer, which is what py2ts's virtual time does. Programs
stay plain Python; only the event loop policy is swapped.

usage: python3 fuzz-asyncio-virtual-clock.py PROGRAM.py
"""
import asyncio
import os
import runpy
import sys


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self._virtual_now = 0.0
        real_selector = self._selector
        loop = self

        class JumpingSelector:
            def select(self, timeout=None):
                if timeout is None and not loop._ready:
                    # nothing ready, no timer, no I/O in these programs: a deadlock. Exit the
                    # way node does when the top-level await can never settle (status 13).
                    sys.stdout.flush()
                    os._exit(13)
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


asyncio.set_event_loop_policy(VirtualClockPolicy())
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
