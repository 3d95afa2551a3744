import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { scanXml, type XmlHandler } from "../src/import/docx/xml.js";
import { fillTemplate } from "../test/support/fill-template.js";
import { compare } from "./measure.js";
import { defineBench } from "./types.js";

// As lib.ts: the build users get, unless ZFXXGK_BENCH=src.
const entry = process.env.ZFXXGK_BENCH === "src" ? "../src/docx.js" : "../dist/docx.js";
const docx: typeof import("../src/docx.js") = await import(entry);

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/${name}.json`, import.meta.url), "utf8"));
const FILLED = fillTemplate(fixture("full-2021"));
const LIBREOFFICE = new Uint8Array(
  readFileSync(new URL("../test/fixtures/libreoffice-2020-balikun.docx", import.meta.url)),
);

let events = 0;
const count: XmlHandler = {
  open: (_, xml, start, end) => {
    events += xml.slice(start, end).length > 0 ? 1 : 0;
  },
  close: () => {
    events++;
  },
  text: (xml, start, end) => {
    events += xml.slice(start, end).length > 0 ? 1 : 0;
  },
};

const documentXml = (data: Uint8Array) =>
  new TextDecoder().decode(
    unzipSync(data, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"],
  );

// What the issue names: unzip word/document.xml and parse it with a maintained XML parser (saxes,
// the streaming parser jsdom and exceljs use), events counted.
function unzipAndParse(data: Uint8Array): number {
  const parser = new SaxesParser();
  parser.on("opentag", () => {
    events++;
  });
  parser.on("text", () => {
    events++;
  });
  parser.write(documentXml(data)).close();
  return events;
}

// The floor: the same unzip, and importDocx's own scanner with handlers that only slice and count.
function unzipAndScan(data: Uint8Array): number {
  scanXml(documentXml(data), count);
  return events;
}

async function check(data: Uint8Array, name: string): Promise<void> {
  const { report, findings } = await docx.importDocx(data);
  if (!report) throw new Error(`${name} should import (${findings.map((f) => f.ruleId).join(", ")})`);
}

export default defineBench({
  id: "import-docx",
  title: "6. importDocx vs unzipping and parsing word/document.xml of the same file",
  async run() {
    await check(FILLED, "the filled template");
    await check(LIBREOFFICE, "libreoffice-2020-balikun.docx");
    return [
      await compare(
        "importDocx ÷ unzip + saxes parse (office template filled, 23 KB .docx, 250 KB XML)",
        ["importDocx", () => docx.importDocx(FILLED)],
        ["unzip + saxes", () => unzipAndParse(FILLED)],
        { target: 2 },
      ),
      await compare(
        "importDocx ÷ unzip + saxes parse (LibreOffice's Word file, edition 2019)",
        ["importDocx", () => docx.importDocx(LIBREOFFICE)],
        ["unzip + saxes", () => unzipAndParse(LIBREOFFICE)],
        { target: 2 },
      ),
      await compare(
        "importDocx ÷ unzip + bare tokenizer (the floor; office template filled)",
        ["importDocx", () => docx.importDocx(FILLED)],
        ["unzip + scan", () => unzipAndScan(FILLED)],
        { note: "no target: the whole import against the least a reader can do" },
      ),
    ];
  },
});
