/**
 * IR → TypeScript text. Every compound subexpression is parenthesised; prettier (see
 * `emit/format.ts`) reprints the file from its own AST and drops the parentheses that are not
 * needed, so this printer stays simple and cannot get precedence wrong.
 */
import type { ClassMember, Expr, Param, ProgramIR, Stmt } from "../ir/nodes.js";

const ATOMIC = new Set(["id", "num", "str", "lit", "helper", "array", "object", "call", "new", "member", "index", "template", "nonnull"]);

export function printProgram(program: ProgramIR): string {
  return program.body.map((s) => printStmt(s)).join("\n") + "\n";
}

function wrap(e: Expr): string {
  const text = printExpr(e);
  return ATOMIC.has(e.k) && !(e.k === "num" && text.startsWith("-")) ? text : `(${text})`;
}

function quote(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function propertyKey(key: string): string {
  // a computed well-known symbol key (`[Symbol.iterator]`); Python names never start with "["
  if (/^\[Symbol\.\w+\]$/.test(key)) return key;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
}

/** A class member's name: a private `#name` (a generator method's body, generators.ts) or a property key. */
function memberKey(key: string): string {
  return /^#[A-Za-z_$][\w$]*$/.test(key) ? key : propertyKey(key);
}

export function printExpr(e: Expr): string {
  switch (e.k) {
    case "id": return e.name;
    case "num": return e.text;
    case "str": return quote(e.value);
    case "lit": return e.text;
    case "helper": return e.name;
    case "elided": return "";
    case "array": return `[${e.items.map(printExpr).join(", ")}]`;
    case "object": return `{ ${e.props.map((p) => `${propertyKey(p.key)}: ${printExpr(p.value)}`).join(", ")} }`;
    case "call": return `${calleeText(e.callee)}${typeArgs(e.typeArgs)}(${e.args.map(printExpr).join(", ")})`;
    case "new": return `new ${calleeText(e.callee)}${typeArgs(e.typeArgs)}(${e.args.map(printExpr).join(", ")})`;
    case "member": return /^#?[A-Za-z_$][\w$]*$/.test(e.name) ? `${calleeText(e.obj)}.${e.name}` : `${calleeText(e.obj)}[${quote(e.name)}]`;
    case "index": return `${calleeText(e.obj)}[${printExpr(e.index)}]`;
    case "bin": return `${wrap(e.left)} ${e.op} ${wrap(e.right)}`;
    case "unary": return /^[a-z]/.test(e.op) ? `${e.op} ${wrap(e.operand)}` : `${e.op}${wrap(e.operand)}`;
    case "cond": return `${wrap(e.test)} ? ${wrap(e.then)} : ${wrap(e.else)}`;
    case "assign": return `${printExpr(e.target)} ${e.op} ${wrap(e.value)}`;
    case "arrow": {
      const head = `${e.async ? "async " : ""}(${printParams(e.params)})${e.ret ? `: ${e.ret}` : ""} =>`;
      if (Array.isArray(e.body)) return `${head} {\n${printBody(e.body as readonly Stmt[])}}`;
      const body = e.body as Expr;
      return body.k === "object" ? `${head} (${printExpr(body)})` : `${head} ${wrap(body)}`;
    }
    case "func":
      return `${e.async ? "async " : ""}function${e.generator ? "*" : ""} ${e.name ?? ""}(${printParams(e.params)})${e.ret ? `: ${e.ret}` : ""} {\n${printBody(e.body)}}`;
    case "spread": return `...${wrap(e.expr)}`;
    case "template": {
      let out = "`";
      e.quasis.forEach((q, i) => {
        out += q.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
        if (i < e.exprs.length) out += "${" + printExpr(e.exprs[i]!) + "}";
      });
      return out + "`";
    }
    case "await": return `await ${wrap(e.expr)}`;
    case "yield": return `yield${e.delegate ? "*" : ""}${e.expr ? " " + wrap(e.expr) : ""}`;
    case "as": return `${wrap(e.expr)} as ${e.type}`;
    case "nonnull": return `${printExpr(e.expr)}!`;
    case "seq": return e.exprs.map(printExpr).join(", ");
  }
}

function calleeText(e: Expr): string {
  // `3.bit_length` would read as a malformed number
  if (e.k === "num" && /^\d+$/.test(e.text)) return `(${e.text})`;
  return ATOMIC.has(e.k) ? printExpr(e) : `(${printExpr(e)})`;
}

function typeArgs(args: readonly string[] | undefined): string {
  return args && args.length > 0 ? `<${args.join(", ")}>` : "";
}

function printParams(params: readonly Param[]): string {
  return params
    .map((p) => `${p.rest ? "..." : ""}${p.name}${p.optional ? "?" : ""}${p.type ? `: ${p.type}` : ""}${p.init ? ` = ${printExpr(p.init)}` : ""}`)
    .join(", ");
}

function printBody(body: readonly Stmt[]): string {
  return body.map((s) => printStmt(s) + "\n").join("");
}

function block(body: readonly Stmt[]): string {
  return `{\n${printBody(body)}}`;
}

function label(l: string | undefined): string {
  return l ? `${l}: ` : "";
}

export function printStmt(s: Stmt): string {
  switch (s.k) {
    case "var":
      return `${s.exported ? "export " : ""}${s.kind} ${printExpr(s.target)}${s.type ? `: ${s.type}` : ""}${s.init ? ` = ${printExpr(s.init)}` : ""};`;
    case "expr": {
      const text = printExpr(s.expr);
      return /^(function|class|\{|let\b)/.test(text) || s.expr.k === "object" ? `(${text});` : `${text};`;
    }
    case "if": {
      let out = `if (${printExpr(s.test)}) ${block(s.then)}`;
      if (s.else && s.else.length > 0) {
        const only = s.else.length === 1 ? s.else[0]! : null;
        out += only && only.k === "if" ? ` else ${printStmt(only)}` : ` else ${block(s.else)}`;
      }
      return out;
    }
    case "while": return `${label(s.label)}while (${printExpr(s.test)}) ${block(s.body)}`;
    case "forof": return `${label(s.label)}for ${s.await ? "await " : ""}(${s.kind ? s.kind + " " : ""}${printExpr(s.target)} of ${printExpr(s.iter)}) ${block(s.body)}`;
    case "for": {
      const init = s.init ? printStmt(s.init).replace(/;$/, "") : "";
      return `${label(s.label)}for (${init}; ${s.test ? printExpr(s.test) : ""}; ${s.update ? printExpr(s.update) : ""}) ${block(s.body)}`;
    }
    case "return": return s.value ? `return ${printExpr(s.value)};` : "return;";
    case "throw": return `throw ${printExpr(s.value)};`;
    case "try": {
      let out = `try ${block(s.body)}`;
      if (s.catchBody) out += ` catch${s.catchVar ? ` (${s.catchVar})` : ""} ${block(s.catchBody)}`;
      if (s.finally) out += ` finally ${block(s.finally)}`;
      return out;
    }
    case "break": return s.label ? `break ${s.label};` : "break;";
    case "continue": return s.label ? `continue ${s.label};` : "continue;";
    case "block": return `${label(s.label)}${block(s.body)}`;
    case "function":
      return `${s.exported ? "export " : ""}${s.async ? "async " : ""}function${s.generator ? "*" : ""} ${s.name}(${printParams(s.params)})${s.ret ? `: ${s.ret}` : ""} ${block(s.body)}`;
    case "class":
      return `${s.exported ? "export " : ""}class ${s.name}${s.base ? ` extends ${calleeText(s.base)}` : ""} {\n${s.members.map(printMember).join("\n")}\n}`;
    case "import": return `import { ${s.names.join(", ")} } from ${quote(s.from)};`;
    case "comment": return `// ${s.text}`;
  }
}

function printMember(m: ClassMember): string {
  switch (m.k) {
    case "field":
      return `${m.declare ? "declare " : ""}${m.static ? "static " : ""}${memberKey(m.name)}${m.type ? `: ${m.type}` : ""}${m.init ? ` = ${printExpr(m.init)}` : ""};`;
    case "method": {
      const mods = `${m.static ? "static " : ""}${m.override ? "override " : ""}${m.async ? "async " : ""}${m.kind ? m.kind + " " : ""}${m.generator ? "*" : ""}`;
      return `${mods}${memberKey(m.name)}(${printParams(m.params)})${m.ret ? `: ${m.ret}` : ""} ${block(m.body)}`;
    }
    case "ctor": return `constructor(${printParams(m.params)}) ${block(m.body)}`;
    case "static-block": return `static ${block(m.body)}`;
  }
}
