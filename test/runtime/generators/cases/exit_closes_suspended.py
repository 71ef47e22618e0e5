# generators left suspended inside try/finally are closed at interpreter exit, in creation order
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

def not_started(tag):
    try:
        yield 1
    finally:
        print("never", tag)

a = gen("a")
next(a)
b = gen("b")
next(b)
c = not_started("c")
d = gen("d")
list(d)
print("end of program")
