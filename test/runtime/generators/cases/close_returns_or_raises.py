# close(): a generator returning on GeneratorExit closes quietly; one raising another error propagates it
def returns():
    try:
        yield 1
    except GeneratorExit:
        print("returning")
        return "ignored value"

def raises():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

g = returns()
next(g)
print(g.close())
h = raises()
next(h)
try:
    h.close()
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)
print(h.gi_frame is None)
