import { renderReview, reviewParts } from "../../src/render/review/render-review.js";
import type { Finding, Locale } from "../../src/rules/types.js";
import { validateReport } from "../../src/validate/validate.js";
import { type Draft, draftFrom, loadDraft, newDraft, saveDraft } from "./form/draft.js";
import { ReportForm } from "./form/form.js";
import { FORM_MESSAGES } from "./form/messages.js";
import { APP_MESSAGES, type AppMessage } from "./messages.js";
import { browserOcr } from "./ocr.js";
import { OcrProgress } from "./ocr-progress.js";
import { type GivenMeta, ReadError, readReportFile } from "./read-file.js";

interface Picked {
  name: string;
  bytes: Uint8Array;
}

const state: { locale: Locale; current?: Picked; previous?: Picked; given: GivenMeta; input?: unknown } = {
  locale: "zh-CN",
  given: {},
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const t = (id: AppMessage, data: Record<string, string> = {}) =>
  APP_MESSAGES[id][state.locale === "en" ? "en" : "zh"].replace(
    /\{(\w+)\}/g,
    (_, k: string) => data[k] ?? "",
  );

function applyLocale(): void {
  document.documentElement.lang = state.locale;
  for (const el of document.querySelectorAll<HTMLElement>("[data-t]")) {
    el.textContent = t(el.dataset.t as AppMessage);
  }
  for (const el of document.querySelectorAll<HTMLElement>("[data-tf]")) {
    el.textContent =
      FORM_MESSAGES[el.dataset.tf as keyof typeof FORM_MESSAGES][state.locale === "en" ? "en" : "zh"];
  }
  $("lang").setAttribute("aria-label", t("languageLabel"));
  if (!state.current) document.title = t("title");
}

function reason(error: unknown): string {
  if (error instanceof ReadError) return state.locale === "en" ? error.label.en : error.label.zh;
  return error instanceof Error ? error.message : String(error);
}

function showMessages(lines: string[]): void {
  const box = $("message");
  box.replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement("p");
      p.textContent = `⊘ ${line}`;
      return p;
    }),
  );
  box.hidden = lines.length === 0;
}

interface Review {
  result: ReturnType<typeof validateReport>;
  options: Parameters<typeof renderReview>[1];
}
let shown: Review | undefined;
// A read that a newer one overtook (another file picked while a scan was read) shows nothing.
let generation = 0;
const progress = new OcrProgress($("ocr"), t);

/** Reads one picked file; a scan in it is read by OCR with its progress shown. */
async function read(picked: Picked, given: GivenMeta = {}) {
  const ocr = browserOcr(progress.listener(picked.name));
  try {
    return await readReportFile(picked.bytes, picked.name, state.locale, given, ocr.setup);
  } catch (error) {
    const trouble = ocr.trouble();
    if (trouble) throw new Error(t(trouble.id, { ...trouble.data, name: picked.name }));
    throw error;
  } finally {
    progress.done();
  }
}

async function update(): Promise<void> {
  const run = ++generation;
  const problems: string[] = [];
  const output = $("result");
  if (!state.current) {
    output.replaceChildren();
    $("actions").hidden = true;
    showMessages([]);
    return;
  }
  let previous: unknown;
  if (state.previous) {
    try {
      previous = (await read(state.previous)).input;
    } catch (error) {
      problems.push(t("previousUnreadable", { name: state.previous.name, reason: reason(error) }));
    }
  }
  let input: unknown;
  let findings: Finding[];
  let sources: Record<string, { raw: string; where: string }> | undefined;
  try {
    ({ input, findings, sources } = await read(state.current, state.given));
  } catch (error) {
    if (run !== generation) return;
    problems.unshift(t("unreadable", { name: state.current.name, reason: reason(error) }));
    showMessages(problems);
    output.replaceChildren();
    $("actions").hidden = true;
    $("meta-form").hidden = true;
    shown = undefined;
    return;
  }
  if (run !== generation) return;
  state.input = input;
  $("form-edit").hidden = draftFrom(input) === undefined;
  const extra = previous === undefined ? {} : { previous };
  const reading = { findings, ...(sources ? { sources } : {}) };
  const result = validateReport(input, { locale: state.locale, reading, ...extra });
  const options = { locale: state.locale, source: state.current.name, ...extra };
  // A report whose organ or year was not read: a form to supply them, kept while they are being given.
  const missing = findings.some((f) => f.ruleId === "import.meta-missing");
  $("meta-form").hidden = !missing && state.given.organ === undefined && state.given.year === undefined;
  const parts = reviewParts(result, options);
  $("review-css").textContent = parts.css;
  output.innerHTML = parts.body;
  document.title = parts.title;
  $("actions").hidden = false;
  shown = { result, options };
  showMessages(problems);
}

function run(): void {
  update().catch((error: unknown) => showMessages([reason(error)]));
}

async function pick(which: "current" | "previous", file: File | undefined): Promise<void> {
  if (!file) return;
  $(`name-${which}`).textContent = file.name;
  state[which] = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  if (which === "current") {
    state.given = {};
    $<HTMLInputElement>("meta-organ").value = "";
    $<HTMLInputElement>("meta-year").value = "";
  }
  if (which === "previous") $("clear-previous").hidden = false;
  await update();
}

function wirePicker(which: "current" | "previous"): void {
  const input = $<HTMLInputElement>(`file-${which}`);
  const zone = $(`drop-${which}`);
  input.addEventListener("change", () => {
    pick(which, input.files?.[0]).catch((e: unknown) => showMessages([reason(e)]));
  });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    pick(which, event.dataTransfer?.files[0]).catch((e: unknown) => showMessages([reason(e)]));
  });
}

function save(): void {
  if (!shown || !state.current) return;
  const html = renderReview(shown.result, shown.options);
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  link.download = `${state.current.name.replace(/\.[^.]+$/, "")}-review.html`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

// The office's form: a new report of either edition, or the document just read, made editable.
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
let form: ReportForm | undefined;

function download(name: string, blob: Blob): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function openForm(draft: Draft, restored = false): void {
  const root = document.createElement("div");
  $("form").replaceChildren(root);
  $("form").hidden = false;
  $("result").hidden = true;
  form = new ReportForm(
    {
      root,
      locale: () => state.locale,
      storage,
      download,
      onClose: () => {
        saveDraft(storage, undefined);
        form = undefined;
        $("form").replaceChildren();
        $("form").hidden = true;
        $("result").hidden = false;
      },
    },
    draft,
  );
  if (restored) {
    const note = document.createElement("p");
    note.className = "zr-hint";
    note.textContent = FORM_MESSAGES.restored[state.locale === "en" ? "en" : "zh"];
    root.prepend(note);
  }
  root.querySelector<HTMLInputElement>("input[data-path]")?.focus();
}

$("form-new").addEventListener("click", () => {
  const edition = $<HTMLSelectElement>("form-edition").value === "2019" ? "2019" : "2021";
  openForm(newDraft(edition, "", new Date().getFullYear() - 1));
});
$("form-edit").addEventListener("click", () => {
  const draft = draftFrom(state.input);
  if (draft) openForm(draft);
});
// Exposed for the browser tests: the form's last check, as the page shows it.
(window as unknown as { zfxxgkForm: () => ReportForm | undefined }).zfxxgkForm = () => form;

wirePicker("current");
wirePicker("previous");
$("clear-previous").addEventListener("click", () => {
  delete state.previous;
  $("name-previous").textContent = "";
  $<HTMLInputElement>("file-previous").value = "";
  $("clear-previous").hidden = true;
  run();
});
$("lang").addEventListener("click", () => {
  state.locale = state.locale === "en" ? "zh-CN" : "en";
  applyLocale();
  run();
});
// What the user types for the organ and year: applied to the reading, and the report checked again.
function applyMeta(): void {
  const organ = $<HTMLInputElement>("meta-organ").value.trim();
  const year = Number($<HTMLInputElement>("meta-year").value);
  state.given = {
    ...(organ ? { organ } : {}),
    ...(Number.isInteger(year) && year >= 2019 && year <= 2100 ? { year } : {}),
  };
  run();
}
$("meta-form").addEventListener("submit", (event) => {
  event.preventDefault();
  applyMeta();
});
$("meta-organ").addEventListener("change", applyMeta);
$("meta-year").addEventListener("change", applyMeta);
$("print").addEventListener("click", () => window.print());
$("save").addEventListener("click", save);
if (new URLSearchParams(location.search).get("lang") === "en") state.locale = "en";
applyLocale();
const saved = loadDraft(storage);
if (saved) openForm(saved, true);
document.body.dataset.ready = "true";
