# throwing StopIteration into a generator that does not catch it: PEP 479 RuntimeError
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(StopIteration("inner"))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
print(next(g, "finished"))
