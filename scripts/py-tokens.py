#!/usr/bin/env python3
"""Print CPython's own tokens for Python files, one JSON line per file: the oracle for py2ts's tokenizer.

    python3 scripts/py-tokens.py FILE...        (or file paths on stdin, one per line, with --stdin)

Each line is {"file": path, "tokens": [[type, string, start_line, start_col, end_line, end_col], ...]}
or {"file": path, "error": message}.
With --ast-check, each record also says whether `ast.parse` accepts the file read as UTF-8 (as
/work/shared/scripts/cpython-ast.py reads it): "ast_error": null, or {"msg", "line", "col"}
(col is CPython's 1-based SyntaxError offset), or "undecodable": true. ENCODING, NL, COMMENT and ENDMARKER tokens are dropped; OP
tokens carry their exact type name (LPAR, PLUSEQUAL, ...). Columns count code points, lines are
1-based, as in the `tokenize` module.
"""
import ast
import json
import sys
import tokenize
from token import tok_name

DROPPED = {tokenize.ENCODING, tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER}


def tokens_of(path):
    with open(path, "rb") as f:
        out = []
        for tok in tokenize.tokenize(f.readline):
            if tok.type in DROPPED:
                continue
            kind = tok_name[tok.exact_type] if tok.type == tokenize.OP else tok_name[tok.type]
            out.append([kind, tok.string, tok.start[0], tok.start[1], tok.end[0], tok.end[1]])
        return out


def ast_check(path):
    try:
        source = open(path, "rb").read().decode("utf-8")
    except UnicodeDecodeError:
        return {"undecodable": True}
    try:
        ast.parse(source, filename=path)
    except SyntaxError as e:
        return {"ast_error": {"msg": e.msg, "line": e.lineno, "col": e.offset, "type": type(e).__name__}}
    except ValueError as e:
        return {"ast_error": {"msg": str(e), "line": None, "col": None, "type": type(e).__name__}}
    return {"ast_error": None}


def main(argv):
    paths = [line.strip() for line in sys.stdin if line.strip()] if "--stdin" in argv else [a for a in argv if not a.startswith("--")]
    for path in paths:
        try:
            record = {"file": path, "tokens": tokens_of(path)}
        except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, IndentationError) as e:
            record = {"file": path, "error": f"{type(e).__name__}: {e}"}
        if "--ast-check" in argv:
            record.update(ast_check(path))
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
