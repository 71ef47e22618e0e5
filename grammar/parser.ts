/**
 * The Python 3.11 grammar as a pure Chevrotain CstParser (no embedded actions).
 *
 * Rule names follow CPython's Grammar/python.gram; each rule quotes the production it stands
 * for. CPython's grammar is PEG; this one is LL(k), so where CPython backtracks this grammar
 * parses the general form and the CST→AST visitor (src/parse/cst-to-ast) converts and checks it,
 * as CPython's old LL(1) parser did:
 *  - assignment targets, `del` targets and annotated targets are parsed as `star_expressions`
 *    and turned into Store/Del targets (with CPython's "cannot assign to ..." errors) later;
 *  - `NAME ':=' expr` and `NAME '=' expr` (keyword arguments) are parsed as an expression
 *    followed by an optional `:=` / `=` part;
 *  - tuples, groups and generator expressions in parentheses share one rule, as do lists and
 *    list comprehensions, and dicts, sets and their comprehensions;
 *  - parameters are parsed as a flat list of items whose order is checked later;
 *  - for speed (each rule invocation makes a CST node), `disjunction` down to `term` are one
 *    operator chain, and `factor` down to `atom` one rule; the visitor applies precedence.
 *    Rule bodies are also inlined into their callers through private DSL helpers (a helper
 *    is not a rule, so it makes no node): the first factor of a chain, the body of
 *    `expression` in named_expression and argument, star_expression in its sequences,
 *    compound_stmt and simple_stmts in statement, the first simple_stmt in simple_stmts,
 *    annotated_rhs and the assignment in simple_stmt. A helper used twice in one rule takes
 *    the DSL occurrence index as a parameter (`this.or(idx, ...)`, `this.subrule(idx, ...)`);
 *    each helper documents the indices it uses, which the rules around it leave free.
 * See docs/parser-notes.md.
 * Soft keywords (`match`, `case`, `_`) are NAME tokens: a `match` statement is recognised by
 * looking ahead for a line that ends with ':' (see isMatchStatementAhead).
 *
 * `grammar/` depends on chevrotain alone and reports problems as Chevrotain's own errors.
 */
import { CstParser, type CstNode, EOF, type IOrAlt, type IToken, type OrMethodOpts, type TokenType } from "chevrotain";
import { TableLookaheadStrategy } from "./lookahead.js";
import * as T from "./tokens.js";

/** Operators of the flattened `bitwise_or` rule (every binary operator except `**`). */
const BINARY_OPERATORS: readonly TokenType[] = [
  T.VBAR, T.CIRCUMFLEX, T.AMPER, T.LEFTSHIFT, T.RIGHTSHIFT, T.PLUS, T.MINUS,
  T.STAR, T.SLASH, T.DOUBLESLASH, T.PERCENT, T.AT,
];
const AUGASSIGN_OPERATORS: readonly TokenType[] = [
  T.PLUSEQUAL, T.MINEQUAL, T.STAREQUAL, T.ATEQUAL, T.SLASHEQUAL, T.PERCENTEQUAL, T.AMPEREQUAL,
  T.VBAREQUAL, T.CIRCUMFLEXEQUAL, T.LEFTSHIFTEQUAL, T.RIGHTSHIFTEQUAL, T.DOUBLESTAREQUAL,
  T.DOUBLESLASHEQUAL,
];
const COMPARE_OPERATORS: readonly TokenType[] = [
  T.EQEQUAL, T.NOTEQUAL, T.LESSEQUAL, T.LESS, T.GREATEREQUAL, T.GREATER, T.KW_in,
];

// Labels, made once: the rules run for every token, an options literal would be allocated each time.
const ANNOTATED_RHS = { LABEL: "annotated_rhs" };
const ANNOTATION = { LABEL: "annotation" };
const ELEMENT = { LABEL: "element" };
const STARRED = { LABEL: "starred" };
const VALUE = { LABEL: "value" };
const KEYWORD_VALUE = { LABEL: "keyword_value" };
const TEST = { LABEL: "test" };
const ORELSE = { LABEL: "orelse" };
const NOT = { LABEL: "not" };
const OP = { LABEL: "op" };
const CMP = { LABEL: "cmp" };
const BOOL = { LABEL: "bool" };
const SIGN = { LABEL: "sign" };
const NAME = { LABEL: "name" };
const CONSTANT = { LABEL: "constant" };
const ATTR = { LABEL: "attr" };
const POW = { LABEL: "pow" };
const EXPONENT = { LABEL: "exponent" };
const EMPTY_CALL = { LABEL: "empty_call" };
const CALL_COMMA = { LABEL: "call_comma" };
const CALL_TRAILING_COMMA = { LABEL: "call_trailing_comma" };

/** The children of a CST node: an object with no inherited properties (see cstInvocationStateUpdate). */
const CstChildren = function CstChildren(this: object): void {} as unknown as new () => object;
CstChildren.prototype = Object.create(null) as object;

/**
 * Parse synchronously only: one instance is built once (construction and performSelfAnalysis
 * are expensive) and reused for every parse by setting `input`. Reuse is safe because a parse
 * runs to completion without yielding, so two parses never interleave on the instance (f-string
 * fields, parsed while a file is read statement by statement, use a second instance).
 */
export class PythonParser extends CstParser {
  constructor() {
    super(T.allTokens as TokenType[], {
      maxLookahead: 3,
      lookaheadStrategy: new TableLookaheadStrategy({ maxLookahead: 3 }),
      recoveryEnabled: false,
      nodeLocationTracking: "none",
    });
    this.performSelfAnalysis();
  }

  /** True while a file is read one top-level statement at a time (see startStatements). */
  private statementAtATime = false;

  /**
   * Start reading `tokens` one top-level statement at a time with nextStatement(), so that the
   * caller can turn each statement's CST into AST and drop it before the next one is parsed:
   * far less memory held at once, and far less garbage-collection work, than one CST per file.
   */
  public startStatements(tokens: IToken[]): void {
    this.input = tokens;
    this.statementAtATime = true;
  }

  /** Leave statement-at-a-time mode (also after a parse abandoned half-way). */
  public endStatements(): void {
    this.statementAtATime = false;
  }

  /** The next top-level statement's CST, or null at the end of the input; check `errors` after each call. */
  public nextStatement(): CstNode | null {
    if (this.LA(1).tokenType === EOF) {
      this.statementAtATime = false;
      return null;
    }
    return this.statement();
  }

  /** Offset of the next token (where the next statement starts), or -1 at the end. */
  public nextOffset(): number {
    const token = this.LA(1);
    return token.tokenType === EOF ? -1 : token.startOffset;
  }

  /**
   * Chevrotain's hook after a rule invoked from outside: it reports unparsed input and removes
   * the EOF sentinels it added. Between statements read one at a time, input is left on purpose.
   */
  protected onAfterParse(ruleName: string): void {
    if (!this.statementAtATime) {
      (CstParser.prototype as unknown as { onAfterParse(this: CstParser, name: string): void }).onAfterParse.call(this, ruleName);
      return;
    }
    const tokens = this.input;
    while (tokens.length > 0 && tokens[tokens.length - 1]!.tokenType === EOF) tokens.pop();
  }

  /**
   * Chevrotain's hook at the start of each rule invocation, which pushes the rule's new CST
   * node. Chevrotain makes `children` with `Object.create(null)`, a dictionary-mode object in
   * V8: every key added by the parser and read by the builder is then a hash-table operation.
   * Children made by a constructor whose prototype has no properties keep the same guarantee
   * (no inherited keys) with fast, hidden-class properties. (Chevrotain's version also sets the
   * node's location, which is a no-op with nodeLocationTracking "none".)
   */
  protected cstInvocationStateUpdate(fullRuleName: string): void {
    (this as unknown as { CST_STACK: CstNode[] }).CST_STACK.push({ name: fullRuleName, children: new CstChildren() as CstNode["children"] });
  }

  /** A `match` statement: NAME "match" at statement start and a logical line ending in ':'. */
  private isMatchStatementAhead(): boolean {
    const first = this.LA(1);
    if (first.tokenType !== T.NAME || first.image !== "match") return false;
    let previous: IToken = first;
    for (let i = 2; ; i++) {
      const token = this.LA(i);
      const type = token.tokenType;
      if (type === T.NEWLINE || type === EOF) return i > 3 && previous.tokenType === T.COLON;
      if (i === 2 && (type === T.EQUAL || type === T.DOT || type === T.COLON || type === T.COMMA || type === T.SEMI)) return false;
      previous = token;
    }
  }

  /** `with (` ... `) :` where the parenthesis closes right before the ':' (parenthesized with-items). */
  private isParenthesizedWithItemsAhead(): boolean {
    if (this.LA(1).tokenType !== T.LPAR) return false;
    let depth = 0;
    for (let i = 1; ; i++) {
      const type = this.LA(i).tokenType;
      if (type === T.LPAR || type === T.LSQB || type === T.LBRACE) depth++;
      else if (type === T.RPAR || type === T.RSQB || type === T.RBRACE) {
        depth--;
        if (depth === 0) return this.LA(i + 1).tokenType === T.COLON && this.hasTopLevelAsOrComma(i);
      } else if (type === T.NEWLINE || type === EOF) return false;
    }
  }

  /** Between LA(2) and LA(close - 1): a depth-1 `as` or `,` (otherwise `(expr):` is an ordinary group). */
  private hasTopLevelAsOrComma(close: number): boolean {
    let depth = 0;
    for (let i = 2; i < close; i++) {
      const type = this.LA(i).tokenType;
      if (type === T.LPAR || type === T.LSQB || type === T.LBRACE) depth++;
      else if (type === T.RPAR || type === T.RSQB || type === T.RBRACE) depth--;
      else if (depth === 0 && (type === T.KW_as || type === T.COMMA)) return true;
    }
    return false;
  }

  // ================================================================ statements

  /** file: [statements] ENDMARKER */
  public file = this.RULE("file", () => {
    this.MANY(() => this.SUBRULE(this.statement));
  });

  /**
   * statement: compound_stmt | simple_stmts
   * compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
   *     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt
   *     | match_stmt
   * Both inlined (one CST node fewer per statement, two fewer per simple statement line).
   */
  public statement = this.RULE("statement", () => {
    this.OR(this.statementAlternatives);
  });

  /*
   * Hot rules take their OR alternatives and their MANY / OPTION actions from fields like this
   * one, built once per parser: written inline, each call of the rule would allocate every
   * alternative object and closure again (Chevrotain's "caching arrays of alternatives").
   */
  private readonly statementAlternatives: OrMethodOpts<unknown> = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { GATE: () => this.isMatchStatementAhead(), ALT: () => this.SUBRULE(this.match_stmt) },
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => this.SUBRULE(this.function_def_raw) },
      { ALT: () => this.SUBRULE(this.if_stmt) },
      { ALT: () => this.SUBRULE(this.class_def_raw) },
      { ALT: () => this.SUBRULE(this.with_stmt) },
      { ALT: () => this.SUBRULE(this.for_stmt) },
      { ALT: () => this.SUBRULE(this.try_stmt) },
      { ALT: () => this.SUBRULE(this.while_stmt) },
      { ALT: () => this.SUBRULE(this.async_stmt) },
      { ALT: () => this.simpleStatements() },
    ],
  };

  /** fstring: star_expressions   (the text of an f-string field, wrapped in parentheses) */
  public fstring = this.RULE("fstring", () => {
    this.SUBRULE(this.star_expressions);
    this.OPTION(() => this.CONSUME(T.NEWLINE));
  });

  /** simple_stmts: ';'.simple_stmt+ [';'] NEWLINE   (a block on the line of its header) */
  public simple_stmts = this.RULE("simple_stmts", () => {
    this.simpleStatements();
  });

  /**
   * The body of simple_stmts, also inlined in `statement`: the first simple_stmt is inlined too,
   * the ones after a ';' are simple_stmt nodes.
   */
  private simpleStatements(): void {
    this.simpleStatement();
    this.MANY5(this.nextSimpleStatement);
    this.OPTION5(this.trailingSemicolon);
    this.CONSUME5(T.NEWLINE);
  }

  private readonly nextSimpleStatement = (): void => {
    this.CONSUME5(T.SEMI);
    this.SUBRULE5(this.simple_stmt);
  };

  private readonly trailingSemicolon = (): void => {
    this.CONSUME6(T.SEMI);
  };

  /**
   * simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
   *   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
   */
  public simple_stmt = this.RULE("simple_stmt", () => {
    this.simpleStatement();
  });

  private simpleStatement(): void {
    this.OR6(this.simpleStatementAlternatives);
  }

  private readonly simpleStatementAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.expressionStatement() },
    { ALT: () => this.SUBRULE6(this.return_stmt) },
    { ALT: () => this.SUBRULE6(this.import_name) },
    { ALT: () => this.SUBRULE6(this.import_from) },
    { ALT: () => this.SUBRULE6(this.raise_stmt) },
    { ALT: () => this.CONSUME6(T.KW_pass) },
    { ALT: () => this.SUBRULE6(this.del_stmt) },
    { ALT: () => this.SUBRULE6(this.assert_stmt) },
    { ALT: () => this.CONSUME6(T.KW_break) },
    { ALT: () => this.CONSUME6(T.KW_continue) },
    { ALT: () => this.SUBRULE6(this.global_stmt) },
    { ALT: () => this.SUBRULE6(this.nonlocal_stmt) },
  ];

  /**
   * assignment:
   *     | NAME ':' expression ['=' annotated_rhs ]
   *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
   *     | (star_targets '=' )+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
   *     | single_target augassign ~ (yield_expr | star_expressions)
   * star_expressions (as a statement) and yield_stmt: yield_expr
   * All parsed as annotated_rhs followed by the assignment's tail; targets are checked later.
   * Inlined in simple_stmt; each annotated_rhs (yield_expr | star_expressions) is labelled
   * "annotated_rhs" (the builder tells them by node name).
   */
  private expressionStatement(): void {
    this.or(11, this.annotatedRhs[11]!);
    this.OPTION7(this.assignmentTail);
  }

  private readonly assignmentTail = (): void => {
    this.OR7(this.assignmentTailAlternatives);
  };

  private readonly assignmentTailAlternatives: IOrAlt<unknown>[] = [
    {
      ALT: () => {
        this.CONSUME7(T.COLON);
        this.SUBRULE7(this.expression, ANNOTATION);
        this.OPTION8(this.annotatedValue);
      },
    },
    {
      ALT: () => {
        this.SUBRULE7(this.augassign);
        this.or(13, this.annotatedRhs[13]!);
      },
    },
    { ALT: () => this.AT_LEAST_ONE7(this.assignedValue) },
  ];

  private readonly annotatedValue = (): void => {
    this.CONSUME7(T.EQUAL);
    this.or(12, this.annotatedRhs[12]!);
  };

  private readonly assignedValue = (): void => {
    this.CONSUME8(T.EQUAL);
    this.or(14, this.annotatedRhs[14]!);
  };

  /**
   * annotated_rhs: yield_expr | star_expressions   (inlined; the alternatives for DSL index i,
   * 11 to 14, are annotatedRhs[i])
   */
  private readonly annotatedRhs: IOrAlt<unknown>[][] = Array.from({ length: 15 }, (_, idx) => [
    { ALT: () => this.subrule(idx, this.yield_expr, ANNOTATED_RHS) },
    { ALT: () => this.subrule(idx, this.star_expressions, ANNOTATED_RHS) },
  ]);

  /** augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//=' */
  public augassign = this.RULE("augassign", () => {
    this.OR(AUGASSIGN_OPERATORS.map((type) => ({ ALT: () => this.CONSUME(type, { LABEL: "op" }) })));
  });

  /** return_stmt: 'return' [star_expressions] */
  public return_stmt = this.RULE("return_stmt", () => {
    this.CONSUME(T.KW_return);
    this.OPTION(() => this.SUBRULE(this.star_expressions));
  });

  /** raise_stmt: 'raise' expression ['from' expression ] | 'raise' */
  public raise_stmt = this.RULE("raise_stmt", () => {
    this.CONSUME(T.KW_raise);
    this.OPTION(() => {
      this.SUBRULE1(this.expression, { LABEL: "exc" });
      this.OPTION1(() => {
        this.CONSUME(T.KW_from);
        this.SUBRULE2(this.expression, { LABEL: "cause" });
      });
    });
  });

  /** global_stmt: 'global' ','.NAME+ */
  public global_stmt = this.RULE("global_stmt", () => {
    this.CONSUME(T.KW_global);
    this.AT_LEAST_ONE_SEP({ SEP: T.COMMA, DEF: () => this.CONSUME(T.NAME) });
  });

  /** nonlocal_stmt: 'nonlocal' ','.NAME+ */
  public nonlocal_stmt = this.RULE("nonlocal_stmt", () => {
    this.CONSUME(T.KW_nonlocal);
    this.AT_LEAST_ONE_SEP({ SEP: T.COMMA, DEF: () => this.CONSUME(T.NAME) });
  });

  /** del_stmt: 'del' del_targets &(';' | NEWLINE)   (del_targets parsed as star_expressions, checked later) */
  public del_stmt = this.RULE("del_stmt", () => {
    this.CONSUME(T.KW_del);
    this.SUBRULE(this.star_expressions);
  });

  /** assert_stmt: 'assert' expression [',' expression ] */
  public assert_stmt = this.RULE("assert_stmt", () => {
    this.CONSUME(T.KW_assert);
    this.SUBRULE1(this.expression, { LABEL: "test" });
    this.OPTION(() => {
      this.CONSUME(T.COMMA);
      this.SUBRULE2(this.expression, { LABEL: "msg" });
    });
  });

  /** import_name: 'import' dotted_as_names;  dotted_as_names: ','.dotted_as_name+ */
  public import_name = this.RULE("import_name", () => {
    this.CONSUME(T.KW_import);
    this.AT_LEAST_ONE_SEP({ SEP: T.COMMA, DEF: () => this.SUBRULE(this.dotted_as_name) });
  });

  /** dotted_as_name: dotted_name ['as' NAME ] */
  public dotted_as_name = this.RULE("dotted_as_name", () => {
    this.SUBRULE(this.dotted_name);
    this.OPTION(() => {
      this.CONSUME(T.KW_as);
      this.CONSUME(T.NAME, { LABEL: "asname" });
    });
  });

  /** dotted_name: dotted_name '.' NAME | NAME */
  public dotted_name = this.RULE("dotted_name", () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.DOT, DEF: () => this.CONSUME(T.NAME) });
  });

  /**
   * import_from:
   *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
   *     | 'from' ('.' | '...')+ 'import' import_from_targets
   */
  public import_from = this.RULE("import_from", () => {
    this.CONSUME(T.KW_from);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.DOT, { LABEL: "dots" }) },
        { ALT: () => this.CONSUME(T.ELLIPSIS, { LABEL: "dots" }) },
      ]);
    });
    this.OPTION(() => this.SUBRULE(this.dotted_name));
    this.CONSUME(T.KW_import);
    this.SUBRULE(this.import_from_targets);
  });

  /**
   * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
   * import_from_as_names: ','.import_from_as_name+
   */
  public import_from_targets = this.RULE("import_from_targets", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LPAR);
          this.SUBRULE1(this.import_from_as_name);
          this.MANY(() => {
            this.CONSUME1(T.COMMA);
            this.SUBRULE2(this.import_from_as_name);
          });
          this.OPTION(() => this.CONSUME2(T.COMMA));
          this.CONSUME(T.RPAR);
        },
      },
      {
        ALT: () => {
          this.SUBRULE3(this.import_from_as_name);
          this.MANY2(() => {
            this.CONSUME3(T.COMMA);
            this.SUBRULE4(this.import_from_as_name);
          });
        },
      },
      { ALT: () => this.CONSUME(T.STAR) },
    ]);
  });

  /** import_from_as_name: NAME ['as' NAME ] */
  public import_from_as_name = this.RULE("import_from_as_name", () => {
    this.CONSUME1(T.NAME);
    this.OPTION(() => {
      this.CONSUME(T.KW_as);
      this.CONSUME2(T.NAME, { LABEL: "asname" });
    });
  });

  // ---------------------------------------------------------------- compound statements

  /** function_def: decorators function_def_raw;  class_def: decorators class_def_raw;  decorators: ('@' f=named_expression NEWLINE)+ */
  public decorated = this.RULE("decorated", () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.decorator));
    this.OR([
      { ALT: () => this.SUBRULE(this.function_def_raw) },
      { ALT: () => this.SUBRULE(this.class_def_raw) },
      { ALT: () => this.SUBRULE(this.async_stmt) },
    ]);
  });

  /** '@' named_expression NEWLINE */
  public decorator = this.RULE("decorator", () => {
    this.CONSUME(T.AT);
    this.SUBRULE(this.named_expression);
    this.CONSUME(T.NEWLINE);
  });

  /** ASYNC function_def_raw | ASYNC with_stmt | ASYNC for_stmt */
  public async_stmt = this.RULE("async_stmt", () => {
    this.CONSUME(T.KW_async);
    this.OR([
      { ALT: () => this.SUBRULE(this.function_def_raw) },
      { ALT: () => this.SUBRULE(this.with_stmt) },
      { ALT: () => this.SUBRULE(this.for_stmt) },
    ]);
  });

  /** function_def_raw: 'def' NAME '(' [params] ')' ['->' expression ] ':' [func_type_comment] block */
  public function_def_raw = this.RULE("function_def_raw", () => {
    this.CONSUME(T.KW_def);
    this.CONSUME(T.NAME);
    this.CONSUME(T.LPAR);
    this.OPTION(() => this.SUBRULE(this.params));
    this.CONSUME(T.RPAR);
    this.OPTION1(() => {
      this.CONSUME(T.RARROW);
      this.SUBRULE(this.expression, { LABEL: "returns" });
    });
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
  });

  /**
   * params: parameters;  parameters: slash_no_default param_no_default* param_with_default* [star_etc] | ...
   * Parsed as a flat ','-separated list of param items; their order is checked by the visitor.
   */
  public params = this.RULE("params", () => {
    this.SUBRULE1(this.param_item);
    this.MANY(() => {
      this.CONSUME1(T.COMMA);
      this.SUBRULE2(this.param_item);
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
  });

  /**
   * One of: '/' | '*' [NAME [':' star_expression]] | '**' NAME [annotation] | NAME [annotation] [default]
   * (param: NAME annotation?;  star_annotation: ':' star_expression;  default: '=' expression)
   */
  public param_item = this.RULE("param_item", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.SLASH) },
      {
        ALT: () => {
          this.CONSUME(T.STAR);
          this.OPTION(() => {
            this.CONSUME1(T.NAME);
            this.OPTION1(() => {
              this.CONSUME1(T.COLON);
              this.SUBRULE(this.star_expression, { LABEL: "star_annotation" });
            });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.DOUBLESTAR);
          this.CONSUME2(T.NAME);
          this.OPTION2(() => {
            this.CONSUME2(T.COLON);
            this.SUBRULE1(this.expression, { LABEL: "annotation" });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME3(T.NAME);
          this.OPTION3(() => {
            this.CONSUME3(T.COLON);
            this.SUBRULE2(this.expression, { LABEL: "annotation" });
          });
          this.OPTION4(() => {
            this.CONSUME(T.EQUAL);
            this.SUBRULE3(this.expression, { LABEL: "default" });
          });
        },
      },
    ]);
  });

  /** if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block] */
  public if_stmt = this.RULE("if_stmt", () => {
    this.CONSUME(T.KW_if);
    this.SUBRULE(this.named_expression);
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
    this.MANY(() => this.SUBRULE(this.elif_stmt));
    this.OPTION(() => this.SUBRULE(this.else_block));
  });

  /** elif_stmt: 'elif' named_expression ':' block elif_stmt | 'elif' named_expression ':' block [else_block] */
  public elif_stmt = this.RULE("elif_stmt", () => {
    this.CONSUME(T.KW_elif);
    this.SUBRULE(this.named_expression);
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
  });

  /** else_block: 'else' &&':' block */
  public else_block = this.RULE("else_block", () => {
    this.CONSUME(T.KW_else);
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
  });

  /** while_stmt: 'while' named_expression ':' block [else_block] */
  public while_stmt = this.RULE("while_stmt", () => {
    this.CONSUME(T.KW_while);
    this.SUBRULE(this.named_expression);
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
    this.OPTION(() => this.SUBRULE(this.else_block));
  });

  /** for_stmt: 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] */
  public for_stmt = this.RULE("for_stmt", () => {
    this.CONSUME(T.KW_for);
    this.SUBRULE(this.star_targets);
    this.CONSUME(T.KW_in);
    this.SUBRULE(this.star_expressions);
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
    this.OPTION(() => this.SUBRULE(this.else_block));
  });

  /**
   * with_stmt:
   *     | 'with' '(' ','.with_item+ ','? ')' ':' block
   *     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
   */
  public with_stmt = this.RULE("with_stmt", () => {
    this.CONSUME(T.KW_with);
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isParenthesizedWithItemsAhead(),
          ALT: () => {
            this.CONSUME(T.LPAR);
            this.SUBRULE1(this.with_item);
            this.MANY(() => {
              this.CONSUME1(T.COMMA);
              this.SUBRULE2(this.with_item);
            });
            this.OPTION(() => this.CONSUME2(T.COMMA));
            this.CONSUME(T.RPAR);
          },
        },
        {
          ALT: () => {
            this.AT_LEAST_ONE_SEP({ SEP: T.COMMA, DEF: () => this.SUBRULE3(this.with_item) });
          },
        },
      ],
    });
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
  });

  /** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
  public with_item = this.RULE("with_item", () => {
    this.SUBRULE(this.expression);
    this.OPTION(() => {
      this.CONSUME(T.KW_as);
      this.SUBRULE(this.star_target);
    });
  });

  /**
   * try_stmt: 'try' &&':' block finally_block | 'try' &&':' block except_block+ [else_block] [finally_block]
   *     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
   */
  public try_stmt = this.RULE("try_stmt", () => {
    this.CONSUME(T.KW_try);
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
    this.OR([
      { ALT: () => this.SUBRULE1(this.finally_block) },
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => this.SUBRULE(this.except_block));
          this.OPTION(() => this.SUBRULE(this.else_block));
          this.OPTION1(() => this.SUBRULE2(this.finally_block));
        },
      },
    ]);
  });

  /**
   * except_block: 'except' expression ['as' NAME ] ':' block | 'except' ':' block
   * except_star_block: 'except' '*' expression ['as' NAME ] ':' block
   */
  public except_block = this.RULE("except_block", () => {
    this.CONSUME(T.KW_except);
    this.OPTION(() => this.CONSUME(T.STAR));
    this.OPTION1(() => {
      this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.KW_as);
        this.CONSUME(T.NAME);
      });
    });
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
  });

  /** finally_block: 'finally' &&':' block */
  public finally_block = this.RULE("finally_block", () => {
    this.CONSUME(T.KW_finally);
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
  });

  /** class_def_raw: 'class' NAME ['(' [arguments] ')' ] ':' block */
  public class_def_raw = this.RULE("class_def_raw", () => {
    this.CONSUME(T.KW_class);
    this.CONSUME(T.NAME);
    this.OPTION(() => {
      this.CONSUME(T.LPAR);
      this.SUBRULE(this.arguments);
      this.CONSUME(T.RPAR);
    });
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
  });

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
  public block = this.RULE("block", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.NEWLINE);
          this.CONSUME(T.INDENT);
          this.AT_LEAST_ONE(() => this.SUBRULE(this.statement));
          this.CONSUME(T.DEDENT);
        },
      },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  // ---------------------------------------------------------------- match statement

  /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
  public match_stmt = this.RULE("match_stmt", () => {
    this.CONSUME(T.NAME, { LABEL: "soft_keyword" });
    this.SUBRULE(this.subject_expr);
    this.CONSUME(T.COLON);
    this.CONSUME(T.NEWLINE);
    this.CONSUME(T.INDENT);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.case_block));
    this.CONSUME(T.DEDENT);
  });

  /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
  public subject_expr = this.RULE("subject_expr", () => {
    this.SUBRULE1(this.star_named_expression);
    this.MANY(() => {
      this.CONSUME1(T.COMMA);
      this.SUBRULE2(this.star_named_expression);
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
  });

  /** case_block: "case" patterns guard? ':' block;  guard: 'if' named_expression */
  public case_block = this.RULE("case_block", () => {
    this.CONSUME(T.NAME, { LABEL: "soft_keyword" });
    this.SUBRULE(this.patterns);
    this.OPTION(() => {
      this.CONSUME(T.KW_if);
      this.SUBRULE(this.named_expression, { LABEL: "guard" });
    });
    this.CONSUME(T.COLON);
    this.SUBRULE(this.block);
  });

  /** patterns: open_sequence_pattern | pattern;  open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
  public patterns = this.RULE("patterns", () => {
    this.SUBRULE1(this.maybe_star_pattern);
    this.MANY(() => {
      this.CONSUME1(T.COMMA);
      this.SUBRULE2(this.maybe_star_pattern);
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
  });

  /** maybe_star_pattern: star_pattern | pattern;  star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
  public maybe_star_pattern = this.RULE("maybe_star_pattern", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.STAR);
          this.CONSUME(T.NAME);
        },
      },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]);
  });

  /** pattern: as_pattern | or_pattern;  as_pattern: or_pattern 'as' pattern_capture_target */
  public pattern = this.RULE("pattern", () => {
    this.SUBRULE(this.or_pattern);
    this.OPTION(() => {
      this.CONSUME(T.KW_as);
      this.CONSUME(T.NAME);
    });
  });

  /** or_pattern: '|'.closed_pattern+ */
  public or_pattern = this.RULE("or_pattern", () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.VBAR, DEF: () => this.SUBRULE(this.closed_pattern) });
  });

  /**
   * closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
   *     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
   */
  public closed_pattern = this.RULE("closed_pattern", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.signed_number) },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => this.CONSUME(T.KW_None, { LABEL: "singleton" }) },
      { ALT: () => this.CONSUME(T.KW_True, { LABEL: "singleton" }) },
      { ALT: () => this.CONSUME(T.KW_False, { LABEL: "singleton" }) },
      { ALT: () => this.SUBRULE(this.name_or_class_pattern) },
      { ALT: () => this.SUBRULE(this.group_or_sequence_pattern) },
      { ALT: () => this.SUBRULE(this.mapping_pattern) },
    ]);
  });

  /**
   * signed_number: NUMBER | '-' NUMBER;  complex_number: signed_real_number ('+' | '-') imaginary_number
   */
  public signed_number = this.RULE("signed_number", () => {
    this.OPTION(() => this.CONSUME(T.MINUS, { LABEL: "sign" }));
    this.CONSUME1(T.NUMBER);
    this.OPTION1(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.PLUS, { LABEL: "op" }) },
        { ALT: () => this.CONSUME1(T.MINUS, { LABEL: "op" }) },
      ]);
      this.CONSUME2(T.NUMBER, { LABEL: "imaginary" });
    });
  });

  /**
   * capture_pattern: pattern_capture_target;  wildcard_pattern: "_";  value_pattern: attr !('.' | '(' | '=')
   * class_pattern: name_or_attr '(' [pattern_arguments ','?] ')'
   */
  public name_or_class_pattern = this.RULE("name_or_class_pattern", () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.DOT, DEF: () => this.CONSUME(T.NAME) });
    this.OPTION(() => {
      this.CONSUME(T.LPAR);
      this.OPTION1(() => {
        this.SUBRULE1(this.class_pattern_arg);
        this.MANY(() => {
          this.CONSUME1(T.COMMA);
          this.SUBRULE2(this.class_pattern_arg);
        });
        this.OPTION2(() => this.CONSUME2(T.COMMA));
      });
      this.CONSUME(T.RPAR);
    });
  });

  /** positional_patterns: ','.pattern+;  keyword_pattern: NAME '=' pattern */
  public class_pattern_arg = this.RULE("class_pattern_arg", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.NAME, { LABEL: "keyword" });
          this.CONSUME(T.EQUAL);
          this.SUBRULE1(this.pattern);
        },
      },
      { ALT: () => this.SUBRULE2(this.pattern) },
    ]);
  });

  /** group_pattern: '(' pattern ')';  sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
  public group_or_sequence_pattern = this.RULE("group_or_sequence_pattern", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LPAR, { LABEL: "open" });
          this.OPTION(() => this.SUBRULE1(this.patterns));
          this.CONSUME(T.RPAR, { LABEL: "close" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LSQB, { LABEL: "open" });
          this.OPTION1(() => this.SUBRULE2(this.patterns));
          this.CONSUME(T.RSQB, { LABEL: "close" });
        },
      },
    ]);
  });

  /** mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}' | '{' items_pattern [',' double_star_pattern] ','? '}' */
  public mapping_pattern = this.RULE("mapping_pattern", () => {
    this.CONSUME(T.LBRACE);
    this.OPTION(() => {
      this.SUBRULE1(this.mapping_item);
      this.MANY(() => {
        this.CONSUME1(T.COMMA);
        this.SUBRULE2(this.mapping_item);
      });
      this.OPTION1(() => this.CONSUME2(T.COMMA));
    });
    this.CONSUME(T.RBRACE);
  });

  /** key_value_pattern: (literal_expr | attr) ':' pattern;  double_star_pattern: '**' pattern_capture_target */
  public mapping_item = this.RULE("mapping_item", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.DOUBLESTAR);
          this.CONSUME(T.NAME, { LABEL: "rest" });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.closed_pattern, { LABEL: "key" });
          this.CONSUME(T.COLON);
          this.SUBRULE(this.pattern);
        },
      },
    ]);
  });

  // ================================================================ expressions

  /**
   * star_expressions: star_expression (',' star_expression )+ [','] | star_expression ',' | star_expression
   * The first star_expression is inlined: a starred one is a bitwise_or labelled "starred" after
   * the first '*'; an expression's body is inlined (expressionBody). The others are labelled
   * "element" (starElement, DSL index 10).
   */
  public star_expressions = this.RULE("star_expressions", () => {
    this.OR3(this.firstStarExpressionAlternatives);
    this.MANY(this.nextStarExpression);
    this.OPTION(this.trailingComma);
  });

  private readonly firstStarExpressionAlternatives: IOrAlt<unknown>[] = [
    {
      ALT: () => {
        this.CONSUME(T.STAR);
        this.SUBRULE(this.bitwise_or, STARRED);
      },
    },
    { ALT: () => this.expressionBody() },
  ];

  private readonly nextStarExpression = (): void => {
    this.CONSUME1(T.COMMA);
    this.or(10, this.starExpressionAlternatives[10]!);
  };

  private readonly trailingComma = (): void => {
    this.CONSUME2(T.COMMA);
  };

  /** star_expression: '*' bitwise_or | expression   (a `*` parameter's annotation; inlined elsewhere) */
  public star_expression = this.RULE("star_expression", () => {
    this.or(1, this.starExpressionAlternatives[1]!);
  });

  /** star_named_expression: '*' bitwise_or | named_expression */
  public star_named_expression = this.RULE("star_named_expression", () => {
    this.or(1, this.starNamedExpressionAlternatives[1]!);
  });

  /**
   * `'*' bitwise_or | element` (star_expression, star_named_expression), inlined in the sequences
   * that hold them: each element, starred or not, is labelled "element" (so they stay in source
   * order), a starred one is a bitwise_or node, and the n-th of those follows the n-th '*'. The
   * alternatives for DSL index i (1, 2 or 10) are `starElementAlternatives(element)[i]`.
   */
  private starElementAlternatives(element: () => typeof this.expression): IOrAlt<unknown>[][] {
    return Array.from({ length: 11 }, (_, idx) => [
      {
        ALT: () => {
          this.consume(idx, T.STAR);
          this.subrule(idx, this.bitwise_or, ELEMENT);
        },
      },
      { ALT: () => this.subrule(idx, element(), ELEMENT) },
    ]);
  }

  private readonly starExpressionAlternatives = this.starElementAlternatives(() => this.expression);
  private readonly starNamedExpressionAlternatives = this.starElementAlternatives(() => this.named_expression);

  /** named_expression: assignment_expression | expression !':=';  assignment_expression: NAME ':=' ~ expression */
  public named_expression = this.RULE("named_expression", () => {
    this.expressionBody();
    this.OPTION(this.walrusValue);
  });

  /** `':=' expression` of a named_expression (DSL index 0). */
  private readonly walrusValue = (): void => {
    this.CONSUME(T.COLONEQUAL);
    this.SUBRULE(this.expression, VALUE);
  };

  /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
  public expression = this.RULE("expression", () => {
    this.expressionBody();
  });

  /**
   * The body of `expression`, inlined in named_expression, argument and star_expressions (one CST
   * node fewer per expression), with the first disjunction inlined as an operator chain. DSL
   * indices 4, plus those of operatorChain and factorBody.
   */
  private expressionBody(): void {
    this.OR4(this.expressionAlternatives);
  }

  private readonly expressionAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.SUBRULE4(this.lambdef) },
    {
      ALT: () => {
        this.operatorChain();
        this.OPTION4(this.conditional);
      },
    },
  ];

  private readonly conditional = (): void => {
    this.CONSUME4(T.KW_if);
    this.SUBRULE4(this.disjunction, TEST);
    this.CONSUME4(T.KW_else);
    this.SUBRULE4(this.expression, ORELSE);
  };

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  public yield_expr = this.RULE("yield_expr", () => {
    this.CONSUME(T.KW_yield);
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.KW_from);
            this.SUBRULE(this.expression);
          },
        },
        { ALT: () => this.SUBRULE(this.star_expressions) },
      ]);
    });
  });

  /** disjunction: conjunction ('or' conjunction )+ | conjunction   (as an operator chain) */
  public disjunction = this.RULE("disjunction", () => {
    this.operatorChain();
  });

  /**
   * disjunction, conjunction, inversion, comparison, bitwise_or, bitwise_xor, bitwise_and,
   * shift_expr, sum and term — flattened into one chain of factors joined by operators:
   *   ('not')* factor ((binary_op | compare_op | ('and' | 'or') ('not')*) factor)*
   *   compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
   * Operators are labelled "op" (binary), "cmp" (comparison), "bool" (and/or) and "not" (prefix);
   * the AST builder orders them by offset and applies CPython's precedence. The first factor is
   * inlined (factorBody), the others are factor nodes. DSL indices 1 to 3, 8 and 9.
   */
  private operatorChain(): void {
    this.MANY1(this.prefixNot);
    this.factorBody();
    this.MANY2(this.chainedOperand);
  }

  private readonly prefixNot = (): void => {
    this.CONSUME1(T.KW_not, NOT);
  };

  private readonly chainedOperand = (): void => {
    this.OR1(this.chainOperatorAlternatives);
    this.SUBRULE2(this.factor);
  };

  /** The operators of operatorChain (token DSL index 8). */
  private readonly chainOperatorAlternatives: IOrAlt<unknown>[] = [
    ...BINARY_OPERATORS.map((type) => ({ ALT: () => this.CONSUME8(type, OP) })),
    ...COMPARE_OPERATORS.map((type) => ({ ALT: () => this.CONSUME8(type, CMP) })),
    {
      ALT: () => {
        this.CONSUME2(T.KW_not, CMP);
        this.CONSUME1(T.KW_in, CMP);
      },
    },
    {
      ALT: () => {
        this.CONSUME8(T.KW_is, CMP);
        this.OPTION9(() => this.CONSUME3(T.KW_not, CMP));
      },
    },
    {
      ALT: () => {
        this.OR2([
          { ALT: () => this.CONSUME8(T.KW_and, BOOL) },
          { ALT: () => this.CONSUME8(T.KW_or, BOOL) },
        ]);
        this.MANY3(() => this.CONSUME4(T.KW_not, NOT));
      },
    },
  ];

  /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor ... down to term, flattened (operands of `*x` and `**x`) */
  public bitwise_or = this.RULE("bitwise_or", () => {
    this.factorBody();
    this.MANY(() => {
      this.OR(this.binaryOperatorAlternatives);
      this.SUBRULE2(this.factor);
    });
  });

  private readonly binaryOperatorAlternatives: IOrAlt<unknown>[] = BINARY_OPERATORS.map((type) => ({ ALT: () => this.CONSUME(type, OP) }));

  /**
   * factor: '+' factor | '-' factor | '~' factor | power
   * power: await_primary '**' factor | await_primary
   * await_primary: AWAIT primary | primary
   * primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
   * atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list | listcomp
   *     | dict | set | dictcomp | setcomp | '...'
   * strings: STRING+
   * All in one rule (fewer CST nodes); trailers are ordered by their opening token's offset.
   */
  public factor = this.RULE("factor", () => {
    this.factorBody();
  });

  /** The body of `factor`, also inlined as the first operand of chains. DSL indices 5 to 7. */
  private factorBody(): void {
    this.MANY5(this.sign);
    this.OPTION5(this.awaitKeyword);
    this.OR6(this.atomAlternatives);
    this.MANY6(this.trailer);
    this.OPTION6(this.power);
  }

  private readonly sign = (): void => {
    this.OR5(this.signAlternatives);
  };

  private readonly signAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.CONSUME5(T.PLUS, SIGN) },
    { ALT: () => this.CONSUME5(T.MINUS, SIGN) },
    { ALT: () => this.CONSUME5(T.TILDE, SIGN) },
  ];

  private readonly awaitKeyword = (): void => {
    this.CONSUME5(T.KW_await);
  };

  private readonly atomAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.CONSUME5(T.NAME, NAME) },
    { ALT: () => this.CONSUME5(T.NUMBER) },
    { ALT: () => this.AT_LEAST_ONE5(this.stringPart) },
    { ALT: () => this.CONSUME5(T.KW_None, CONSTANT) },
    { ALT: () => this.CONSUME5(T.KW_True, CONSTANT) },
    { ALT: () => this.CONSUME5(T.KW_False, CONSTANT) },
    { ALT: () => this.CONSUME5(T.ELLIPSIS, CONSTANT) },
    { ALT: () => this.SUBRULE5(this.tuple_group_genexp) },
    { ALT: () => this.SUBRULE5(this.list_listcomp) },
    { ALT: () => this.SUBRULE5(this.dict_set) },
  ];

  private readonly stringPart = (): void => {
    this.CONSUME5(T.STRING);
  };

  private readonly trailer = (): void => {
    this.OR7(this.trailerAlternatives);
  };

  private readonly trailerAlternatives: IOrAlt<unknown>[] = [
    {
      ALT: () => {
        this.CONSUME5(T.DOT);
        this.CONSUME6(T.NAME, ATTR);
      },
    },
    {
      ALT: () => {
        this.CONSUME5(T.LPAR);
        this.OR8(this.callAlternatives);
      },
    },
    {
      ALT: () => {
        this.CONSUME5(T.LSQB);
        this.SUBRULE5(this.slices);
        this.CONSUME5(T.RSQB);
      },
    },
  ];

  /**
   * A call's arguments, inlined (`arguments` is a node only in class_def_raw), DSL indices 5 to 8:
   * args [','] ')'. An empty call's ')' is labelled "empty_call"; between arguments a ',' is a
   * "call_comma", after the last one a "call_trailing_comma". The builder tells the calls of one
   * factor apart by these tokens' offsets.
   */
  private readonly callAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.CONSUME6(T.RPAR, EMPTY_CALL) },
    {
      ALT: () => {
        this.SUBRULE5(this.argument);
        this.MANY7(this.nextCallArgument);
        this.OPTION7(this.callTrailingComma);
        this.CONSUME5(T.RPAR);
      },
    },
  ];

  private readonly nextCallArgument = (): void => {
    this.CONSUME5(T.COMMA, CALL_COMMA);
    this.SUBRULE6(this.argument);
  };

  private readonly callTrailingComma = (): void => {
    this.CONSUME6(T.COMMA, CALL_TRAILING_COMMA);
  };

  private readonly power = (): void => {
    this.CONSUME5(T.DOUBLESTAR, POW);
    this.SUBRULE5(this.factor, EXPONENT);
  };

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  public slices = this.RULE("slices", () => {
    this.SUBRULE1(this.slice);
    this.MANY(() => {
      this.CONSUME1(T.COMMA);
      this.SUBRULE2(this.slice);
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
  });

  /** slice: [expression] ':' [expression] [':' [expression] ] | named_expression   (or starred_expression) */
  public slice = this.RULE("slice", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.STAR);
          this.SUBRULE(this.bitwise_or);
        },
      },
      { ALT: () => this.SUBRULE1(this.slice_tail) },
      {
        ALT: () => {
          this.SUBRULE(this.named_expression);
          this.OPTION(() => this.SUBRULE2(this.slice_tail));
        },
      },
    ]);
  });

  /** ':' [expression] [':' [expression] ] */
  public slice_tail = this.RULE("slice_tail", () => {
    this.CONSUME1(T.COLON);
    this.OPTION1(() => this.SUBRULE1(this.expression, { LABEL: "upper" }));
    this.OPTION2(() => {
      this.CONSUME2(T.COLON);
      this.OPTION3(() => this.SUBRULE2(this.expression, { LABEL: "step" }));
    });
  });

  /** strings: STRING+   (in patterns; an expression's strings are read by factor) */
  public strings = this.RULE("strings", () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.STRING));
  });

  /**
   * tuple: '(' [star_named_expression ',' [star_named_expressions] ] ')'
   * group: '(' (yield_expr | named_expression) ')'
   * genexp: '(' ( assignment_expression | expression !':=') for_if_clauses ')'
   */
  public tuple_group_genexp = this.RULE("tuple_group_genexp", () => {
    this.CONSUME(T.LPAR);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.yield_expr) },
        { ALT: () => this.SUBRULE(this.star_named_expressions) },
      ]);
    });
    this.CONSUME(T.RPAR);
  });

  /** list: '[' [star_named_expressions] ']';  listcomp: '[' named_expression for_if_clauses ']' */
  public list_listcomp = this.RULE("list_listcomp", () => {
    this.CONSUME(T.LSQB);
    this.OPTION(() => this.SUBRULE(this.star_named_expressions));
    this.CONSUME(T.RSQB);
  });

  /** star_named_expressions: ','.star_named_expression+ [','], or one element followed by for_if_clauses */
  public star_named_expressions = this.RULE("star_named_expressions", () => {
    this.or(1, this.starNamedExpressionAlternatives[1]!);
    this.OR(this.starNamedExpressionsTailAlternatives);
  });

  private readonly starNamedExpressionsTailAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.SUBRULE(this.for_if_clauses) },
    {
      ALT: () => {
        this.MANY(this.nextStarNamedExpression);
        this.OPTION(this.trailingComma);
      },
    },
  ];

  private readonly nextStarNamedExpression = (): void => {
    this.CONSUME1(T.COMMA);
    this.or(2, this.starNamedExpressionAlternatives[2]!);
  };

  /**
   * dict: '{' [double_starred_kvpairs] '}';  set: '{' star_named_expressions '}'
   * dictcomp: '{' kvpair for_if_clauses '}';  setcomp: '{' named_expression for_if_clauses '}'
   */
  public dict_set = this.RULE("dict_set", () => {
    this.CONSUME(T.LBRACE);
    this.OPTION(() => {
      this.SUBRULE1(this.dict_set_item);
      this.OR([
        { ALT: () => this.SUBRULE(this.for_if_clauses) },
        {
          ALT: () => {
            this.MANY(() => {
              this.CONSUME1(T.COMMA);
              this.SUBRULE2(this.dict_set_item);
            });
            this.OPTION1(() => this.CONSUME2(T.COMMA));
          },
        },
      ]);
    });
    this.CONSUME(T.RBRACE);
  });

  /** double_starred_kvpair: '**' bitwise_or | kvpair;  kvpair: expression ':' expression;  or a set element */
  public dict_set_item = this.RULE("dict_set_item", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.DOUBLESTAR);
          this.SUBRULE(this.bitwise_or);
        },
      },
      {
        ALT: () => {
          this.or(1, this.starNamedExpressionAlternatives[1]!);
          this.OPTION(() => {
            this.CONSUME(T.COLON);
            this.SUBRULE(this.expression, VALUE);
          });
        },
      },
    ]);
  });

  /** for_if_clauses: for_if_clause+ */
  public for_if_clauses = this.RULE("for_if_clauses", () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.for_if_clause));
  });

  /** for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction )* */
  public for_if_clause = this.RULE("for_if_clause", () => {
    this.OPTION(() => this.CONSUME(T.KW_async));
    this.CONSUME(T.KW_for);
    this.SUBRULE(this.star_targets);
    this.CONSUME(T.KW_in);
    this.SUBRULE1(this.disjunction, { LABEL: "iter" });
    this.MANY(() => {
      this.CONSUME(T.KW_if);
      this.SUBRULE2(this.disjunction, { LABEL: "ifs" });
    });
  });

  /** star_targets: star_target !',' | star_target (',' star_target )* [','] */
  public star_targets = this.RULE("star_targets", () => {
    this.SUBRULE1(this.star_target);
    this.MANY(() => {
      this.CONSUME1(T.COMMA);
      this.SUBRULE2(this.star_target);
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
  });

  /** star_target: '*' (!'*' star_target) | target_with_star_atom   (a factor, inlined, checked by the visitor) */
  public star_target = this.RULE("star_target", () => {
    this.OPTION(() => this.CONSUME(T.STAR));
    this.factorBody();
  });

  /**
   * arguments: args [','] &')'   (a class's bases; here also empty. Calls inline their arguments.)
   * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs ] | kwargs
   */
  public arguments = this.RULE("arguments", () => {
    this.OPTION1(this.argumentList);
  });

  private readonly argumentList = (): void => {
    this.SUBRULE1(this.argument);
    this.MANY(this.nextArgument);
    this.OPTION2(this.trailingComma);
  };

  private readonly nextArgument = (): void => {
    this.CONSUME1(T.COMMA);
    this.SUBRULE2(this.argument);
  };

  /**
   * starred_expression: '*' expression | kwarg_or_double_starred: NAME '=' expression | '**' expression
   * | a positional (genexp) argument: named_expression [for_if_clauses], its body inlined (the
   * builder reads an argument's children as a named_expression's).
   */
  public argument = this.RULE("argument", () => {
    this.OR(this.argumentAlternatives);
  });

  private readonly argumentAlternatives: IOrAlt<unknown>[] = [
    {
      ALT: () => {
        this.CONSUME(T.STAR);
        this.SUBRULE1(this.expression);
      },
    },
    {
      ALT: () => {
        this.CONSUME(T.DOUBLESTAR);
        this.SUBRULE2(this.expression);
      },
    },
    {
      ALT: () => {
        this.expressionBody();
        this.OPTION(this.walrusValue);
        this.OPTION1(this.keywordValueOrComprehension);
      },
    },
  ];

  private readonly keywordValueOrComprehension = (): void => {
    this.OR3(this.keywordValueOrComprehensionAlternatives);
  };

  private readonly keywordValueOrComprehensionAlternatives: IOrAlt<unknown>[] = [
    {
      ALT: () => {
        this.CONSUME(T.EQUAL);
        this.SUBRULE3(this.expression, KEYWORD_VALUE);
      },
    },
    { ALT: () => this.SUBRULE(this.for_if_clauses) },
  ];

  /** lambdef: 'lambda' [lambda_params] ':' expression */
  public lambdef = this.RULE("lambdef", () => {
    this.CONSUME(T.KW_lambda);
    this.OPTION(() => this.SUBRULE(this.lambda_params));
    this.CONSUME(T.COLON);
    this.SUBRULE(this.expression);
  });

  /** lambda_params: lambda_parameters (flat list of lambda_param_item, order checked by the visitor) */
  public lambda_params = this.RULE("lambda_params", () => {
    this.SUBRULE1(this.lambda_param_item);
    this.MANY(() => {
      this.CONSUME1(T.COMMA);
      this.SUBRULE2(this.lambda_param_item);
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
  });

  /** '/' | '*' [NAME] | '**' NAME | NAME ['=' expression] */
  public lambda_param_item = this.RULE("lambda_param_item", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.SLASH) },
      {
        ALT: () => {
          this.CONSUME(T.STAR);
          this.OPTION(() => this.CONSUME1(T.NAME));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.DOUBLESTAR);
          this.CONSUME2(T.NAME);
        },
      },
      {
        ALT: () => {
          this.CONSUME3(T.NAME);
          this.OPTION1(() => {
            this.CONSUME(T.EQUAL);
            this.SUBRULE(this.expression, { LABEL: "default" });
          });
        },
      },
    ]);
  });
}
