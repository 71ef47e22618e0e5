# generator methods, __iter__ written as a generator, and closures over enclosing variables
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def pairs(self, sep):
        for i, x in enumerate(self.items):
            yield f"{i}{sep}{x}"

    def __iter__(self):
        for x in self.items:
            yield x.upper()

def make_counter(start):
    step = 2
    def count():
        n = start
        while True:
            yield n
            n += step
    return count

b = Bag("a", "b")
print(list(b.pairs("=")))
print(list(b), [x for x in b])
it = iter(b)
print(type(it).__name__, next(it))
c = make_counter(5)()
print(next(c), next(c), next(c))
