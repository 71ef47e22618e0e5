# yield as an expression: next() sends None, send() values, yield inside expressions and calls
def gen():
    a = yield 1
    print("a =", a)
    b = (yield 2) or "default"
    print("b =", b)
    print("printed:", (yield 3))
    c = [(yield 4), (yield 5)]
    print("c =", c)
    yield

g = gen()
print(next(g))
print(g.send("A"))
print(next(g))
print(g.send("P"))
print(g.send("x"))
print(g.send("y"))
