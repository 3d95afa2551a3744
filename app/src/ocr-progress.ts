import type { OcrPageStart } from "../../src/import/pdf/ocr/engine.js";
import type { AppMessage } from "./messages.js";
import type { OcrListener } from "./ocr.js";

type Translate = (id: AppMessage, data?: Record<string, string>) => string;

/** The progress bars while a scan is read: page k of n, this page's bar, and all pages'. */
export class OcrProgress {
  private readonly title: HTMLElement;
  private readonly step: HTMLElement;
  private readonly page: HTMLProgressElement;
  private readonly all: HTMLProgressElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly t: Translate,
  ) {
    this.title = root.querySelector("#ocr-title") as HTMLElement;
    this.step = root.querySelector("#ocr-step") as HTMLElement;
    this.page = root.querySelector("#ocr-page") as HTMLProgressElement;
    this.all = root.querySelector("#ocr-all") as HTMLProgressElement;
  }

  /** What the OCR reader of file `name` reports, drawn here. */
  listener(name: string): OcrListener {
    let at: OcrPageStart = { page: 1, index: 1, total: 1 };
    const set = (fraction: number) => {
      const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
      this.page.value = percent;
      this.page.setAttribute("aria-valuetext", `${percent}%`);
      const overall = Math.round(((at.index - 1 + fraction) / at.total) * 100);
      this.all.value = overall;
      this.all.setAttribute("aria-valuetext", `${overall}%`);
    };
    return {
      page: (start) => {
        at = start;
        const data = {
          name,
          index: String(start.index),
          total: String(start.total),
          page: String(start.page),
        };
        this.title.textContent = this.t("ocrTitle", data);
        this.step.textContent = this.t("ocrPreparing");
        this.root.hidden = false;
        set(0);
      },
      progress: (fraction, loading) => {
        this.step.textContent = this.t(loading ? "ocrLoading" : "ocrRecognising");
        if (!loading) set(fraction);
      },
    };
  }

  /** Hides the bars once the file is read (or could not be). */
  done(): void {
    this.root.hidden = true;
  }
}
