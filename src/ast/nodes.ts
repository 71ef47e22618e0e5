/**
 * The py2ts AST: CPython's `ast` module node names and fields (Python 3.11), immutable.
 *
 * Every node has a `kind` discriminant (the CPython class name) and, where CPython gives the
 * node a location, a `span` of UTF-16 offsets into the source text. Field names and order match
 * CPython's `_fields`, so `toAstJson` can print exactly what `cpython-ast.py` prints.
 */

/** Half-open range of UTF-16 code-unit offsets into `SourceFile.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

interface Located {
  readonly span: Span;
}

export type ExprContext = "Load" | "Store" | "Del";
export type BoolOperator = "And" | "Or";
export type Operator =
  | "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow"
  | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

/** A constant's value without loss: ints are exact, bytes keep every byte. */
export type ConstantValue =
  | { readonly type: "int"; readonly value: bigint }
  | { readonly type: "float"; readonly value: number }
  | { readonly type: "complex"; readonly imag: number }
  | { readonly type: "str"; readonly value: string }
  | { readonly type: "bytes"; readonly value: readonly number[] }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "None" }
  | { readonly type: "Ellipsis" };

// ---------------------------------------------------------------- module

export interface Module {
  readonly kind: "Module";
  readonly body: readonly Stmt[];
  readonly type_ignores: readonly TypeIgnore[];
  /** The text this module was parsed from (for positions in toAstJson and diagnostics). */
  readonly source: { readonly filename: string; readonly text: string };
}

export interface TypeIgnore {
  readonly kind: "TypeIgnore";
  readonly lineno: number;
  readonly tag: string;
}

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Located {
  readonly kind: "FunctionDef";
  readonly name: string;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  readonly decorator_list: readonly Expr[];
  readonly returns: Expr | null;
  readonly type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  readonly kind: "AsyncFunctionDef";
  readonly name: string;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  readonly decorator_list: readonly Expr[];
  readonly returns: Expr | null;
  readonly type_comment: string | null;
}
export interface ClassDef extends Located {
  readonly kind: "ClassDef";
  readonly name: string;
  readonly bases: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decorator_list: readonly Expr[];
}
export interface Return extends Located { readonly kind: "Return"; readonly value: Expr | null }
export interface Delete extends Located { readonly kind: "Delete"; readonly targets: readonly Expr[] }
export interface Assign extends Located {
  readonly kind: "Assign";
  readonly targets: readonly Expr[];
  readonly value: Expr;
  readonly type_comment: string | null;
}
export interface AugAssign extends Located {
  readonly kind: "AugAssign";
  readonly target: Expr;
  readonly op: Operator;
  readonly value: Expr;
}
export interface AnnAssign extends Located {
  readonly kind: "AnnAssign";
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
  /** 1 when the target is a plain name not in parentheses, else 0 (CPython's int). */
  readonly simple: number;
}
export interface For extends Located {
  readonly kind: "For";
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface AsyncFor extends Located {
  readonly kind: "AsyncFor";
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface While extends Located {
  readonly kind: "While";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface If extends Located {
  readonly kind: "If";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface With extends Located {
  readonly kind: "With";
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface AsyncWith extends Located {
  readonly kind: "AsyncWith";
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface Match extends Located {
  readonly kind: "Match";
  readonly subject: Expr;
  readonly cases: readonly MatchCase[];
}
export interface Raise extends Located { readonly kind: "Raise"; readonly exc: Expr | null; readonly cause: Expr | null }
export interface Try extends Located {
  readonly kind: "Try";
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}
export interface TryStar extends Located {
  readonly kind: "TryStar";
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}
export interface Assert extends Located { readonly kind: "Assert"; readonly test: Expr; readonly msg: Expr | null }
export interface Import extends Located { readonly kind: "Import"; readonly names: readonly Alias[] }
export interface ImportFrom extends Located {
  readonly kind: "ImportFrom";
  readonly module: string | null;
  readonly names: readonly Alias[];
  readonly level: number;
}
export interface Global extends Located { readonly kind: "Global"; readonly names: readonly string[] }
export interface Nonlocal extends Located { readonly kind: "Nonlocal"; readonly names: readonly string[] }
export interface ExprStmt extends Located { readonly kind: "Expr"; readonly value: Expr }
export interface Pass extends Located { readonly kind: "Pass" }
export interface Break extends Located { readonly kind: "Break" }
export interface Continue extends Located { readonly kind: "Continue" }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Located { readonly kind: "BoolOp"; readonly op: BoolOperator; readonly values: readonly Expr[] }
export interface NamedExpr extends Located { readonly kind: "NamedExpr"; readonly target: Name; readonly value: Expr }
export interface BinOp extends Located { readonly kind: "BinOp"; readonly left: Expr; readonly op: Operator; readonly right: Expr }
export interface UnaryOp extends Located { readonly kind: "UnaryOp"; readonly op: UnaryOperator; readonly operand: Expr }
export interface Lambda extends Located { readonly kind: "Lambda"; readonly args: Arguments; readonly body: Expr }
export interface IfExp extends Located { readonly kind: "IfExp"; readonly test: Expr; readonly body: Expr; readonly orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Located { readonly kind: "Dict"; readonly keys: readonly (Expr | null)[]; readonly values: readonly Expr[] }
export interface SetExpr extends Located { readonly kind: "Set"; readonly elts: readonly Expr[] }
export interface ListComp extends Located { readonly kind: "ListComp"; readonly elt: Expr; readonly generators: readonly Comprehension[] }
export interface SetComp extends Located { readonly kind: "SetComp"; readonly elt: Expr; readonly generators: readonly Comprehension[] }
export interface DictComp extends Located {
  readonly kind: "DictComp";
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
}
export interface GeneratorExp extends Located { readonly kind: "GeneratorExp"; readonly elt: Expr; readonly generators: readonly Comprehension[] }
export interface Await extends Located { readonly kind: "Await"; readonly value: Expr }
export interface Yield extends Located { readonly kind: "Yield"; readonly value: Expr | null }
export interface YieldFrom extends Located { readonly kind: "YieldFrom"; readonly value: Expr }
export interface Compare extends Located {
  readonly kind: "Compare";
  readonly left: Expr;
  readonly ops: readonly CmpOperator[];
  readonly comparators: readonly Expr[];
}
export interface Call extends Located {
  readonly kind: "Call";
  readonly func: Expr;
  readonly args: readonly Expr[];
  readonly keywords: readonly Keyword[];
}
/** `conversion` is -1 (none), 115 (`!s`), 114 (`!r`) or 97 (`!a`), as in CPython. */
export interface FormattedValue extends Located {
  readonly kind: "FormattedValue";
  readonly value: Expr;
  readonly conversion: number;
  readonly format_spec: JoinedStr | null;
}
export interface JoinedStr extends Located { readonly kind: "JoinedStr"; readonly values: readonly Expr[] }
/** `constKind` is CPython's `kind` field: "u" for a u-prefixed string, else null. */
export interface Constant extends Located { readonly kind: "Constant"; readonly value: ConstantValue; readonly constKind: string | null }
export interface Attribute extends Located { readonly kind: "Attribute"; readonly value: Expr; readonly attr: string; readonly ctx: ExprContext }
export interface Subscript extends Located { readonly kind: "Subscript"; readonly value: Expr; readonly slice: Expr; readonly ctx: ExprContext }
export interface Starred extends Located { readonly kind: "Starred"; readonly value: Expr; readonly ctx: ExprContext }
export interface Name extends Located { readonly kind: "Name"; readonly id: string; readonly ctx: ExprContext }
export interface List extends Located { readonly kind: "List"; readonly elts: readonly Expr[]; readonly ctx: ExprContext }
export interface Tuple extends Located { readonly kind: "Tuple"; readonly elts: readonly Expr[]; readonly ctx: ExprContext }
export interface Slice extends Located { readonly kind: "Slice"; readonly lower: Expr | null; readonly upper: Expr | null; readonly step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr
  | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------- auxiliary nodes

export interface Comprehension {
  readonly kind: "comprehension";
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  /** 1 for `async for`, else 0. */
  readonly is_async: number;
}
export interface ExceptHandler extends Located {
  readonly kind: "ExceptHandler";
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}
export interface Arguments {
  readonly kind: "arguments";
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  /** One entry per keyword-only argument; null where it has no default. */
  readonly kw_defaults: readonly (Expr | null)[];
  readonly kwarg: Arg | null;
  readonly defaults: readonly Expr[];
}
export interface Arg extends Located {
  readonly kind: "arg";
  readonly arg: string;
  readonly annotation: Expr | null;
  readonly type_comment: string | null;
}
/** `arg` is null for `**kwargs` in a call. */
export interface Keyword extends Located { readonly kind: "keyword"; readonly arg: string | null; readonly value: Expr }
export interface Alias extends Located { readonly kind: "alias"; readonly name: string; readonly asname: string | null }
export interface WithItem { readonly kind: "withitem"; readonly context_expr: Expr; readonly optional_vars: Expr | null }
export interface MatchCase { readonly kind: "match_case"; readonly pattern: Pattern; readonly guard: Expr | null; readonly body: readonly Stmt[] }

// ---------------------------------------------------------------- patterns

export interface MatchValue extends Located { readonly kind: "MatchValue"; readonly value: Expr }
/** `value` is a Constant value of type None or bool. */
export interface MatchSingleton extends Located { readonly kind: "MatchSingleton"; readonly value: ConstantValue }
export interface MatchSequence extends Located { readonly kind: "MatchSequence"; readonly patterns: readonly Pattern[] }
export interface MatchMapping extends Located {
  readonly kind: "MatchMapping";
  readonly keys: readonly Expr[];
  readonly patterns: readonly Pattern[];
  readonly rest: string | null;
}
export interface MatchClass extends Located {
  readonly kind: "MatchClass";
  readonly cls: Expr;
  readonly patterns: readonly Pattern[];
  readonly kwd_attrs: readonly string[];
  readonly kwd_patterns: readonly Pattern[];
}
export interface MatchStar extends Located { readonly kind: "MatchStar"; readonly name: string | null }
export interface MatchAs extends Located { readonly kind: "MatchAs"; readonly pattern: Pattern | null; readonly name: string | null }
export interface MatchOr extends Located { readonly kind: "MatchOr"; readonly patterns: readonly Pattern[] }

export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node =
  | Module | Stmt | Expr | Pattern | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias
  | WithItem | MatchCase | TypeIgnore;
