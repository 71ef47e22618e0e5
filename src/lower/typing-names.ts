/**
 * `typing` at run time. Annotations become TypeScript types and cost nothing, so a name imported
 * from `typing` is bound (to the runtime's stand-in, src/runtime/typing.ts) only when the module
 * reads it outside annotations: `cast(int, x)`, `Vector = List[float]`, `print(Optional[int])`.
 * Type parameters are compile-time only: `T = TypeVar("T")` disappears unless `T` is read at
 * run time, and `Generic[T]` / `Protocol` bases are dropped (analysis/class-bases.ts).
 *
 *     from typing import Generic, List, TypeVar, cast
 *     T = TypeVar("T")                          const cast = typing.cast;
 *     class Box(Generic[T]):            →       class Box { ... }
 *         def get(self) -> List[T]: ...
 *     y = cast(int, x)                          const y = cast(int_, x);
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "../analysis/walk.js";
import { isEmptyBase, isTypedDictClass } from "../analysis/class-bases.js";

const TYPE_PARAMETER_FACTORIES = new Set(["TypeVar", "ParamSpec", "TypeVarTuple"]);

/** `T = TypeVar("T", ...)` (or ParamSpec / TypeVarTuple, possibly as `typing.TypeVar`). */
export function typeParameterName(s: A.Stmt): string | null {
  if (s.kind !== "Assign" || s.targets.length !== 1 || s.targets[0]!.kind !== "Name" || s.value.kind !== "Call") return null;
  const f = s.value.func;
  const factory = f.kind === "Name" ? f.id : f.kind === "Attribute" && f.value.kind === "Name" && f.value.id === "typing" ? f.attr : null;
  return factory !== null && TYPE_PARAMETER_FACTORIES.has(factory) ? (s.targets[0] as A.Name).id : null;
}

/**
 * The names the module reads at run time: every Name load except those inside annotations,
 * marker bases, and the definitions of type parameters nothing reads at run time.
 */
export function runtimeNames(module: A.Node): Set<string> {
  const used = new Set<string>();
  const typeParams: A.Assign[] = [];
  const visit = (n: A.Node): void => {
    switch (n.kind) {
      case "Name": used.add(n.id); return;
      case "arg": return;
      case "AnnAssign": visit(n.target); if (n.value) visit(n.value); return;
      case "FunctionDef": case "AsyncFunctionDef":
        n.decorator_list.forEach(visit);
        argumentDefaults(n.args).forEach(visit);
        n.body.forEach(visit);
        return;
      case "ClassDef":
        // a TypedDict is `dict` at run time: its base and annotations are not read
        if (isTypedDictClass(n)) return;
        n.decorator_list.forEach(visit);
        n.bases.filter((b) => !isEmptyBase(b)).forEach(visit);
        n.keywords.forEach(visit);
        n.body.forEach(visit);
        return;
      case "Assign":
        if (typeParameterName(n) !== null) { typeParams.push(n); n.targets.forEach(visit); return; }
        break;
      default: break;
    }
    forEachChild(n, visit);
  };
  forEachChild(module, visit);
  for (const s of typeParams) if (used.has(typeParameterName(s)!)) visit(s.value);
  return used;
}

function argumentDefaults(a: A.Arguments): A.Expr[] {
  return [...a.defaults, ...a.kw_defaults.filter((d): d is A.Expr => d !== null)];
}

/** True when every run-time read of `name` is the callee of a call (`Movie(title="Up")`). */
export function onlyCalled(module: A.Node, name: string): boolean {
  let ok = true;
  const visit = (n: A.Node): void => {
    if (!ok) return;
    if (n.kind === "Call" && n.func.kind === "Name" && n.func.id === name) {
      n.args.forEach(visit);
      n.keywords.forEach(visit);
      return;
    }
    if (n.kind === "Name" && n.id === name && n.ctx === "Load") ok = false;
    if (n.kind === "arg" || (n.kind === "AnnAssign" && n.value === null)) return;
    if (n.kind === "AnnAssign") { visit(n.target); visit(n.value!); return; }
    if (n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef") {
      n.decorator_list.forEach(visit);
      n.args.defaults.forEach(visit);
      n.body.forEach(visit);
      return;
    }
    forEachChild(n, visit);
  };
  forEachChild(module, visit);
  return ok;
}
