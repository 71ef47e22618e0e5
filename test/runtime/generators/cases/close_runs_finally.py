# close() throws GeneratorExit in: except GeneratorExit and finally run, gi_frame becomes None
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print("GeneratorExit", repr(e), type(e).__mro__[1].__name__)
        raise
    finally:
        print("finally")
    print("never")

g = gen()
next(g)
print(g.gi_frame is None)
print(g.close())
print(g.gi_frame is None, g.gi_suspended)
print(g.close())
print(next(g, "closed"))
