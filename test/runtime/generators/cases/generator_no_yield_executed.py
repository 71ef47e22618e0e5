# a generator whose yields never run, and a lambda containing yield
def maybe(flag):
    if flag:
        yield "yes"
    print("body ran, flag =", flag)

g = maybe(False)
print(type(g).__name__)
print(list(g))
print(list(maybe(True)))
f = lambda: (yield 5)
lg = f()
print(lg.__name__, next(lg))
try:
    lg.send("sent")
except StopIteration as e:
    print("lambda generator returned", e.value)
