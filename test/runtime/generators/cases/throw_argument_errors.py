# throw() argument errors, with CPython's messages; the generator is not disturbed
def gen():
    yield 1
    yield 2

g = gen()
print(next(g))
for args in [("x",), (int,), (3,), (ValueError("a"), 1), (ValueError, "v", "tb")]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
print(next(g))
