/**
 * The `match` pattern checks (src/analysis/pattern-checks.ts, reported by checkBlockContext)
 * against CPython's compile() at test time: for each snippet, the first error (message, line,
 * column and end) or none.
 */
import { checkBlockContext } from "../src/analysis/block-context.js";
import { compileOracleSuite } from "./support/compile-oracle.js";

const CASES: readonly string[] = [
  "match v:\n    case [a, a]:\n        pass\n",
  "match v:\n    case {'k': a, **a}:\n        pass\n",
  "match v:\n    case 1 | b:\n        pass\n",
  "match v:\n    case [x] | [y]:\n        pass\n",
  "match v:\n    case x:\n        pass\n    case 1:\n        pass\n",
  "match v:\n    case _:\n        pass\n    case 1:\n        pass\n",
  "match v:\n    case x if x:\n        pass\n    case 1:\n        pass\n",
  "match v:\n    case x | 1:\n        pass\n",
  "match v:\n    case (x) | 1:\n        pass\n",
  "match v:\n    case [*a, *b]:\n        pass\n",
  "match v:\n    case {'k': 1, 'k': 2}:\n        pass\n",
  "match v:\n    case P(x=1, x=2):\n        pass\n",
  "match v:\n    case P(a, a=1) as a:\n        pass\n",
  "match v:\n    case ([a] as b) | ([b] as a):\n        pass\n",
  "match v:\n    case 1 | _ | 2:\n        pass\n",
  "match v:\n    case _:\n        pass\n",
  "match v:\n    case (1 | x):\n        pass\n    case 2:\n        pass\n",
  "match v:\n    case {1: _, 1.0: _}:\n        pass\n",
  "match v:\n    case {-0: _, 0: _}:\n        pass\n",
  "match v:\n    case {'a' 'b': _, 'ab': _}:\n        pass\n",
  "match v:\n    case {True: _, 1: _}:\n        pass\n",
  "match v:\n    case {None: _, None: _}:\n        pass\n",
  "match v:\n    case {a.b: _, a.b: _}:\n        pass\n",
  "def f():\n    break\nmatch v:\n    case [a, a]:\n        pass\n",
  "match v:\n    case [a, a]:\n        pass\nbreak\n",
  "match v:\n    case [a, a] | b:\n        pass\n",
  "match v:\n    case {1+2j: _, 1+2j: _}:\n        pass\n",
  "match v:\n    case {2j: _, 2j: _}:\n        pass\n",
  "match v:\n    case {-1.5: _, -1.5: _}:\n        pass\n",
  "match v:\n    case {b'x': _, b'x': _}:\n        pass\n",
  "match v:\n    case {\"it's\": _, \"it's\": _}:\n        pass\n",
  "match v:\n    case (x as y) | 1:\n        pass\n",
  "match v:\n    case [x, *_] | [*_, x]:\n        pass\n    case {**r}:\n        pass\n",
  "match v:\n    case P(x, y=[z, *w]) | Q(x, y=[z, *w]):\n        pass\n    case _:\n        pass\n",
  "match v:\n    case x:\n        pass\n    case _:\n        pass\n",
  "def f():\n    match v:\n        case 1:\n            match w:\n                case a | b:\n                    pass\n",
  "match v:\n    case _ if v:\n        pass\n    case _:\n        pass\n",
  "match v:\n    case [a] | [a, b]:\n        pass\n",
  "match v:\n    case {'k': a} | {'j': a}:\n        pass\n",
  "match v:\n    case [_, _]:\n        pass\n",
];

compileOracleSuite(CASES, checkBlockContext, { accepted: 6, rejected: 26 });
