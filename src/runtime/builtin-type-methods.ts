/**
 * Unbound methods on the builtin type objects, so Python code that passes them around works:
 * `sorted(words, key=str.lower)`, `map(str.strip, lines)`, `dict.fromkeys("abc", 0)`,
 * `str.maketrans("a", "b")`, `"-".join` style calls through `str.join(sep, xs)`.
 *
 * For the compiler: `str.lower` -> `str_.lower`, `dict.fromkeys(...)` -> `dict_.fromkeys(...)` (the type
 * objects from types.ts). Importing anything from `py2ts/runtime` loads this module, which attaches the
 * methods once; `attachBuiltinMethods()` is idempotent.
 */
import { str_, dict_, list_, set_, frozenset_ } from "./types.js";
import * as S from "./strings.js";
import * as C from "./strings-case.js";
import { strFormat } from "./format-str.js";
import { PyDict } from "./dict.js";
import { PySet } from "./set.js";
import { listCount, listIndex } from "./list.js";

const STR_METHODS: Record<string, (...args: any[]) => unknown> = {
  lower: C.strLower, upper: C.strUpper, casefold: C.strCasefold, title: C.strTitle, capitalize: C.strCapitalize,
  swapcase: C.strSwapcase, isdigit: C.strIsdigit, isdecimal: C.strIsdecimal, isnumeric: C.strIsnumeric,
  isalpha: C.strIsalpha, isalnum: C.strIsalnum, isspace: C.strIsspace, isascii: C.strIsascii,
  isprintable: C.strIsprintable, isidentifier: C.strIsidentifier, isupper: C.strIsupper, islower: C.strIslower,
  istitle: C.strIstitle, translate: C.strTranslate, maketrans: C.strMaketrans, encode: C.strEncode,
  split: S.strSplit, rsplit: S.strRsplit, splitlines: S.strSplitlines, join: S.strJoin, strip: S.strStrip,
  lstrip: S.strLstrip, rstrip: S.strRstrip, replace: S.strReplace, find: S.strFind, rfind: S.strRfind,
  index: S.strIndex, rindex: S.strRindex, count: S.strCount, startswith: S.strStartswith, endswith: S.strEndswith,
  center: S.strCenter, ljust: S.strLjust, rjust: S.strRjust, zfill: S.strZfill, partition: S.strPartition,
  rpartition: S.strRpartition, expandtabs: S.strExpandtabs, removeprefix: S.strRemoveprefix,
  removesuffix: S.strRemovesuffix, format: (s: string, ...args: unknown[]) => strFormat(s, args),
};

export function attachBuiltinMethods(): void {
  for (const [name, fn] of Object.entries(STR_METHODS)) str_[name] = fn;
  dict_.fromkeys = (keys: Iterable<unknown>, value: unknown = null) => PyDict.fromkeys(keys, value);
  list_.count = listCount;
  list_.index = listIndex;
  set_.union = (s: PySet, ...others: Iterable<unknown>[]) => s.union(...others);
  frozenset_.union = set_.union;
}

attachBuiltinMethods();
