// The baseline of bench 7: what the document libraries themselves do with the same files, in one
// process, one file after another. A PDF: unpdf's extractText (pdf.js opening it and extracting the
// text of every page); a Word file: unzipping word/document.xml and parsing it with saxes.
// Usage: tsx bench/extract-folder.ts FILE...  (the list is read from a file: argv[2])
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { extractText } from "unpdf";

const list = readFileSync(process.argv[2] as string, "utf8")
  .split("\n")
  .filter(Boolean);
let events = 0;
for (const file of list) {
  const bytes = new Uint8Array(readFileSync(file));
  if (file.endsWith(".pdf")) {
    await extractText(bytes, { mergePages: true });
    continue;
  }
  const xml = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"];
  const parser = new SaxesParser();
  parser.on("opentag", () => {
    events++;
  });
  parser.write(new TextDecoder().decode(xml)).close();
}
if (events < 0) console.log(events);
