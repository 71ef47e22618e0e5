# an uncaught exception: the traceback, then suspended generators are closed (finally runs), status 1
def gen():
    try:
        yield 1
    finally:
        print("gen finally at shutdown")

g = gen()
next(g)
print("about to fail")
raise ValueError("boom")
