# iter(g) is g for generators and iterators; a fresh iterator for lists
def gen():
    yield 1

g = gen()
print(iter(g) is g, iter(iter(g)) is g, g.__iter__() is g)
xs = [1, 2]
it = iter(xs)
print(iter(it) is it, iter(xs) is iter(xs), type(it).__name__)
print(type(iter("ab")).__name__, type(iter("é")).__name__, type(iter((1,))).__name__)
