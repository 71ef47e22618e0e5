# next(it, default) returns the default only on exhaustion; works on list iterators too
def two():
    yield None
    yield 0

g = two()
print(next(g, "d"), next(g, "d"), next(g, "d"), next(g, None))
it = iter([1, 2])
print(next(it, -1), next(it, -1), next(it, -1))
