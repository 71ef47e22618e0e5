# next() on iterables that are not iterators
for obj in [[1, 2], "ab", (1,), 5, None]:
    try:
        next(obj)
    except TypeError as e:
        print(e)
