import type { Label } from "../model/label.js";
import type { Locale } from "../rules/types.js";
import type { Output } from "./io.js";
import { CLI_MESSAGES, say } from "./messages.js";

/** A one-line progress bar on a terminal's stderr; silent elsewhere. */
export class Progress {
  private done = 0;
  private shown = false;
  private last = 0;

  constructor(
    private readonly out: Output,
    private readonly total: number | undefined,
    private readonly locale: Locale,
    // What is counted: checked (validate), read (region's first pass over the files).
    private readonly words: { counted: Label; open: Label } = {
      counted: CLI_MESSAGES.progress,
      open: CLI_MESSAGES.progressOpen,
    },
  ) {}

  static wanted(out: Output, total: number | undefined): boolean {
    return out.isTTY === true && (total === undefined || total > 1);
  }

  advance(n: number): void {
    this.done += n;
    const now = Date.now();
    if (now - this.last < 80 && this.done !== this.total) return;
    this.last = now;
    this.draw();
  }

  private draw(): void {
    const width = 30;
    let line: string;
    if (this.total) {
      const filled = Math.round((this.done / this.total) * width);
      const bar = `[${"█".repeat(filled)}${"░".repeat(width - filled)}]`;
      line = `${bar} ${say(this.words.counted, this.locale, { done: this.done, total: this.total })}`;
    } else {
      line = say(this.words.open, this.locale, { done: this.done });
    }
    this.out.write(`\r\x1b[K${line}`);
    this.shown = true;
  }

  /** Clears the bar so output written to the same terminal starts on a clean line. */
  clear(): void {
    if (this.shown) this.out.write("\r\x1b[K");
    this.shown = false;
  }

  redraw(): void {
    if (this.done) this.draw();
  }
}
