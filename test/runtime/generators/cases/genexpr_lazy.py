# generator expressions: the first iterable is evaluated at once, the rest lazily
def source():
    print("source evaluated")
    return [1, 2, 3]

def noisy(x):
    print("computing", x)
    return x * 10

g = (noisy(x) for x in source() if x != 2)
print("genexpr created", type(g).__name__)
print(next(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("eager TypeError:", e)
pairs = list((a, b) for a in range(2) for b in "xy")
print(pairs)
print(sum(x * x for x in range(4)))
