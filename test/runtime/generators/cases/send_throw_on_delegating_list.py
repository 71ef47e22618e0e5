# throw() into a generator delegating to a list: raised at the yield from (lists have no throw)
def gen():
    try:
        yield from [1, 2, 3]
    except KeyError:
        print("delegator caught KeyError")
        yield "after"

g = gen()
print(next(g))
print(g.throw(KeyError))
print(next(g, "end"))
def gen2():
    yield from [1, 2]
    yield "unreached"
h = gen2()
next(h)
h.close()
print(next(h, "closed"))
