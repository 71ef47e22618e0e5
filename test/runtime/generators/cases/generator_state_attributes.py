# gi_frame / gi_suspended / gi_running through the life of a generator
def gen():
    yield 1

g = gen()
print(g.gi_frame is not None, g.gi_suspended, g.gi_running)
next(g)
print(g.gi_frame is not None, g.gi_suspended, g.gi_running)
next(g, None)
print(g.gi_frame is None, g.gi_suspended, g.gi_running)
