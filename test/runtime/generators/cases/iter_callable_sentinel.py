# iter(callable, sentinel): calls until the sentinel comes back
data = [3, 1, 4, 0, 5]
pos = 0
def read():
    global pos
    pos += 1
    return data[pos - 1]

it = iter(read, 0)
print(type(it).__name__)
print(list(it))
print(next(it, "done"), pos)
try:
    iter(5, 0)
except TypeError as e:
    print(e)
