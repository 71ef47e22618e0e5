# a generator that yields after GeneratorExit: RuntimeError, and it stays suspended there
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2
    print("resumed after the failed close")
    yield 3

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended)
print(next(g))
g.close()
