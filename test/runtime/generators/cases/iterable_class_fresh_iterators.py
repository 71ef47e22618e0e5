# an iterable whose __iter__ returns a fresh iterator each time; a generator __iter__ closed on break
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __iter__(self):
        return iter(self.cards)

class Stream:
    def __iter__(self):
        try:
            yield 1
            yield 2
        finally:
            print("Stream iterator finalized")

d = Deck()
print(list(d), list(d))
for c in d:
    break
print([c for c in d])
for x in Stream():
    print("got", x)
    break
print("after loop")
