# iteration through __getitem__ alone: indexes 0, 1, ... until IndexError (or StopIteration)
class Letters:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]

class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i * 10

print(list(Letters()), list(Stops()))
it = iter(Letters())
print(type(it).__name__, next(it), next(it), next(it), next(it, "end"))
for ch in Letters():
    print(ch, end=" ")
print()
