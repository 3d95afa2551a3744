import { damaged, unsupported } from "./image-page.js";

/** One image file directory of a TIFF (or of a JPEG's Exif block): tag → values. */
export type Ifd = Map<number, number[]>;

// Bytes per value of each TIFF field type (BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED, SSHORT, SLONG, SRATIONAL, FLOAT, DOUBLE).
const SIZE: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
};

/** A reader of TIFF structures in either byte order, every read bounds-checked. */
export class TiffReader {
  readonly little: boolean;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const order = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0);
    if (order !== "II" && order !== "MM") throw damaged("不是 TIFF 结构", "not a TIFF structure");
    this.little = order === "II";
    const magic = this.u16(2);
    if (magic === 43) throw unsupported("BigTIFF 图片", "a BigTIFF image");
    if (magic !== 42) throw damaged("不是 TIFF 结构", "not a TIFF structure");
  }

  private check(at: number, size: number): void {
    if (at < 0 || at + size > this.bytes.length)
      throw damaged("文件在中途截断", "the file is cut off before its end");
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, this.little);
  }

  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, this.little);
  }

  /** The first IFD's offset. */
  first(): number {
    return this.u32(4);
  }

  /** The IFD at `at` and the next one's offset (0 at the end). RATIONALs come as numerator/denominator. */
  ifd(at: number): { tags: Ifd; next: number } {
    const count = this.u16(at);
    const tags: Ifd = new Map();
    for (let i = 0; i < count; i++) {
      const entry = at + 2 + i * 12;
      const tag = this.u16(entry);
      const type = this.u16(entry + 2);
      const n = this.u32(entry + 4);
      const size = SIZE[type];
      // Text and opaque blobs (XMP, ICC) are never needed: only their place is checked.
      if (size === undefined || type === 2 || type === 7) continue;
      const total = size * n;
      const base = total <= 4 ? entry + 8 : this.u32(entry + 8);
      this.check(base, total);
      const values: number[] = [];
      for (let k = 0; k < n; k++) {
        const p = base + k * size;
        if (type === 3 || type === 8) values.push(this.u16(p));
        else if (type === 4 || type === 9) values.push(this.u32(p));
        else if (type === 5 || type === 10) {
          const d = this.u32(p + 4);
          values.push(d === 0 ? 0 : this.u32(p) / d);
        } else if (size === 1) values.push(this.bytes[p] as number);
        else values.push(Number.NaN);
      }
      tags.set(tag, values);
    }
    return { tags, next: this.u32(at + 2 + count * 12) };
  }
}

/** Pixels per inch from XResolution (282) and ResolutionUnit (296): none when the unit is "none". */
export function ifdDpi(tags: Ifd): number | undefined {
  const x = tags.get(282)?.[0];
  const unit = tags.get(296)?.[0] ?? 2;
  if (!x || !Number.isFinite(x)) return undefined;
  if (unit === 2) return x;
  if (unit === 3) return x * 2.54;
  return undefined;
}
