# throw(instance): handled inside, the next yielded value is throw's result
def gen():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", repr(e))
            n += 10
        n += 1

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(g.throw(ValueError()))
