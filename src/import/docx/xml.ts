/**
 * A linear, non-recursive XML scanner for WordprocessingML: one pass of `indexOf`, no tree, no
 * recursion, so depth and size cost nothing but time. It knows tags, text, comments, CDATA and
 * processing instructions; namespaces are left to the caller (it reports the local name).
 */
export interface XmlHandler {
  /**
   * A start tag (or an empty-element tag when `empty`): its local name, and where its text stands in
   * `xml` (`xml.slice(start, end)`, for attributes; sliced only by a handler that needs it).
   */
  open(name: string, xml: string, start: number, end: number, empty: boolean): void;
  close(name: string): void;
  /** Character data between tags at `xml.slice(start, end)`, entities still encoded (see {@link decodeEntities}). */
  text(xml: string, start: number, end: number): void;
}

function localName(xml: string, start: number): string {
  let end = start;
  let colon = -1;
  const length = xml.length;
  while (end < length) {
    const c = xml.charCodeAt(end);
    // space, tab, CR, LF, '/', '>'
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    if (c === 58 /* : */) colon = end;
    end++;
  }
  return xml.slice(colon >= 0 ? colon + 1 : start, end);
}

/** Runs `handler` over `xml`. Malformed markup ends the scan at the break, never throws. */
export function scanXml(xml: string, handler: XmlHandler): void {
  let at = 0;
  const length = xml.length;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) {
      handler.text(xml, at, length);
      return;
    }
    if (lt > at) handler.text(xml, at, lt);
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) return;
        // CDATA is literal: escape what decodeEntities would otherwise read.
        const literal = xml.slice(lt + 9, end).replace(/&/g, "&amp;");
        handler.text(literal, 0, literal.length);
        at = end + 3;
      } else {
        const close = xml.startsWith("<!--", lt) ? "-->" : ">";
        const end = xml.indexOf(close, lt + 2);
        if (end < 0) return;
        at = end + close.length;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) return;
      at = end + 2;
      continue;
    }
    const gt = xml.indexOf(">", lt + 1);
    if (gt < 0) return;
    if (next === 47 /* / */) handler.close(localName(xml, lt + 2));
    else handler.open(localName(xml, lt + 1), xml, lt, gt + 1, xml.charCodeAt(gt - 1) === 47);
    at = gt + 1;
  }
}

const attributePatterns = new Map<string, RegExp>();

/** The value of an attribute by local name (`val` finds `w:val`), decoded; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  const raw = match?.[1] ?? match?.[2];
  return raw === undefined ? undefined : decodeEntities(raw);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; anything else stays as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
