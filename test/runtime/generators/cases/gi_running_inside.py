# gi_running is True only while the body runs; gi_suspended while paused at a yield
def gen():
    print("inside:", g.gi_running, g.gi_suspended)
    yield 1
    print("inside again:", g.gi_running)
    yield 2

g = gen()
print("before:", g.gi_running, g.gi_suspended)
next(g)
print("paused:", g.gi_running, g.gi_suspended)
next(g)
print(next(g, "end"))
print("after:", g.gi_running, g.gi_suspended)
