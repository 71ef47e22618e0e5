# yield from forwards send() to the subgenerator and gives its return value
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def outer():
    r = yield from inner()
    print("inner returned", r)
    r2 = yield from inner()
    return r + r2

g = outer()
print(next(g), g.send(1), g.send(2), g.send(None))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)
