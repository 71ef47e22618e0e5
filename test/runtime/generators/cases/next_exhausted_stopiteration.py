# next() on an exhausted generator raises StopIteration() every time
def one():
    yield 1

g = one()
print(next(g))
for _ in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.args, e.value, repr(str(e)))
try:
    g.send(None)
except StopIteration:
    print("send on exhausted: StopIteration")
print(g.gi_frame is None, g.gi_suspended, g.gi_running)
