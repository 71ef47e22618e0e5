# raise StopIteration in a generator body, caught by the body itself vs escaping
def caught():
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        yield "caught " + str(e)

def escaping():
    yield 1
    raise StopIteration(99)

print(list(caught()))
try:
    print(list(escaping()))
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__.value)
