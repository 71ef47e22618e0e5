# throw() into a just-started generator raises at its start: no code of the body runs
def gen():
    print("never printed")
    try:
        yield 1
    except ValueError:
        print("never caught")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
print(g.gi_frame is None)
print(next(g, "exhausted"))
