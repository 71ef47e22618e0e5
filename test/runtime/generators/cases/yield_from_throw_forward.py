# throw() into a delegating generator reaches the subgenerator; unhandled ones reach the delegator
def inner():
    while True:
        try:
            yield "inner"
        except KeyError:
            print("inner handled KeyError")

def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer handled ValueError", e)
        yield "outer after ValueError"

g = outer()
print(next(g))
print(g.throw(KeyError))
print(g.throw(ValueError("v")))
try:
    g.throw(IndexError)
except IndexError:
    print("IndexError reached the caller")
