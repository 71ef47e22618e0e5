/**
 * Operator tables: token names to CPython operator nodes, and the precedence levels that the
 * flattened `bitwise_or` grammar rule leaves to the AST builder.
 */
import type { CmpOperator, Operator } from "../../ast/nodes.js";

export const BINARY_OPERATOR: Readonly<Record<string, Operator>> = {
  VBAR: "BitOr", CIRCUMFLEX: "BitXor", AMPER: "BitAnd", LEFTSHIFT: "LShift", RIGHTSHIFT: "RShift",
  PLUS: "Add", MINUS: "Sub", STAR: "Mult", SLASH: "Div", DOUBLESLASH: "FloorDiv", PERCENT: "Mod", AT: "MatMult",
};

/** Binding strength: bitwise_or < bitwise_xor < bitwise_and < shift_expr < sum < term. */
export const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  VBAR: 1, CIRCUMFLEX: 2, AMPER: 3, LEFTSHIFT: 4, RIGHTSHIFT: 4,
  PLUS: 5, MINUS: 5, STAR: 6, SLASH: 6, DOUBLESLASH: 6, PERCENT: 6, AT: 6,
};

export const AUGMENTED_OPERATOR: Readonly<Record<string, Operator>> = {
  PLUSEQUAL: "Add", MINEQUAL: "Sub", STAREQUAL: "Mult", ATEQUAL: "MatMult", SLASHEQUAL: "Div",
  PERCENTEQUAL: "Mod", AMPEREQUAL: "BitAnd", VBAREQUAL: "BitOr", CIRCUMFLEXEQUAL: "BitXor",
  LEFTSHIFTEQUAL: "LShift", RIGHTSHIFTEQUAL: "RShift", DOUBLESTAREQUAL: "Pow", DOUBLESLASHEQUAL: "FloorDiv",
};

export const COMPARE_OPERATOR: Readonly<Record<string, CmpOperator>> = {
  EQEQUAL: "Eq", NOTEQUAL: "NotEq", LESS: "Lt", LESSEQUAL: "LtE", GREATER: "Gt", GREATEREQUAL: "GtE", KW_in: "In",
};
