/**
 * The py2ts playground page: Python on the left, TypeScript on the right (converted as you type),
 * diagnostics underlined and listed, Run/Stop in a Web Worker, examples with CPython's recorded
 * output, and the whole state in the URL hash.
 *
 * Performance marks for measurements: py2ts:editor-ready, py2ts:first-conversion,
 * py2ts:first-output (read by the end-to-end test).
 */
import "./style.css";
import { createOutputView, createPythonEditor, replaceSource, setText, underlineDiagnostics } from "./editors.js";
import { renderDiagnosticList, renderNotice } from "./diagnostics-view.js";
import { DEFAULT_EXAMPLE_ID, EXAMPLES, findExample, PYTHON_VERSION, type Example } from "./examples.js";
import { decodeState, encodeState, type PageState } from "./url-state.js";
import { CompilerClient } from "./compiler-client.js";
import { Runner } from "./runner.js";
import { OutputPane } from "./output-pane.js";

const CONVERT_DELAY_MS = 250;
const HASH_DELAY_MS = 400;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`playground page is missing #${id}`);
  return found as T;
}

function debounce(ms: number, action: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
}

/** Sets a performance mark the first time only; returns whether it did. */
function markOnce(name: string): boolean {
  if (performance.getEntriesByName(name, "mark").length > 0) return false;
  performance.mark(name);
  return true;
}

async function initialState(): Promise<PageState> {
  const fromHash = await decodeState(location.hash);
  if (fromHash) return fromHash;
  const example = findExample(DEFAULT_EXAMPLE_ID) ?? EXAMPLES[0];
  return { code: example?.source ?? "", example: example?.id ?? "", virtualTime: false };
}

async function start(): Promise<void> {
  const ui = {
    examples: element<HTMLSelectElement>("examples"),
    virtualTime: element<HTMLInputElement>("virtual-time"),
    run: element<HTMLButtonElement>("run"),
    stop: element<HTMLButtonElement>("stop"),
    status: element("status"),
    description: element("description"),
    diagnostics: element("diagnostics"),
    convertTime: element("convert-time"),
    runInfo: element("run-info"),
    expected: element("expected-stdout"),
    expectedInfo: element("expected-info"),
  };
  const stdout = new OutputPane(element("stdout"));
  const stderr = new OutputPane(element("stderr"));
  const compiler = new CompilerClient();
  const runner = new Runner();
  const state = await initialState();
  let exampleId = state.example;
  let latestConversion = 0;
  // a run is being prepared or is running: conversions must not overwrite the status line
  let runActive = false;

  for (const example of EXAMPLES) ui.examples.add(new Option(example.title, example.id));
  ui.virtualTime.checked = state.virtualTime;

  const filename = (): string => findExample(exampleId)?.filename ?? "main.py";
  const setStatus = (text: string): void => {
    ui.status.textContent = text;
  };

  const python = createPythonEditor({
    parent: element("python-editor"),
    doc: state.code,
    onChange: () => {
      scheduleConversion();
      scheduleHash();
      showExample(findExample(exampleId));
    },
    onRun: () => void run(),
  });
  const output = createOutputView(element("ts-output"));
  markOnce("py2ts:editor-ready");
  setStatus("editor ready; loading the compiler…");

  const source = (): string => python.state.doc.toString();

  function showExample(example: Example | undefined): void {
    const edited = example !== undefined && source() !== example.source;
    ui.examples.value = example && !edited ? example.id : "";
    ui.description.textContent = example ? example.description : "";
    ui.expected.textContent = example ? example.cpython.stdout : "";
    ui.expectedInfo.textContent = example
      ? `${PYTHON_VERSION}${example.deterministic ? "" : ", varies from run to run"}${edited ? ", for the unedited example" : ""}`
      : "";
  }

  async function convert(): Promise<void> {
    const id = ++latestConversion;
    const text = source();
    const response = await compiler.request({ kind: "convert", source: text, filename: filename() });
    if (id !== latestConversion) return;
    if (response.kind === "failed") {
      setText(output, `// ${response.message.replace(/\n/g, "\n// ")}\n`);
      underlineDiagnostics(python, []);
      renderNotice(ui.diagnostics, response.message);
      setStatus("no conversion: see Diagnostics");
      return;
    }
    if (response.kind !== "converted") return;
    const errors = response.diagnostics.filter((d) => d.severity === "error").length;
    setText(output, response.code !== "" || errors === 0 ? response.code : `// not converted: ${errors} error(s), see Diagnostics\n`);
    underlineDiagnostics(python, response.diagnostics);
    renderDiagnosticList(ui.diagnostics, python, response.diagnostics);
    ui.convertTime.textContent = `converted in ${Math.round(response.ms)} ms`;
    markOnce("py2ts:first-conversion");
    if (!runActive) setStatus(response.diagnostics.length === 0 ? "ready" : `${response.diagnostics.length} diagnostic(s)`);
    // TypeScript (for Run) is large: fetch it once the first conversion is on screen
    if (markOnce("py2ts:typescript-requested")) void compiler.request({ kind: "preload-typescript" });
  }

  const scheduleConversion = debounce(CONVERT_DELAY_MS, () => void convert());
  const scheduleHash = debounce(HASH_DELAY_MS, () => void saveHash());

  async function saveHash(): Promise<void> {
    const hash = await encodeState({ code: source(), example: exampleId, virtualTime: ui.virtualTime.checked });
    if (hash !== location.hash) history.replaceState(null, "", hash);
  }

  function finishRun(summary: string, started: number): void {
    runActive = false;
    stdout.flush();
    stderr.flush();
    ui.run.disabled = false;
    ui.stop.disabled = true;
    const example = findExample(exampleId);
    const comparable = example !== undefined && example.deterministic && source() === example.source;
    const verdict = !comparable ? "" : stdout.content === example.cpython.stdout ? " ✓ matches CPython" : " ✗ differs from CPython";
    ui.runInfo.textContent = `${summary} in ${Math.round(performance.now() - started)} ms${verdict}`;
    ui.runInfo.className = verdict.includes("✓") ? "match" : verdict ? "mismatch" : "";
    setStatus(summary);
  }

  async function run(): Promise<void> {
    if (ui.run.disabled) return; // a run is being prepared or is running
    runner.stop();
    stdout.clear();
    stderr.clear();
    ui.runInfo.textContent = "";
    ui.run.disabled = true;
    runActive = true;
    setStatus("preparing the run (compiler and TypeScript)…");
    const prepared = await compiler.request({ kind: "prepare-run", source: source(), filename: filename() });
    if (prepared.kind !== "runnable" || prepared.js === null) runActive = false;
    if (prepared.kind === "failed") {
      ui.run.disabled = false;
      renderNotice(ui.diagnostics, prepared.message);
      setStatus("not run: see Diagnostics");
      return;
    }
    if (prepared.kind !== "runnable") return;
    if (prepared.js === null) {
      ui.run.disabled = false;
      underlineDiagnostics(python, prepared.diagnostics);
      renderDiagnosticList(ui.diagnostics, python, prepared.diagnostics);
      setStatus("not run: the program has errors");
      return;
    }
    const started = performance.now();
    ui.stop.disabled = false;
    setStatus("running…");
    runner.start(
      { js: prepared.js, imports: prepared.imports, virtualTime: ui.virtualTime.checked },
      {
        stdout: (text) => {
          markOnce("py2ts:first-output");
          stdout.write(text);
        },
        stderr: (text) => stderr.write(text),
        exit: (code) => finishRun(`exited with status ${code}`, started),
        failed: (message) => {
          stderr.write(`[playground] ${message}\n`);
          finishRun("could not run", started);
        },
      },
    );
  }

  ui.examples.addEventListener("change", () => {
    const example = findExample(ui.examples.value);
    if (!example) return;
    exampleId = example.id;
    replaceSource(python, example.source);
    showExample(example);
    stdout.clear();
    stderr.clear();
    ui.runInfo.textContent = "";
    void saveHash();
  });
  ui.virtualTime.addEventListener("change", () => void saveHash());
  ui.run.addEventListener("click", () => void run());
  ui.stop.addEventListener("click", () => {
    if (runner.stop()) {
      runActive = false;
      stdout.flush();
      stderr.flush();
      ui.run.disabled = false;
      ui.stop.disabled = true;
      ui.runInfo.textContent = "stopped";
      setStatus("stopped");
    }
  });

  showExample(findExample(exampleId));
  void convert();
  runner.warm();
}

void start();
