# close() on a never-started generator runs nothing and finishes it
def gen():
    try:
        print("body")
        yield 1
    finally:
        print("finally")

g = gen()
g.close()
print("closed", g.gi_frame is None)
print(list(g))
