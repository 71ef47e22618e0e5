# __name__, __qualname__ and repr of generators from functions, nested functions, methods, genexps
def top():
    yield 1

def outer():
    def inner():
        yield 2
    return inner()

class Bag:
    def items(self):
        yield 3

for g in [top(), outer(), Bag().items(), (x for x in [])]:
    r = repr(g)
    print(g.__name__, g.__qualname__, r.startswith("<generator object " + g.__qualname__ + " at 0x"), r.endswith(">"))
