// cases/recursive_generators.py as the compiler emits it: recursion: a tree walk with yield from, and a recursive permutation generator
import { delegate, generator, iterateTemporary, print, runProgram } from "../runtime.js";

runProgram({ file: "recursive_generators.py" }, () => {
  class Node {
    constructor(
      public value: number,
      public left: Node | null = null,
      public right: Node | null = null,
    ) {}
  }

  const inorder = generator("inorder", function* (node: Node | null): Generator<number, void, unknown> {
    if (node == null) {
      return;
    }
    yield* delegate(inorder(node.left));
    yield node.value;
    yield* delegate(inorder(node.right));
  }, { cleanup: true });

  const perms = generator("perms", function* (items: number[]): Generator<number[], void, unknown> {
    if (items.length <= 1) {
      yield items;
      return;
    }
    for (let i = 0; i < items.length; i++) {
      for (const rest of iterateTemporary(perms([...items.slice(0, i), ...items.slice(i + 1)]))) {
        yield [items[i]!, ...rest];
      }
    }
  });

  const tree = new Node(4, new Node(2, new Node(1), new Node(3)), new Node(6, new Node(5), new Node(7)));
  print([...inorder(tree)]);
  print([...perms([1, 2, 3])]);
});
