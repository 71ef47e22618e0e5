// Links node_modules/.bin/py2ts to this checkout's own CLI (npm links the bins of dependencies,
// not the package's own), so `npx py2ts`, ../shared/scripts/run-corpus.mjs and
// ../shared/bench/compare.sh find the CLI right after `npm install`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const binDir = path.join(root, "node_modules", ".bin");
const link = path.join(binDir, "py2ts");
fs.mkdirSync(binDir, { recursive: true });
fs.rmSync(link, { force: true });
fs.symlinkSync(path.relative(binDir, path.join(root, "bin", "py2ts.cjs")), link);
