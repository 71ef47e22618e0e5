# PEP 479: StopIteration from next() inside the body becomes RuntimeError with __cause__/__context__
def firsts(its):
    for it in its:
        yield next(it)

g = firsts([iter([1]), iter([])])
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__, e.__suppress_context__)
print(next(g, "finished"))
