# yield from a class-based iterator: __next__, and send/throw/close when the class has them
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown done")
        self.n -= 1
        return self.n

class Echo:
    def __init__(self):
        self.last = None
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        if v == "stop":
            raise StopIteration("echo stopped")
        return "echo " + v
    def throw(self, exc):
        print("Echo.throw got", type(exc).__name__)
        return "recovered"
    def close(self):
        print("Echo.close called")

def deleg(it):
    r = yield from it
    print("result:", r)

print(list(deleg(Countdown(3))))
g = deleg(Echo())
print(next(g), g.send("a"), g.throw(KeyError("k")))
try:
    g.send("stop")
except StopIteration:
    print("finished")
g2 = deleg(Echo())
next(g2)
g2.close()
g3 = deleg(Countdown(5))
next(g3)
try:
    g3.send(1)
except AttributeError as e:
    print("AttributeError:", e)
