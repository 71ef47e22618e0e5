/**
 * TEST-ONLY: builds py2ts's AST from CPython's own AST (`cpython-ast.py FILE --positions`), so the
 * back end can be exercised independently of py2ts's parser. Line/column pairs (code points) become
 * UTF-16 offsets; `_type` becomes `kind`; contexts and operators become their string names.
 */
import { execFileSync } from "node:child_process";
import type { ConstantValue, Module } from "../../src/ast/nodes.js";
import { createSourceFile, type SourceFile } from "../../src/source.js";

const SCRIPT = "/work/shared/scripts/cpython-ast.py";
const NAMED_ONLY = new Set([
  "Load", "Store", "Del", "And", "Or", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
  "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv", "Invert", "Not", "UAdd", "USub", "Eq", "NotEq",
  "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
]);

/** Parses `path` with CPython and converts the result; null when CPython reports a syntax error. */
export function cpythonModule(path: string, text: string): Module | null {
  let json: string;
  try {
    json = execFileSync("python3", [SCRIPT, path, "--positions", "--compact"], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch {
    return null;
  }
  const file = createSourceFile(path, text);
  const raw = JSON.parse(json) as Record<string, unknown>;
  const body = convert(raw, file) as Record<string, unknown>;
  return { ...body, kind: "Module", source: { filename: path, text } } as unknown as Module;
}

function offsetOf(file: SourceFile, line: number, col: number): number {
  let offset = file.lineStarts[line - 1] ?? file.text.length;
  for (let i = 0; i < col; i++) {
    const c = file.text.codePointAt(offset);
    offset += c !== undefined && c > 0xffff ? 2 : 1;
  }
  return offset;
}

function constantValue(v: Record<string, unknown> | null | boolean): ConstantValue {
  if (v === null) return { type: "None" };
  if (typeof v === "boolean") return { type: "bool", value: v };
  const [type, value] = Object.entries(v)[0]!;
  switch (type) {
    case "int": return { type: "int", value: BigInt(value as string) };
    case "float": return { type: "float", value: Number(value as string) };
    case "complex": return { type: "complex", imag: Number((value as string).replace(/[()j]/g, "")) };
    case "str": return { type: "str", value: value as string };
    case "bytes": return { type: "bytes", value: value as number[] };
    case "bool": return { type: "bool", value: value as boolean };
    case "None": return { type: "None" };
    default: return { type: "Ellipsis" };
  }
}

function convert(node: unknown, file: SourceFile): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, file));
  if (node === null || typeof node !== "object") return node;
  const obj = node as Record<string, unknown>;
  const type = obj["_type"] as string | undefined;
  if (type === undefined) return node;
  if (NAMED_ONLY.has(type) && Object.keys(obj).length === 1) return type;
  const out: Record<string, unknown> = { kind: type };
  for (const [key, value] of Object.entries(obj)) {
    if (key === "_type") continue;
    if (key === "loc") {
      const [l1, c1, l2, c2] = value as number[];
      out["span"] = { start: offsetOf(file, l1!, c1!), end: offsetOf(file, l2!, c2!) };
    } else if (type === "Constant" && key === "value") out["value"] = constantValue(value as Record<string, unknown>);
    else if (type === "Constant" && key === "kind") out["constKind"] = value;
    else if (type === "MatchSingleton" && key === "value") out["value"] = constantValue(value as Record<string, unknown>);
    else out[key] = convert(value, file);
  }
  return out;
}
