# a generator that handles a thrown exception and returns: throw() raises StopIteration(value)
def gen():
    try:
        yield 1
    except ValueError:
        return "handled"

g = gen()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
