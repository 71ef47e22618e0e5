# a generator resuming itself: ValueError "generator already executing" (next, send, throw, close, for)
def gen():
    for attempt in ["next", "send", "throw", "close"]:
        try:
            if attempt == "next":
                next(me)
            elif attempt == "send":
                me.send(None)
            elif attempt == "throw":
                me.throw(KeyError)
            else:
                me.close()
        except ValueError as e:
            print(attempt, "->", e)
    try:
        for x in me:
            pass
    except ValueError as e:
        print("for ->", e)
    yield "still fine"

me = gen()
print(next(me))
