// Spreadsheet keys over the form's cells: arrows move, Enter goes down, "=" takes the suggestion.

/** Where a cell's input stands: its table and grid position (from the official layout). */
interface Spot {
  input: HTMLInputElement;
  table: number;
  row: number;
  column: number;
}

function spotOf(input: HTMLInputElement): Spot {
  const d = input.dataset;
  return { input, table: Number(d.table), row: Number(d.row), column: Number(d.column) };
}

function nearest(spots: Spot[], from: Spot, key: string): Spot | undefined {
  const same = spots.filter((s) => s.table === from.table);
  const byDistance = (a: Spot, b: Spot) =>
    Math.abs(a.row - from.row) - Math.abs(b.row - from.row) ||
    Math.abs(a.column - from.column) - Math.abs(b.column - from.column);
  switch (key) {
    case "ArrowDown":
    case "Enter":
      return same.filter((s) => s.row > from.row).sort(byDistance)[0];
    case "ArrowUp":
      return same.filter((s) => s.row < from.row).sort(byDistance)[0];
    case "ArrowLeft":
      return same
        .filter((s) => s.row === from.row && s.column < from.column)
        .sort((a, b) => b.column - a.column)[0];
    case "ArrowRight":
      return same
        .filter((s) => s.row === from.row && s.column > from.column)
        .sort((a, b) => a.column - b.column)[0];
    default:
      return undefined;
  }
}

/**
 * Wires the keys on every figure input under `root`. Left and right move only when the caret is at
 * the text's edge, so a clerk can still correct a digit in the middle. `accept` takes a cell's
 * suggested value and returns whether there was one.
 */
export function wireKeys(root: HTMLElement, accept: (input: HTMLInputElement) => boolean): void {
  root.addEventListener("keydown", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.dataset.path === undefined) return;
    if (event.key === "=" && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (accept(input)) event.preventDefault();
      return;
    }
    if (!["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Enter"].includes(event.key)) return;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if (event.key === "ArrowLeft" && !atStart) return;
    if (event.key === "ArrowRight" && !atEnd) return;
    const spots = [...root.querySelectorAll<HTMLInputElement>("input[data-path]")].map(spotOf);
    const next = nearest(spots, spotOf(input), event.key);
    if (!next) return;
    event.preventDefault();
    next.input.focus();
    next.input.select();
  });
}
