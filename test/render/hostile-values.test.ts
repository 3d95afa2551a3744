import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ReviewIndexEntry, renderReview, renderReviewIndex, validateReport } from "../../src/index.js";
import { reviewParts } from "../../src/render/review/render-review.js";
import { reviewCss } from "../../src/render/review/style.js";
import { esc, safeHref } from "../../src/render/review/text.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const report = () => JSON.parse(readFileSync(new URL("balikun-2021.json", FIXTURES), "utf8"));

// What ends a context: CSS strings and blocks, HTML text, attributes, comments, raw-text elements.
const BREAKERS = [
  "\f",
  "\n",
  "\r",
  "\\",
  '"',
  "'",
  "}",
  ";",
  "*/",
  "/*",
  "<",
  ">",
  "&",
  "</style>",
  "</script>",
  "\u2028",
  "\0",
];
const TAILS = [
  ".zr-findings{display:none!important}",
  "<b id=zr-pwn>x</b>",
  ' onmouseover="alert(1)" x="',
  "<script>alert(1)</script>",
  "<!--",
];
/** Every breaker before every tail: what a hostile organ name, file name or message might hold. */
const PAYLOADS = BREAKERS.flatMap((b) => TAILS.map((t) => `青禾市${b}${t}`));

const STYLE = /<style>([\s\S]*?)<\/style>/g;
const styles = (html: string) => [...html.matchAll(STYLE)].map((m) => m[1]);

describe("values of a report never reach CSS", () => {
  it.each(PAYLOADS)("organ %j: the stylesheet is the fixed one", (organ) => {
    const result = validateReport({ ...report(), organ });
    expect(result.report?.organ).toBe(organ);
    const html = renderReview(result, { source: organ });
    expect(styles(html)).toEqual([reviewCss()]);
    expect(reviewParts(result).css).toBe(reviewCss());
  });
});

describe("values in HTML text and attributes are escaped", () => {
  it.each(PAYLOADS)("review page, organ and source %j: only the escaped form appears", (payload) => {
    const html = renderReview(validateReport({ ...report(), organ: payload }), { source: payload });
    expect(html).toContain(esc(payload));
    expect(html).not.toContain("<b id=zr-pwn>");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain(' onmouseover="');
  });

  it("index rows: every attribute is one quoted value, whatever the entry holds", () => {
    const entries = PAYLOADS.map(
      (p, i) =>
        ({
          file: p,
          href: `${i}.html`,
          organ: p,
          year: p,
          edition: p,
          status: p,
          errors: p,
          warnings: p,
          suspects: p,
          message: p,
        }) as unknown as ReviewIndexEntry,
    );
    const html = renderReviewIndex(entries);
    const rows = html.match(/<tr data-status[^>]*>/g) ?? [];
    expect(rows).toHaveLength(PAYLOADS.length);
    for (const row of rows) expect(row).toMatch(/^<tr( [a-z-]+="[^"<>]*")+>$/);
    // An unknown status is shown as unreadable, never written into a class or attribute.
    expect(rows.every((r) => r.startsWith('<tr data-status="unreadable"'))).toBe(true);
    expect(html).not.toContain("<b id=zr-pwn>");
    expect(html).not.toContain(' onmouseover="');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});

// Schemes a browser would run or navigate to, written as a hostile file name might write them.
const SCHEMES = ["javascript", "vbscript", "data", "file", "blob", "JavaScript", "JAVASCRIPT"];
const DISGUISES = (scheme: string) => [
  `${scheme}:x`,
  ` ${scheme}:x`,
  `\u0001\u001f${scheme}:x`,
  `${scheme.slice(0, 4)}\t${scheme.slice(4)}:x`,
  `${scheme.slice(0, 2)}\n${scheme.slice(2)}:x`,
  `${scheme}\r:x`,
  `${scheme}:x\u0000`,
];

describe("links: only http:, https: and relative ones pass", () => {
  const unsafe = SCHEMES.flatMap(DISGUISES);
  it.each(unsafe)("%j is dropped", (href) => {
    expect(safeHref(href)).toBeUndefined();
    const html = renderReviewIndex([
      { file: "a.json", href, status: "clean", errors: 0, warnings: 0, suspects: 0 },
    ]);
    expect(html).not.toMatch(/<a /);
  });

  it.each([
    "a.html",
    "reports/2021 年.html",
    "../up/a.html",
    "?q=1",
    "#top",
    "http://example.org/a",
    "HTTPS://example.org/a",
    "1javascript:x",
  ])("%j is kept, escaped", (href) => {
    expect(safeHref(href)).toBe(href);
    const html = renderReviewIndex([
      { file: "a.json", href, status: "clean", errors: 0, warnings: 0, suspects: 0 },
    ]);
    expect(html).toContain(`<a href="${esc(href)}">`);
  });

  it("the index allows its one script by hash, not every inline script", () => {
    const html = renderReviewIndex([]);
    const policy = /Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}='/);
    expect(policy.split(";").find((d) => d.includes("script-src"))).not.toContain("unsafe-inline");
  });
});

describe("renderReview takes any finding", () => {
  it("never throws on findings of any shape, and still lists each", () => {
    const base = validateReport(report());
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), (findings) => {
        const html = renderReview({ ...base, findings: findings as never });
        expect(html).toContain("</html>");
      }),
      { numRuns: 200 },
    );
  });

  it("a finding without message or path is listed as an error, not dropped", () => {
    const base = validateReport(report());
    const html = renderReview({ ...base, findings: [{ ruleId: "local.x" } as never] });
    expect(html).toContain('<span class="zr-rule" title="local.x">local.x</span>');
    expect(html).toContain('data-status="errors"');
  });
});
