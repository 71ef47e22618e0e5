# Python iterators wherever JS iterates (spread, Array.from, destructuring) and JS-style loops
def gen(n):
    for i in range(n):
        yield i * 2

print(list(gen(3)), [*gen(2)], list(map(str, gen(3))))
first, *rest = gen(4)
print(first, rest)
it = iter([7, 8, 9])
print(next(it), list(it))
print(list(zip(gen(3), "abc")), list(enumerate(gen(2))))
