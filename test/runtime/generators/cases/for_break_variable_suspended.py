# for over a generator held in a variable: break leaves it suspended, a later loop continues it
def numbers():
    try:
        for i in range(6):
            yield i
    finally:
        print("numbers finally")

g = numbers()
for x in g:
    print("first loop", x)
    if x == 1:
        break
print("between loops", g.gi_suspended)
for x in g:
    print("second loop", x)
    if x == 3:
        break
print(next(g))
print(list(g))
