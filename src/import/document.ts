/**
 * What every reader produces and the interpreter consumes: the page as blocks in reading order.
 * Tables are grids after span expansion; a cell copied by a span is marked so its value counts once.
 */
export interface GridCell {
  text: string;
  /** False on the copies a rowspan/colspan leaves in the cells it covers. */
  origin: boolean;
  where: string;
}

export interface TextBlock {
  kind: "text";
  text: string;
  where: string;
}

export interface TableBlock {
  kind: "table";
  rows: GridCell[][];
}

/** Flattened text (the seed's form): cells in order with positions lost; `end` closes a row. */
export interface FlatBlock {
  kind: "flat";
  /** The table the block belongs to, where the reader knew it from the page's headings. */
  table?: "二" | "三" | "四";
  tokens: (
    | {
        kind: "cell";
        text: string;
        where: string;
        /** Column index (table 三: 0–5 the parts, 6 总计) a layout shows the value under, where it does. */
        column?: number;
      }
    | { kind: "end"; where: string }
    /** Figures run together with no separator (`713000074`): split later, by the arithmetic. */
    | { kind: "run"; text: string; where: string }
  )[];
}

export type Block = TextBlock | TableBlock | FlatBlock;

/** Renderer hints a page may carry (written by renderHtml/renderMarkdown; absent on real pages). */
export interface PageHints {
  organKind?: string;
}

export interface PageDocument {
  blocks: Block[];
  hints: PageHints;
  /** Text a reader set aside as page furniture (footers, repeated headers): kept, never read. */
  unmapped?: { text: string; where: string }[];
}
