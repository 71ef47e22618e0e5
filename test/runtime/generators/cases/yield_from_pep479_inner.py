# a StopIteration leaking from a subgenerator is already a RuntimeError when it reaches the delegator
def inner():
    yield 1
    next(iter([]))

def outer():
    try:
        yield from inner()
    except StopIteration:
        print("wrong: StopIteration seen")
    except RuntimeError as e:
        print("delegator sees RuntimeError:", e)
    yield "after"

def plain_outer():
    yield from inner()

print(list(outer()))
try:
    list(plain_outer())
except RuntimeError as e:
    print("caller sees RuntimeError:", e, type(e.__cause__).__name__)
