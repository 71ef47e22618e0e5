/**
 * Function and lambda parameters: the grammar gives a flat list of items ('/', '*', '*args',
 * '**kwargs', 'name[: ann][= default]'); this checks their order with CPython 3.11's messages
 * and builds the `arguments` node.
 */
import type { IToken } from "chevrotain";
import type { Arg, Arguments, Expr, Span } from "../../ast/nodes.js";
import { type BuildContext, identifier, span, tokenSpan } from "./context.js";

export type ParamItem =
  | { readonly kind: "slash"; readonly token: IToken }
  | { readonly kind: "star"; readonly token: IToken; readonly name: IToken | null; readonly annotation: Expr | null }
  | { readonly kind: "doublestar"; readonly token: IToken; readonly name: IToken; readonly annotation: Expr | null; readonly defaultValue: Expr | null }
  | { readonly kind: "param"; readonly name: IToken; readonly annotation: Expr | null; readonly defaultValue: Expr | null };

export const NO_ARGUMENTS: Arguments = {
  kind: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
};

function makeArg(b: BuildContext, name: IToken, annotation: Expr | null): Arg {
  const start = name.startOffset;
  const end = annotation === null ? name.endOffset! + 1 : b.end(annotation);
  return { kind: "arg", arg: identifier(name), annotation, type_comment: null, span: span(start, end) };
}

function itemSpan(item: ParamItem): Span {
  return tokenSpan(item.kind === "param" ? item.name : item.token);
}

export function buildArguments(b: BuildContext, items: readonly ParamItem[]): Arguments {
  const posonlyargs: Arg[] = [];
  const args: Arg[] = [];
  const kwonlyargs: Arg[] = [];
  const kwDefaults: (Expr | null)[] = [];
  const defaults: Expr[] = [];
  let vararg: Arg | null = null;
  let kwarg: Arg | null = null;
  let sawSlash = false;
  let sawStar = false;
  let bareStar: ParamItem | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (kwarg !== null) b.fail("arguments cannot follow var-keyword argument", itemSpan(item));
    switch (item.kind) {
      case "slash":
        if (sawStar) b.fail("/ must be ahead of *", itemSpan(item));
        if (sawSlash) b.fail("/ may appear only once", itemSpan(item));
        if (args.length === 0) b.fail("at least one argument must precede /", itemSpan(item));
        sawSlash = true;
        posonlyargs.push(...args);
        args.length = 0;
        break;
      case "star":
        if (sawStar) b.fail("* argument may appear only once", itemSpan(item));
        sawStar = true;
        if (item.name === null) bareStar = item;
        else vararg = makeArg(b, item.name, item.annotation);
        break;
      case "doublestar":
        if (item.defaultValue !== null) b.fail("var-keyword argument cannot have default value", b.ext(item.defaultValue));
        if (bareStar !== null && kwonlyargs.length === 0) b.fail("named arguments must follow bare *", itemSpan(bareStar));
        kwarg = makeArg(b, item.name, item.annotation);
        break;
      case "param": {
        const arg = makeArg(b, item.name, item.annotation);
        if (sawStar) {
          kwonlyargs.push(arg);
          kwDefaults.push(item.defaultValue);
        } else {
          if (item.defaultValue !== null) defaults.push(item.defaultValue);
          else if (defaults.length > 0) b.fail("non-default argument follows default argument", arg.span);
          args.push(arg);
        }
        break;
      }
    }
  }
  if (bareStar !== null && kwonlyargs.length === 0 && kwarg === null) b.fail("named arguments must follow bare *", itemSpan(bareStar));
  return { kind: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults };
}
