// One stylesheet for the review page, the index and the app. Marks carry a symbol besides the colour.
const SCREEN = `
:root{--err:#b3261e;--err-bg:#fde7e4;--warn:#8a5a00;--warn-bg:#fff3cd;--info:#1f5f99;--info-bg:#e6f0fa;--sus:#6a1b9a;--sus-bg:#f3e5f5;--line:#8a8a8a;--ink:#1b1b1b;--muted:#555}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif}
.zr-page{max-width:1100px;margin:0 auto;padding:16px}
.zr-page h1{font-size:1.45em;margin:.2em 0}
.zr-page h2{font-size:1.2em;margin:1.4em 0 .5em;border-bottom:1px solid #ccc;padding-bottom:.2em}
.zr-page h3{font-size:1.05em;margin:1em 0 .3em}
.zr-meta{color:var(--muted);margin:.2em 0}
.zr-status{display:inline-block;padding:.3em .8em;border-radius:4px;font-weight:600;margin:.5em 0}
.zr-status.zr-ok{background:#e3f4e5;color:#1e5e2b;border:1px solid #1e5e2b}
.zr-status.zr-bad{background:var(--err-bg);color:var(--err);border:1px solid var(--err)}
.zr-status.zr-warnonly{background:var(--warn-bg);color:var(--warn);border:1px solid var(--warn)}
.zr-legend{display:flex;flex-wrap:wrap;gap:.4em 1.2em;font-size:.9em;color:var(--muted);margin:.4em 0;padding:0;list-style:none}
.zr-key{display:inline-block;min-width:2.2em;text-align:center;border:1px solid var(--line);padding:0 .3em;margin-right:.3em}
.zr-scroll{overflow-x:auto;max-width:100%}
.zr-table{border-collapse:collapse;margin:.3em 0 1em;font-size:.9em;min-width:100%}
.zr-table th,.zr-table td{border:1px solid var(--line);padding:.25em .4em;vertical-align:middle}
.zr-table th{font-weight:normal;text-align:left;background:#f6f6f6;word-break:keep-all}
.zr-table th.zr-nb{white-space:nowrap}
.zr-rule{color:var(--muted)}
.zr-yoy-table tr.zr-same th{font-weight:600;color:var(--muted)}
.zr-table td.zr-v{text-align:right;white-space:nowrap;min-width:2.6em;position:relative;font-variant-numeric:tabular-nums}
.zr-involved{outline:1px dashed #666;outline-offset:-3px}
.zr-mark{cursor:help;font-weight:700}
.zr-mark .zr-sym{margin-left:.25em}
.zr-mark.zr-error,.zr-key.zr-error{background:var(--err-bg);color:var(--err);box-shadow:inset 0 0 0 2px var(--err)}
.zr-mark.zr-warning,.zr-key.zr-warning{background:var(--warn-bg);color:var(--warn);box-shadow:inset 0 0 0 2px var(--warn)}
.zr-mark.zr-info,.zr-key.zr-info{background:var(--info-bg);color:var(--info);box-shadow:inset 0 0 0 2px var(--info)}
.zr-mark.zr-suspect,.zr-key.zr-suspect{background:var(--sus-bg);color:var(--sus);box-shadow:inset 0 0 0 3px var(--sus)}
.zr-to{display:block;font-size:.85em}
.zr-mark:focus{outline:3px solid #000;outline-offset:1px}
.zr-tip{display:none;position:absolute;z-index:10;top:100%;right:0;width:min(26em,80vw);background:#fff;color:var(--ink);border:1px solid #333;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:.5em .7em;text-align:left;white-space:normal;font-weight:normal;font-size:.92em}
.zr-tip ul{margin:0;padding-left:1.1em}
.zr-mark:hover .zr-tip,.zr-mark:focus .zr-tip,.zr-mark:target .zr-tip{display:block}
.zr-print-head{display:none}
.zr-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.zr-mark.zr-reading,.zr-key.zr-reading{background:#f1f1fb;color:#33336b;box-shadow:inset 0 0 0 2px #33336b;outline:1px dashed #33336b;outline-offset:-4px}
.zr-sym.zr-reading{color:#33336b}.zr-reading-block h2{color:#33336b}.zr-gap{background:#fff6d5;border-bottom:1px dashed #8a6d00;padding:0 .3em}
.zr-sym.zr-error{color:var(--err)}.zr-sym.zr-warning{color:var(--warn)}.zr-sym.zr-info{color:var(--info)}.zr-sym.zr-suspect{color:var(--sus)}
.zr-sev{font-weight:600}
.zr-notes{padding-left:1.2em;margin:.3em 0}
.zr-note{margin:.35em 0}
.zr-eq,.zr-sug,.zr-waived{color:var(--muted);font-size:.92em}
.zr-sug{color:var(--sus);font-weight:600}
.zr-go{font-size:.88em;margin-left:.3em}
.zr-hint{color:var(--muted);font-size:.9em}
.zr-nc{color:var(--muted);font-style:italic}
.zr-yoy-table td{text-align:right;font-variant-numeric:tabular-nums}
.zr-charts{display:flex;flex-wrap:wrap;gap:12px}
.zr-chart{margin:0;border:1px solid #ddd;padding:4px 6px}
.zr-chart figcaption{font-size:.9em;font-weight:600}
.zr-chart svg{display:block;max-width:100%;height:auto}
.zr-line{fill:none;stroke:#1f5f99;stroke-width:2}
.zr-dot{fill:#1f5f99}
.zr-base{stroke:#999;stroke-width:1}
.zr-axis,.zr-val{font-size:10px;text-anchor:middle;fill:#333}
.zr-foot{color:var(--muted);font-size:.85em;margin-top:2em}
.zr-index-tools{display:flex;flex-wrap:wrap;gap:.6em;align-items:center;margin:.6em 0}
.zr-index-tools input,.zr-index-tools select{font:inherit;padding:.3em .5em}
.zr-index th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
.zr-index td{text-align:left}
.zr-index th[aria-sort=ascending] button::after{content:" ▲"}
.zr-index th[aria-sort=descending] button::after{content:" ▼"}
.zr-index td.zr-n{text-align:right;font-variant-numeric:tabular-nums}
@media (max-width:640px){body{font-size:14px}.zr-page{padding:10px}.zr-table{font-size:.82em}}
`;

const PRINT = `
@media print{
body{font-size:10.5pt}
.zr-page{max-width:none;padding:0}
.zr-noprint,.zr-tip,.zr-go{display:none!important}
.zr-scroll{overflow:visible}
.zr-table{break-inside:avoid;page-break-inside:avoid;font-size:9pt}
.zr-table tr{break-inside:avoid}
h2,h3{break-after:avoid;page-break-after:avoid}
.zr-charts-block,.zr-chart,.zr-group{break-inside:avoid}
.zr-mark,.zr-status,.zr-key{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
.zr-print-head{display:block;position:fixed;top:0;left:0;right:0;text-align:center;font-size:9pt;color:#555}
.zr-page{padding-top:8mm;-webkit-box-decoration-break:clone;box-decoration-break:clone}
}`;

// Fixed boxes repeat on every printed page; the cloned padding of .zr-page keeps the text below it.
const PAGE = `@page{size:A4;margin:8mm 12mm 14mm;@bottom-right{content:counter(page) " / " counter(pages);font-size:9pt;color:#555}}`;

/**
 * The page's stylesheet. It holds no value of a report: the printed page header is an element of the
 * page (`.zr-print-head`), repeated on every A4 page as a fixed box, never a CSS `content` string.
 */
export function reviewCss(): string {
  return `${SCREEN}${PRINT}\n${PAGE}\n`;
}
