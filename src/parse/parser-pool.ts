/**
 * PythonParser instances, built on demand and lent out one parse at a time.
 *
 * Why a pool and not `new PythonParser()` per parse: building a parser runs chevrotain's
 * performSelfAnalysis, measured at 66–611 ms per build on the 2-core CI machine, against 16–78 ms
 * for a warm parse of a whole stdlib file; the playground and the API parse on every keystroke
 * or call.
 *
 * Why lending and not one shared parser: a parser holds the state of the parse it is in. An
 * f-string field is parsed while the file's parser is part-way through the file, so a field
 * borrows a second parser while the first is out; a second caller never sees a parser that is
 * still in use. A parser comes back even from a parse that threw (a syntax error in an f-string
 * field, a stack overflow on deeply nested input): the next borrower sets `input`, which resets
 * chevrotain's rule, CST and error stacks, and parse() leaves statement-at-a-time mode in a
 * `finally`. So nothing from one parse is seen by the next.
 */
import { PythonParser } from "../../grammar/parser.js";

export class ParserPool {
  private readonly idle: PythonParser[] = [];

  /** Runs `use` with a parser no one else holds until it returns. */
  public withParser<T>(use: (parser: PythonParser) => T): T {
    const parser = this.idle.pop() ?? new PythonParser();
    try {
      return use(parser);
    } finally {
      this.idle.push(parser);
    }
  }

  /** Parsers built and now idle; for tests of the lending rules. */
  public get idleCount(): number {
    return this.idle.length;
  }
}

/** The pool parse() borrows from. It holds only idle, reset parsers, never a parse's state. */
export const parserPool = new ParserPool();
