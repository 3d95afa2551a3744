import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillTemplate } from "../test/support/fill-template.js";

const FIXTURES = new URL("../test/fixtures/", import.meta.url);

// Published reports as offices make them: LibreOffice and Word PDFs, a browser's print, a real PDF,
// LibreOffice's Word files and the office template filled in.
const PDFS = [
  "pdf/soffice-2022-balikun.pdf",
  "pdf/soffice-2019-yizhou.pdf",
  "pdf/word-full-2021.pdf",
  "pdf/word-official-2021-hami.pdf",
  "pdf/word-sample-2021-department.pdf",
  "pdf/chromium-2021-hami.pdf",
  "real/12-hongze-district-2023.pdf",
];
const WORD = ["libreoffice-2020-balikun.docx", "libreoffice-2019-yizhou.docx"];

/** The documents the folder cycles through: name and bytes. */
export function documentKinds(): { name: string; bytes: Uint8Array }[] {
  const full = JSON.parse(readFileSync(new URL("full-2021.json", FIXTURES), "utf8"));
  return [
    ...PDFS.map((p) => ({ name: p.split("/").pop() as string, bytes: readFileSync(new URL(p, FIXTURES)) })),
    ...WORD.map((w) => ({ name: w, bytes: readFileSync(new URL(w, FIXTURES)) })),
    { name: "template-filled.docx", bytes: fillTemplate(full) },
  ];
}

/**
 * Writes `count` PDF and Word files into a fresh temp folder, cycling through the kinds above: each
 * PDF copy ends with a comment of its own number (after %%EOF, which readers allow), so that no two
 * files are the same bytes (numbered from `from`). Returns the folder and its files in order.
 */
export function documentFolder(count: number, from = 0): { dir: string; files: string[] } {
  const kinds = documentKinds();
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-bench-docs-"));
  const files: string[] = [];
  for (let i = from; i < from + count; i++) {
    const kind = kinds[i % kinds.length] as { name: string; bytes: Uint8Array };
    const sub = join(dir, String(Math.floor((i - from) / 100)).padStart(4, "0"));
    if ((i - from) % 100 === 0) mkdirSync(sub);
    const file = join(sub, `${String(i).padStart(5, "0")}-${kind.name}`);
    const bytes = kind.name.endsWith(".pdf")
      ? Buffer.concat([kind.bytes, Buffer.from(`\n% zfxxgk bench copy ${i}\n`)])
      : kind.bytes;
    writeFileSync(file, bytes);
    files.push(file);
  }
  return { dir, files };
}
