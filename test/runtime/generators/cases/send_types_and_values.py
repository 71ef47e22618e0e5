# values sent in come out unchanged (objects by identity); next() is send(None)
def keeper():
    seen = []
    while True:
        v = yield len(seen)
        seen.append(v)
        if len(seen) == 4:
            return seen

obj = {"k": 1}
g = keeper()
next(g)
g.send(obj)
g.send((1, "a"))
next(g)
try:
    g.send(0.5)
except StopIteration as e:
    print(e.value, e.value[0] is obj)
