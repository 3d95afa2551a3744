// The office's form: the review page's official tables made editable, every rule run as the clerk
// types, and the report exported as JSON, a review page or the office's Word template.
import { TABLE4_TITLE } from "../../../src/model/appeals.js";
import { fieldAt } from "../../../src/model/fields.js";
import { setAt } from "../../../src/model/path.js";
import { TABLE2_TITLE } from "../../../src/model/proactive-rows.js";
import type { AnnualReport } from "../../../src/model/report.js";
import { TABLE3_TITLE } from "../../../src/model/table3.js";
import { renderDocx } from "../../../src/render/docx/render-docx.js";
import {
  type Layout,
  placeCells,
  table2Layout,
  table3Layout,
  table4Layout,
} from "../../../src/render/layout.js";
import { cellMarks, findingNote, suspectNote } from "../../../src/render/review/marks.js";
import { renderReview } from "../../../src/render/review/render-review.js";
import { reviewCss } from "../../../src/render/review/style.js";
import { esc, pathKey } from "../../../src/render/review/text.js";
import type { Locale, Path } from "../../../src/rules/types.js";
import { type ValidationResult, validateReport } from "../../../src/validate/validate.js";
import { type Draft, type DraftStore, saveDraft } from "./draft.js";
import { readFigure, showFigure } from "./figures.js";
import { wireKeys } from "./keys.js";
import { FORM_MESSAGES, type FormMessage } from "./messages.js";

/** What the form needs of the page around it. */
export interface FormHost {
  root: HTMLElement;
  locale(): Locale;
  storage: DraftStore | undefined;
  download(name: string, blob: Blob): void;
  onClose(): void;
}

type SectionKey = "preamble" | "overview" | "problems" | "other";

// Checking a report takes well under a millisecond; the pause only spares work while a clerk types.
const CHECK_DELAY_MS = 120;

const MARK_CLASSES = ["zr-mark", "zr-error", "zr-warning", "zr-info", "zr-suspect", "zr-involved"];

export class ReportForm {
  readonly #host: FormHost;
  readonly #draft: Draft;
  readonly #cells = new Map<string, HTMLTableCellElement>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The last check, for tests and exports. */
  result: ValidationResult | undefined;

  constructor(host: FormHost, draft: Draft) {
    this.#host = host;
    this.#draft = draft;
    this.#render();
    this.check();
  }

  #t(id: FormMessage, data: Record<string, string | number> = {}): string {
    const text = FORM_MESSAGES[id][this.#host.locale() === "en" ? "en" : "zh"];
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ""));
  }

  #section(key: SectionKey): string {
    const sections = (this.#draft.sections ?? {}) as Record<string, unknown>;
    const text = typeof sections[key] === "string" ? (sections[key] as string) : "";
    return `<label class="zf-section"><span>${esc(this.#t(key))}</span><textarea data-section="${key}" rows="4">${esc(text)}</textarea></label>`;
  }

  #table(title: string, layout: Layout, index: number): string {
    const edition = this.#draft.edition;
    const byRow: string[][] = layout.map(() => []);
    for (const { cell, row, column } of placeCells(layout)) {
      const spans = `${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ""}${cell.colspan ? ` colspan="${cell.colspan}"` : ""}`;
      if (!cell.value || !cell.path) {
        byRow[row]?.push(`<th${spans}>${esc(cell.text)}</th>`);
        continue;
      }
      const path = cell.path;
      const info = fieldAt(edition, path as never);
      const amount = info?.unit === "万元";
      const value = showFigure(valueAt(this.#draft, path));
      byRow[row]?.push(
        `<td${spans} class="zr-v zf-cell${value === "" ? " zf-blank" : ""}" data-key="${esc(pathKey(path))}">` +
          `<input data-path="${esc(JSON.stringify(path))}" data-table="${index}" data-row="${row}" data-column="${column}"` +
          ` data-amount="${amount}" inputmode="${amount ? "decimal" : "numeric"}" autocomplete="off"` +
          ` aria-label="${esc(info?.label.zh ?? pathKey(path))}" placeholder="${esc(this.#t("blank"))}" value="${esc(value)}"></td>`,
      );
    }
    const rows = byRow.map((cells) => `<tr>${cells.join("")}</tr>`).join("\n");
    return `<h2>${esc(title)}</h2><div class="zr-scroll"><table class="zr-table zf-table">${rows}</table></div>`;
  }

  #render(): void {
    const d = this.#draft;
    const report = d as unknown as AnnualReport;
    const en = this.#host.locale() === "en";
    const title = (l: { zh: string; en: string }) => (en ? l.en : l.zh);
    const meta = (name: string, label: FormMessage, value: unknown, type = "text") =>
      `<label class="zf-meta"><span>${esc(this.#t(label))}</span><input name="${name}" type="${type}" value="${esc(showFigure(value))}"${type === "number" ? ' min="2019" max="2100"' : ""}></label>`;
    this.#host.root.innerHTML =
      `<style>${reviewCss()}</style>` +
      `<div class="zr-page zf-form" data-edition="${d.edition}">` +
      `<div class="zf-bar zr-noprint"><h1>${esc(this.#t("formTitle"))} <small>${esc(this.#t(d.edition === "2019" ? "edition2019" : "edition2021"))}</small></h1>` +
      `<div class="zf-actions"><button type="button" data-act="json">${esc(this.#t("exportJson"))}</button>` +
      `<button type="button" data-act="review">${esc(this.#t("exportReview"))}</button>` +
      `<button type="button" data-act="docx">${esc(this.#t("exportDocx"))}</button>` +
      `<button type="button" data-act="close">${esc(this.#t("close"))}</button></div></div>` +
      `<p class="zr-hint">${esc(this.#t("keys"))}</p>` +
      `<div class="zf-metas">${meta("organ", "organ", d.organ)}${meta("year", "year", d.year, "number")}${meta("periodStart", "periodStart", period(d).start, "date")}${meta("periodEnd", "periodEnd", period(d).end, "date")}${meta("publishedOn", "publishedOn", d.publishedOn, "date")}</div>` +
      `<div id="zf-status" class="zr-status" role="status" aria-live="polite"></div><div id="zf-other"></div>` +
      this.#section("preamble") +
      this.#section("overview") +
      this.#table(title(TABLE2_TITLE), table2Layout(report), 2) +
      this.#table(title(TABLE3_TITLE), table3Layout(report), 3) +
      this.#table(title(TABLE4_TITLE), table4Layout(report), 4) +
      this.#section("problems") +
      this.#section("other") +
      "</div>";
    this.#cells.clear();
    for (const td of this.#host.root.querySelectorAll<HTMLTableCellElement>("td[data-key]")) {
      this.#cells.set(td.dataset.key as string, td);
    }
    this.#host.root.addEventListener("input", (event) => this.#onInput(event.target));
    this.#host.root.addEventListener("click", (event) => {
      const act = (event.target as HTMLElement).closest<HTMLElement>("[data-act]")?.dataset.act;
      if (act) this.#act(act);
    });
    wireKeys(this.#host.root, (input) => this.accept(input));
  }

  #onInput(target: EventTarget | null): void {
    const d = this.#draft;
    if (target instanceof HTMLInputElement && target.dataset.path !== undefined) {
      const path = JSON.parse(target.dataset.path) as Path;
      const value = readFigure(target.value, target.dataset.amount === "true");
      setAt(d, path, value);
      target.closest("td")?.classList.toggle("zf-blank", value === null);
    } else if (target instanceof HTMLInputElement && target.name.startsWith("period")) {
      const p = { ...period(d) };
      const side = target.name === "periodStart" ? "start" : "end";
      if (target.value === "") delete p[side];
      else p[side] = target.value;
      if (p.start === undefined && p.end === undefined) delete d.period;
      else d.period = p;
    } else if (target instanceof HTMLInputElement && target.name) {
      const text = target.value.trim();
      const value = target.name === "year" && text !== "" ? Number(text) : text;
      if (text === "") delete d[target.name];
      else d[target.name] = value;
    } else if (target instanceof HTMLTextAreaElement && target.dataset.section) {
      const sections = ((d.sections as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
      if (target.value.trim() === "") delete sections[target.dataset.section];
      else sections[target.dataset.section] = target.value;
      if (Object.keys(sections).length) d.sections = sections;
      else delete d.sections;
    } else return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  /** Takes the suggested value of the cell whose input this is; false when it has none. */
  accept(input: HTMLInputElement): boolean {
    const suggested = input.closest("td")?.dataset.suggested;
    if (suggested === undefined) return false;
    input.value = suggested;
    this.#onInput(input);
    clearTimeout(this.#timer);
    this.check();
    input.select();
    return true;
  }

  /** Runs every rule on the draft now, marks the cells and saves the draft in this browser. */
  check(): void {
    const locale = this.#host.locale();
    const result = validateReport(this.#draft, { locale });
    this.result = result;
    const findings = result.findings.map((finding, i) => ({
      finding,
      note: findingNote(finding, `f-${i}`, locale),
    }));
    const suspects = result.suspects.map((suspect, i) => ({
      suspect,
      note: suspectNote(suspect, `s-${i}`, locale),
    }));
    const marks = cellMarks(findings, suspects);
    for (const td of this.#cells.values()) {
      td.classList.remove(...MARK_CLASSES);
      delete td.dataset.suggested;
      for (const extra of td.querySelectorAll(".zr-tip,.zr-to")) extra.remove();
    }
    const outside: string[] = [];
    for (const { finding, note } of findings) {
      if (!finding.waived && !this.#cells.has(pathKey(finding.path))) outside.push(`<li>${note.html}</li>`);
    }
    for (const [key, mark] of marks) {
      const td = this.#cells.get(key);
      if (!td) continue;
      td.classList.add(...(mark.kind === "involved" ? ["zr-involved"] : ["zr-mark", `zr-${mark.kind}`]));
      if (mark.suggested !== undefined) {
        td.dataset.suggested = String(mark.suggested);
        td.insertAdjacentHTML(
          "beforeend",
          `<span class="zr-to">→${mark.suggested} <small>${esc(this.#t("accept"))}</small></span>`,
        );
      }
      if (mark.notes.length) {
        td.insertAdjacentHTML(
          "beforeend",
          `<div class="zr-tip" role="tooltip"><ul>${mark.notes.map((n) => `<li>${n.html}</li>`).join("")}</ul></div>`,
        );
      }
    }
    const { error, warning, info } = result.summary;
    const status = this.#host.root.querySelector<HTMLElement>("#zf-status");
    if (status) {
      status.textContent =
        error + warning + info === 0 ? this.#t("clean") : this.#t("counts", { error, warning, info });
      status.className = `zr-status ${error ? "zr-bad" : warning ? "zr-warnonly" : "zr-ok"}`;
      status.dataset.errors = String(error);
    }
    const other = this.#host.root.querySelector<HTMLElement>("#zf-other");
    if (other) {
      other.innerHTML = outside.length
        ? `<h3>${esc(this.#t("otherFindings"))}</h3><ul class="zr-notes">${outside.join("")}</ul>`
        : "";
    }
    saveDraft(this.#host.storage, this.#draft);
  }

  #fileStem(): string {
    const d = this.#draft;
    return `${typeof d.organ === "string" ? d.organ : ""}${typeof d.year === "number" ? `${d.year}年` : ""}政府信息公开工作年度报告`;
  }

  #act(act: string): void {
    clearTimeout(this.#timer);
    this.check();
    const result = this.result;
    if (act === "close") {
      this.#host.onClose();
      return;
    }
    if (act === "json") {
      const json = `${JSON.stringify(this.#draft, null, 2)}\n`;
      this.#host.download(`${this.#fileStem()}.json`, new Blob([json], { type: "application/json" }));
      return;
    }
    if (act === "review" && result) {
      const html = renderReview(result, { locale: this.#host.locale() });
      this.#host.download(`${this.#fileStem()}-审阅.html`, new Blob([html], { type: "text/html" }));
      return;
    }
    if (act === "docx") {
      if (!result?.report) {
        const other = this.#host.root.querySelector<HTMLElement>("#zf-other");
        other?.insertAdjacentHTML(
          "afterbegin",
          `<p class="app-error" role="alert">${esc(this.#t("notExportable"))}</p>`,
        );
        return;
      }
      const bytes = renderDocx(result.report);
      const type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      this.#host.download(`${this.#fileStem()}.docx`, new Blob([bytes as BlobPart], { type }));
    }
  }
}

function period(d: Draft): { start?: string; end?: string } {
  const p = d.period;
  return typeof p === "object" && p !== null ? (p as { start?: string; end?: string }) : {};
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
