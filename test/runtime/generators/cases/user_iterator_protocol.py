# a class-based iterator (__iter__/__next__ raising StopIteration) in for, list(), next() and unpacking
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i

for x in Squares(3):
    print("for", x)
print(list(Squares(4)))
s = Squares(5)
print(next(s), next(s))
for x in s:
    if x > 10:
        break
print("rest", list(s))
print(next(s, "empty"))
a, b = Squares(2)
print(a, b)
