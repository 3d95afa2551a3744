/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quote, a line break or leading or
 * trailing space; quotes inside doubled. `null`/`undefined` is an empty field; numbers as written.
 *
 * @param value - A cell value.
 * @returns The field as it goes into a CSV line.
 * @category Region
 * @example
 * csvField('他说"好"'); // '"他说""好"""'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record, CRLF-terminated as RFC 4180 asks.
 *
 * @param values - The record's cells.
 * @returns The line, ending in `\r\n`.
 * @category Region
 * @example
 * csvLine(["机关", 3]); // "机关,3\r\n"
 */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a leading BOM ignored).
 *
 * @param text - The whole file.
 * @returns Records as arrays of fields; blank lines are skipped.
 * @category Region
 * @example
 * parseCsv('名称,别名\r\n"A,1",B\r\n'); // [["名称", "别名"], ["A,1", "B"]]
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || record[0] !== "") records.push(record);
    record = [];
    field = "";
  };
  for (; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n") endRecord();
    else if (c !== "\r") field += c;
  }
  if (field !== "" || record.length) endRecord();
  return records;
}
