# throw(Type), throw(Type, value), throw(Type, instance), throw(Type, tuple), throw(Type, value, None)
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

g = catcher()
next(g)
g.throw(KeyError)
g.throw(ValueError, "msg")
g.throw(ValueError, ValueError("same"))
g.throw(ValueError, KeyError("other"))
g.throw(ValueError, (1, 2))
g.throw(IndexError, None)
g.throw(IndexError, "x", None)
