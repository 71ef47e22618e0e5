# an uncaught PEP 479 RuntimeError ends the program with a traceback and status 1
def gen():
    yield next(iter([]))

print("before")
for x in gen():
    print(x)
print("never")
