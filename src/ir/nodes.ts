/**
 * The py2ts IR: a typed, JS-shaped tree that says what the TypeScript will say, before
 * formatting. Lowering builds it from the AST; `emit/print.ts` turns it into text.
 * Runtime helpers are referenced by `helper` nodes so the import pass can collect exactly
 * the names the program uses.
 */

/** Type text as TypeScript spells it (`number`, `string[]`, `PyDict<string, number>`). */
export type TsType = string;

export type Expr =
  | { readonly k: "id"; readonly name: string }
  | { readonly k: "num"; readonly text: string }
  | { readonly k: "str"; readonly value: string }
  | { readonly k: "lit"; readonly text: "true" | "false" | "null" | "undefined" | "this" | "super" }
  | { readonly k: "helper"; readonly name: string; readonly module: string }
  | { readonly k: "array"; readonly items: readonly Expr[] }
  | { readonly k: "object"; readonly props: readonly { readonly key: string; readonly value: Expr }[] }
  | { readonly k: "call"; readonly callee: Expr; readonly args: readonly Expr[]; readonly typeArgs?: readonly TsType[] }
  | { readonly k: "new"; readonly callee: Expr; readonly args: readonly Expr[]; readonly typeArgs?: readonly TsType[] }
  | { readonly k: "member"; readonly obj: Expr; readonly name: string }
  | { readonly k: "index"; readonly obj: Expr; readonly index: Expr }
  | { readonly k: "bin"; readonly op: string; readonly left: Expr; readonly right: Expr }
  | { readonly k: "unary"; readonly op: string; readonly operand: Expr }
  | { readonly k: "cond"; readonly test: Expr; readonly then: Expr; readonly else: Expr }
  | { readonly k: "assign"; readonly op: string; readonly target: Expr; readonly value: Expr }
  | { readonly k: "arrow"; readonly params: readonly Param[]; readonly body: Expr | readonly Stmt[]; readonly ret?: TsType; readonly async?: boolean }
  | { readonly k: "func"; readonly name?: string; readonly params: readonly Param[]; readonly body: readonly Stmt[]; readonly ret?: TsType; readonly generator?: boolean; readonly async?: boolean }
  | { readonly k: "spread"; readonly expr: Expr }
  | { readonly k: "template"; readonly quasis: readonly string[]; readonly exprs: readonly Expr[] }
  | { readonly k: "await"; readonly expr: Expr }
  | { readonly k: "yield"; readonly expr: Expr | null; readonly delegate: boolean }
  | { readonly k: "as"; readonly expr: Expr; readonly type: TsType }
  | { readonly k: "nonnull"; readonly expr: Expr }
  | { readonly k: "seq"; readonly exprs: readonly Expr[] }
  | { readonly k: "elided" };

export interface Param {
  readonly name: string;
  readonly type?: TsType;
  readonly optional?: boolean;
  readonly rest?: boolean;
  readonly init?: Expr;
}

export type Stmt =
  | { readonly k: "var"; readonly kind: "let" | "const"; readonly target: Expr; readonly type?: TsType; readonly init?: Expr; readonly exported?: boolean }
  | { readonly k: "expr"; readonly expr: Expr }
  | { readonly k: "if"; readonly test: Expr; readonly then: readonly Stmt[]; readonly else?: readonly Stmt[] }
  | { readonly k: "while"; readonly test: Expr; readonly body: readonly Stmt[]; readonly label?: string }
  | { readonly k: "forof"; readonly kind: "const" | "let" | null; readonly target: Expr; readonly iter: Expr; readonly body: readonly Stmt[]; readonly label?: string; readonly await?: boolean }
  | { readonly k: "for"; readonly init: Stmt | null; readonly test: Expr | null; readonly update: Expr | null; readonly body: readonly Stmt[]; readonly label?: string }
  | { readonly k: "return"; readonly value: Expr | null }
  | { readonly k: "throw"; readonly value: Expr }
  | { readonly k: "try"; readonly body: readonly Stmt[]; readonly catchVar?: string; readonly catchBody?: readonly Stmt[]; readonly finally?: readonly Stmt[] }
  | { readonly k: "break"; readonly label?: string }
  | { readonly k: "continue"; readonly label?: string }
  | { readonly k: "block"; readonly body: readonly Stmt[]; readonly label?: string }
  | { readonly k: "function"; readonly name: string; readonly params: readonly Param[]; readonly body: readonly Stmt[]; readonly ret?: TsType; readonly generator?: boolean; readonly async?: boolean; readonly exported?: boolean }
  | { readonly k: "class"; readonly name: string; readonly base?: Expr; readonly members: readonly ClassMember[]; readonly exported?: boolean }
  | { readonly k: "import"; readonly names: readonly string[]; readonly from: string }
  | { readonly k: "comment"; readonly text: string };

export type ClassMember =
  | { readonly k: "field"; readonly name: string; readonly type?: TsType; readonly init?: Expr; readonly static?: boolean; readonly declare?: boolean }
  | { readonly k: "method"; readonly name: string; readonly params: readonly Param[]; readonly body: readonly Stmt[]; readonly ret?: TsType; readonly static?: boolean; readonly kind?: "get" | "set"; readonly generator?: boolean; readonly async?: boolean; readonly override?: boolean }
  | { readonly k: "ctor"; readonly params: readonly Param[]; readonly body: readonly Stmt[] }
  | { readonly k: "static-block"; readonly body: readonly Stmt[] };

export interface ProgramIR {
  readonly body: readonly Stmt[];
}

export const id = (name: string): Expr => ({ k: "id", name });
export const str = (value: string): Expr => ({ k: "str", value });
export const num = (text: string): Expr => ({ k: "num", text });
export const call = (callee: Expr, args: readonly Expr[]): Expr => ({ k: "call", callee, args });
export const member = (obj: Expr, name: string): Expr => ({ k: "member", obj, name });
export const bin = (op: string, left: Expr, right: Expr): Expr => ({ k: "bin", op, left, right });
export const lit = (text: "true" | "false" | "null" | "undefined" | "this" | "super"): Expr => ({ k: "lit", text });
export const exprStmt = (expr: Expr): Stmt => ({ k: "expr", expr });
