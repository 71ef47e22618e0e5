/**
 * The `types` module's type objects for functions and generators:
 *
 *     isinstance(g, types.GeneratorType)   →   isinstance(g, types.GeneratorType)
 *     type(g) is types.GeneratorType       →   typeOf(g) === types.GeneratorType
 */
import { function_ } from "./types.js";
import { PyGenerator } from "./generator.js";

export const types = {
  GeneratorType: PyGenerator,
  FunctionType: function_,
  LambdaType: function_,
};
