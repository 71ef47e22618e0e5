# for over a temporary generator: break, return and exceptions close it at once (finally runs)
def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print(tag, "finally")

for x in numbers("break"):
    if x == 1:
        break
print("after break loop")

def first_over(n):
    for x in numbers("return"):
        if x > n:
            return x

print("first_over", first_over(2))
try:
    for x in numbers("raise"):
        if x == 2:
            raise KeyError(x)
except KeyError as e:
    print("caught", e)
