# iter() of non-iterables, and a class whose __iter__ returns a non-iterator
class Bad:
    def __iter__(self):
        return 42

for obj in [5, 2.5, None, True, Bad()]:
    try:
        iter(obj)
    except TypeError as e:
        print(e)
try:
    for x in Bad():
        pass
except TypeError as e:
    print("for:", e)
