# a finally block that yields during close(): RuntimeError, the generator remains suspended in the finally
def gen():
    try:
        yield 1
    finally:
        print("finally starts")
        yield "from finally"
        print("finally ends")

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g, "done"))
