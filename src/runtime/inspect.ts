/**
 * The `inspect` module, as far as generators go: `getgeneratorstate`, `isgenerator`,
 * `isgeneratorfunction`, `getgeneratorlocals` is not provided (locals are JS variables).
 *
 *     import inspect; inspect.getgeneratorstate(g)   →   inspect.getgeneratorstate(g)
 */
import { TypeError } from "./exceptions.js";
import { PyGenerator } from "./generator.js";
import { isGeneratorFunction } from "./generator-functions.js";
import { typeName } from "./compare.js";

function getgeneratorstate(g: unknown): string {
  if (!(g instanceof PyGenerator)) throw new TypeError(`'${typeName(g)}' object has no attribute 'gi_running'`);
  if (g.gi_running) return "GEN_RUNNING";
  if (g.gi_suspended) return "GEN_SUSPENDED";
  return g.gi_frame === null ? "GEN_CLOSED" : "GEN_CREATED";
}

export const inspect = {
  GEN_CREATED: "GEN_CREATED",
  GEN_RUNNING: "GEN_RUNNING",
  GEN_SUSPENDED: "GEN_SUSPENDED",
  GEN_CLOSED: "GEN_CLOSED",
  getgeneratorstate,
  isgenerator: (x: unknown): boolean => x instanceof PyGenerator,
  isgeneratorfunction: (x: unknown): boolean => isGeneratorFunction(x),
};
