# throw(GeneratorExit) is a plain throw: a generator that yields in response returns that value
def gen():
    while True:
        try:
            yield "running"
        except GeneratorExit:
            yield "survived GeneratorExit"

g = gen()
print(next(g))
print(g.throw(GeneratorExit))
print(next(g))
def plain():
    yield 1
p = plain()
next(p)
try:
    p.throw(GeneratorExit("bye"))
except GeneratorExit as e:
    print("GeneratorExit propagated", e.args)
print(p.gi_frame is None)
