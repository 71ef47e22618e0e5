# throw() into a finished generator raises the exception in the caller
def gen():
    yield 1

g = gen()
list(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
try:
    g.throw(StopIteration)
except StopIteration:
    print("StopIteration passes through a finished generator")
