# a deep yield from chain: values flow up, sends flow down, the leaf's return value flows back
def leaf():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got

def chain(depth):
    if depth == 0:
        return (yield from leaf())
    r = yield from chain(depth - 1)
    return r + [depth]

g = chain(30)
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print(e.value[:5], len(e.value))
