# yield from lists, tuples, strings (by code point), ranges and dicts; send() to them is an AttributeError
def gen():
    yield from [1, 2]
    yield from ("t",)
    yield from "é🙂"
    yield from range(10, 4, -3)
    yield from {"k1": 1, "k2": 2}
    r = yield from []
    print("yield from a list gives", r)

print(list(gen()))

def lst():
    yield from [1, 2, 3]

g = lst()
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
print(next(g, "finished"))
def strs():
    yield from "abc"
s = strs()
next(s)
try:
    s.send(1)
except AttributeError as e:
    print("AttributeError:", e)
