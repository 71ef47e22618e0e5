# PEP 380: a subgenerator that returns on GeneratorExit still leaves GeneratorExit raised in the delegator
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner: closing quietly")
        return "inner value"

def outer():
    r = yield from inner()
    print("outer continued with", r)
    yield "outer yielded again"

def stubborn_inner():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

def outer2():
    try:
        yield from stubborn_inner()
    except RuntimeError as e:
        print("outer2 sees", e)
        raise

g = outer()
next(g)
g.close()
print("outer closed", g.gi_frame is None)
h = outer2()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("close raised", e)
