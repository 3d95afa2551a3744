import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { TEMPLATE_BASE64 } from "../../src/render/docx/template-data.js";

it("the built-in Word template is the office's template (regenerate with scripts/gen-docx-template.ts)", () => {
  const template = readFileSync(new URL("../fixtures/2021-template.docx", import.meta.url));
  expect(TEMPLATE_BASE64).toBe(template.toString("base64"));
});
