import type { Item, RunSettings } from "./batch.js";
import { paint } from "./color.js";
import { renderSummaryMarkdown } from "./format/markdown.js";
import { renderSummaryText } from "./format/text.js";
import { type Io, write } from "./io.js";
import type { Progress } from "./progress.js";
import { addTally, emptySummary, exitCode } from "./summary.js";
import { VERSION } from "./version.js";

/**
 * Where rendered reports go, in input order, as soon as they are ready: the JSON document is written
 * piece by piece and only counts are kept, so memory stays flat however many reports there are.
 */
export class Sink {
  private readonly summary = emptySummary();
  private count = 0;

  constructor(
    private readonly io: Io,
    private readonly settings: RunSettings,
    private readonly ndjson: boolean,
    private readonly progress: Progress | undefined,
    skipped: readonly string[] = [],
  ) {
    this.summary.skipped.push(...skipped);
  }

  private get document(): boolean {
    return this.settings.format === "json" && !this.ndjson;
  }

  async start(): Promise<void> {
    if (this.document) {
      const head = { tool: "zfxxgk", version: VERSION, locale: this.settings.locale };
      await write(this.io.stdout, `${JSON.stringify(head).slice(0, -1)},"files":[\n`);
    }
  }

  async add(items: readonly Item[]): Promise<void> {
    let chunk = "";
    for (const item of items) {
      addTally(this.summary, item.tally);
      if (this.settings.format === "json")
        chunk += this.ndjson ? `${item.out}\n` : `${this.count ? ",\n" : ""}${item.out}`;
      else chunk += item.out;
      this.count += 1;
    }
    const sameTerminal = this.io.stdout.isTTY && this.progress;
    if (sameTerminal) this.progress?.clear();
    await write(this.io.stdout, chunk);
    if (sameTerminal) this.progress?.redraw();
    this.progress?.advance(items.length);
  }

  /** Writes the summary and returns the exit status. */
  async end(): Promise<number> {
    this.progress?.clear();
    const { locale, format } = this.settings;
    const p = paint(this.settings.color);
    if (this.document) {
      await write(this.io.stdout, `\n],"summary":${JSON.stringify(this.summary)}}\n`);
    } else if (format === "json") {
      // NDJSON stays one report per line; the summary is for the person watching.
      await write(this.io.stderr, renderSummaryText(this.summary, locale, paint(false)));
    } else if (format === "markdown") {
      await write(this.io.stdout, renderSummaryMarkdown(this.summary, locale));
    } else {
      await write(this.io.stdout, `\n${renderSummaryText(this.summary, locale, p)}`);
    }
    return exitCode(this.summary);
  }
}
