# return x travels as StopIteration.value / args; return None and bare return give no args
def ret(v):
    yield "first"
    return v

for v in [42, None, "text", (1, 2), [3]]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)
