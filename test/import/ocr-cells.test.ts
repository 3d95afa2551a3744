import { describe, expect, it } from "vitest";
import type { OcrEngine, OcrWord } from "../../src/import/pdf/ocr/engine.js";
import { toGrey, withBorderPieces } from "../../src/import/pdf/ocr/raster.js";
import { cellBoxes, inkPieces, rereadCells, UNREAD } from "../../src/import/pdf/ocr/reread-cells.js";

const run = (at: number, from: number, to: number) => ({ at, from, to, last: 0 });

describe("OCR: the cells of a scanned table", () => {
  it("finds the first row of a table a page break left without its top border", () => {
    // Columns at x 0, 100, 200 from y 10 down to y 110; borders across only at y 60 and y 110.
    const lines = {
      horizontal: [run(60, 0, 200), run(110, 0, 200)],
      vertical: [run(0, 10, 110), run(100, 10, 110), run(200, 10, 110)],
    };
    const boxes = cellBoxes(lines, 2);
    expect(boxes).toContainEqual({ x0: 2, y0: 12, x1: 98, y1: 58 });
    expect(boxes).toContainEqual({ x0: 102, y0: 12, x1: 198, y1: 58 });
    expect(boxes).toHaveLength(4);
  });

  it("makes no row above a table whose top border is drawn", () => {
    const lines = {
      horizontal: [run(10, 0, 200), run(60, 0, 200)],
      vertical: [run(0, 10, 60), run(200, 10, 60)],
    };
    expect(cellBoxes(lines, 2)).toEqual([{ x0: 2, y0: 12, x1: 198, y1: 58 }]);
  });

  it("closes a cell with a border a seal's stroke broke (a gap of a few pixels)", () => {
    // The border at y 60 is broken from x 40 to x 47: the cell above it must not run on to y 110.
    const lines = {
      horizontal: [run(10, 0, 100), run(60, 0, 40), run(60, 47, 100), run(110, 0, 100)],
      vertical: [run(0, 10, 110), run(100, 10, 110)],
    };
    expect(cellBoxes(lines, 2)).toEqual([
      { x0: 2, y0: 12, x1: 98, y1: 58 },
      { x0: 2, y0: 62, x1: 98, y1: 108 },
    ]);
  });

  it("takes no table edge where noise broke the column borders (a piece's end inside the border)", () => {
    // Two borders each found in two pieces, broken at y 50–53 (no border across there).
    const lines = {
      horizontal: [run(10, 0, 200), run(110, 0, 200)],
      vertical: [run(0, 10, 50), run(0, 53, 110), run(100, 10, 50), run(100, 53, 110), run(200, 10, 110)],
    };
    expect(cellBoxes(lines, 2).filter((b) => b.y0 === 55)).toEqual([]);
  });

  it("counts the ink a character's box does not take in, piece by piece, with each piece's height", () => {
    const width = 40;
    const ink = new Uint8Array(width * 20);
    // A minus sign (8 × 2) at x 2–9, a digit's stem (2 × 12) at x 20–21.
    for (let x = 2; x < 10; x++) for (let y = 9; y < 11; y++) ink[y * width + x] = 1;
    for (let y = 4; y < 16; y++) for (let x = 20; x < 22; x++) ink[y * width + x] = 1;
    const box = { x0: 0, y0: 0, x1: 40, y1: 20 };
    expect(inkPieces(ink, width, box)).toEqual([
      { size: 24, height: 12 },
      { size: 16, height: 2 },
    ]);
    // The engine read the "1" only: the minus is left over.
    const one = { text: "1", x0: 19, x1: 23, y0: 3, y1: 17, confidence: 0.97 };
    expect(inkPieces(ink, width, box, [one])).toEqual([{ size: 16, height: 2 }]);
  });

  it("clears a broken border's pieces with the table, and not a stroke beside its line", () => {
    const table = {
      horizontal: [run(0, 0, 300), run(100, 0, 300), run(200, 0, 300)],
      vertical: [run(0, 0, 200), run(300, 0, 200), run(150, 0, 90)],
    };
    // A piece of the x-150 border below a break, a short stroke on its line, a line elsewhere.
    const piece = run(150, 110, 195);
    const stroke = run(150, 120, 140);
    const apart = run(150, 300, 400);
    const all = { horizontal: table.horizontal, vertical: [...table.vertical, piece, stroke, apart] };
    const out = withBorderPieces(table, all, 3, 50);
    expect(out.vertical).toContain(piece);
    expect(out.vertical).not.toContain(stroke);
    expect(out.vertical).not.toContain(apart);
  });

  it("keeps print under a red seal and drops the seal's red", () => {
    // RGB: paper, red seal ink, black print under the seal tinted red, a pale red edge.
    const data = new Uint8Array([230, 230, 230, 200, 40, 45, 60, 10, 12, 150, 90, 95]);
    expect(Array.from(toGrey({ width: 4, height: 1, data })?.data ?? [])).toEqual([230, 255, 60, 255]);
  });

  describe("a cell with ink the page mode read as nothing", () => {
    // One ruled cell (x 0–200, y 10–110) at 100 dpi, a digit's stem in it, and nothing recognised there.
    const width = 201;
    const ink = new Uint8Array(width * 120);
    for (let y = 40; y < 70; y++) for (let x = 100; x < 104; x++) ink[y * width + x] = 1;
    const lines = {
      horizontal: [run(10, 0, 200), run(110, 0, 200)],
      vertical: [run(0, 10, 110), run(200, 10, 110)],
    };
    const engine = (figures: OcrWord[]): OcrEngine & { modes: string[] } => {
      const modes: string[] = [];
      return {
        modes,
        async recognise(_image, _dpi, mode = "page") {
          modes.push(mode);
          return mode === "figures" ? figures : [];
        },
        async close() {},
      };
    };

    it("is never a blank: read by no reading, it is UNREAD with no confidence", async () => {
      const e = engine([]);
      const words = await rereadCells(ink, width, lines, [], e, 100);
      expect(e.modes).toEqual(["cells", "figures"]);
      expect(words).toHaveLength(1);
      expect(words[0]).toMatchObject({ text: UNREAD, confidence: 0 });
    });

    it("takes what the digits-only reading finds there, as a reading to check", async () => {
      // The sheet has the cell's crop a quarter inch (25 px) from its top: the word falls in its band.
      const one = { text: "1", x0: 125, x1: 129, y0: 53, y1: 83, confidence: 0.93 };
      const words = await rereadCells(ink, width, lines, [], engine([one]), 100);
      expect(words).toHaveLength(1);
      expect(words[0]).toMatchObject({ text: "1", confidence: 0.5 });
    });
  });
});
