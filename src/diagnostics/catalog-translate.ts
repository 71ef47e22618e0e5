/** PY2xxx: valid Python that py2ts cannot translate faithfully; PY3xxx: types and inference. */
import { defineDiagnostic } from "./diagnostic.js";

export const translateDiagnostics = {
  unsupported: defineDiagnostic<{ construct: string }>("PY2001", "error", (p) => `${p.construct} is not supported by py2ts`),
} as const;
