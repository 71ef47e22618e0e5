# send(non-None) to a just-started generator: TypeError, and the generator stays unstarted
def gen():
    print("body started")
    x = yield 1
    print("got", x)
    yield 2

g = gen()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.gi_suspended, g.gi_frame is None)
print(g.send(None))
print(g.send("v"))
