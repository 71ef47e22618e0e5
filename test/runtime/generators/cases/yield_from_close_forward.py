# close() of a delegating generator closes the subgenerator first, then GeneratorExit in the delegator
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    finally:
        print("outer finally")

g = outer()
next(g)
g.close()
print("closed", g.gi_frame is None)
