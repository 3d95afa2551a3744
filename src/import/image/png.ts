import { unzlibSync } from "fflate";
import { checkSize, damaged, type ImagePage } from "./image-page.js";

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Adam7's passes: first column and row, then the steps across and down. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

const u32 = (b: Uint8Array, at: number) =>
  (((b[at] as number) << 24) |
    ((b[at + 1] as number) << 16) |
    ((b[at + 2] as number) << 8) |
    (b[at + 3] as number)) >>>
  0;
const type = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

/** PNG's row filters undone in place (rows of `1 + rowBytes`, the filter byte first). */
function unfilter(data: Uint8Array, rows: number, rowBytes: number, bpp: number): Uint8Array {
  const out = new Uint8Array(rows * rowBytes);
  for (let y = 0; y < rows; y++) {
    const filter = data[y * (rowBytes + 1)];
    const src = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    const up = row - rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const raw = data[src + x] as number;
      const a = x >= bpp ? (out[row + x - bpp] as number) : 0;
      const b = y > 0 ? (out[up + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (out[up + x - bpp] as number) : 0;
      let v = raw;
      if (filter === 1) v = raw + a;
      else if (filter === 2) v = raw + b;
      else if (filter === 3) v = raw + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = raw + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else if (filter !== 0)
        throw damaged(`PNG 第 ${y + 1} 行的过滤方式无效`, `row ${y + 1} of the PNG has an invalid filter`);
      out[row + x] = v & 0xff;
    }
  }
  return out;
}

/**
 * A PNG as a PDF image. Grey, RGB and palette images of up to 8 bits keep their compressed data: PDF's
 * /FlateDecode with PNG predictors is PNG's own coding. An alpha channel or 16-bit samples are decoded
 * here (the alpha dropped: a scan has none worth keeping, and a page is read on white), as is an
 * interlaced one, and stored raw.
 */
export function readPng(bytes: Uint8Array): ImagePage {
  let at = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | undefined;
  let palette: Uint8Array | undefined;
  let dpi: number | undefined;
  const idat: Uint8Array[] = [];
  while (at + 8 <= bytes.length) {
    const length = u32(bytes, at);
    const name = type(bytes, at + 4);
    const body = at + 8;
    if (body + length > bytes.length)
      throw damaged("PNG 文件在中途截断", "the PNG is cut off before its end");
    const chunk = bytes.subarray(body, body + length);
    if (name === "IHDR") {
      header = {
        width: u32(chunk, 0),
        height: u32(chunk, 4),
        depth: chunk[8] as number,
        colour: chunk[9] as number,
        interlace: chunk[12] as number,
      };
    } else if (name === "PLTE") palette = chunk;
    else if (name === "pHYs" && chunk[8] === 1) dpi = u32(chunk, 0) * 0.0254;
    else if (name === "IDAT") idat.push(chunk);
    else if (name === "IEND") break;
    at = body + length + 4;
  }
  if (!header) throw damaged("PNG 缺少文件头（IHDR）", "the PNG has no header (IHDR)");
  const { width, height, depth, colour, interlace } = header;
  const channels = CHANNELS[colour];
  if (channels === undefined || !DEPTHS[colour]?.includes(depth))
    throw damaged(
      `PNG 的颜色类型 ${colour}、位深 ${depth} 无效`,
      `the PNG's colour type ${colour} and bit depth ${depth} are invalid`,
    );
  if (interlace > 1)
    throw damaged(`PNG 的隔行方式 ${interlace} 无效`, `the PNG's interlace method ${interlace} is invalid`);
  checkSize(width, height);
  if (idat.length === 0) throw damaged("PNG 没有图像数据", "the PNG holds no image data");
  const data = concat(idat);
  const colours = colour === 4 || colour === 0 ? 1 : colour === 3 ? 1 : 3;
  let space = colours === 1 ? "/DeviceGray" : "/DeviceRGB";
  if (colour === 3) {
    if (!palette || palette.length < 3)
      throw damaged("调色板 PNG 缺少调色板", "the palette PNG has no palette");
    const entries = Math.floor(palette.length / 3);
    const hex = Array.from(palette.subarray(0, entries * 3), (b) => b.toString(16).padStart(2, "0")).join("");
    space = `[/Indexed /DeviceRGB ${entries - 1} <${hex}>]`;
  }
  if (channels === colours && depth <= 8 && interlace === 0)
    return {
      width,
      height,
      dpi,
      dict: `/ColorSpace ${space} /BitsPerComponent ${depth} /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent ${depth} /Columns ${width} >>`,
      data,
    };
  // Alpha, 16 bits or interlacing: inflated and unfiltered here, each pixel's colour kept at 8 bits
  // (a palette's index as it is), laid on white where it is transparent.
  const passes = interlace === 0 ? [[0, 0, 1, 1]] : ADAM7;
  const bits = channels * depth;
  const sizes = passes.map(([x0, y0, dx, dy]) => {
    const w = Math.ceil((width - (x0 as number)) / (dx as number));
    const h = Math.ceil((height - (y0 as number)) / (dy as number));
    const rowBytes = Math.ceil((w * bits) / 8);
    return { w, h, rowBytes, bytes: w > 0 && h > 0 ? h * (rowBytes + 1) : 0 };
  });
  const expected = sizes.reduce((n, z) => n + z.bytes, 0);
  let inflated: Uint8Array;
  try {
    inflated = unzlibSync(data, { out: new Uint8Array(expected) });
  } catch (error) {
    throw damaged(
      `PNG 图像数据无法解压（${String(error)}）`,
      `the PNG's image data does not inflate (${String(error)})`,
    );
  }
  if (inflated.length < expected) throw damaged("PNG 图像数据不完整", "the PNG's image data is incomplete");
  const out = new Uint8Array(width * height * colours);
  const max = (1 << Math.min(depth, 8)) - 1;
  // A sample's value at 8 bits: the high byte of 16, sub-byte grey scaled up, a palette index as it is.
  const sampleAt = (row: Uint8Array, at: number, index: number): number => {
    if (depth === 16) return row[at + index * 2] as number;
    if (depth === 8) return row[at + index] as number;
    const bit = index * depth;
    const v = ((row[at + (bit >> 3)] as number) >> (8 - depth - (bit & 7))) & max;
    return colour === 3 ? v : Math.round((v * 255) / max);
  };
  let offset = 0;
  passes.forEach(([x0, y0, dx, dy], k) => {
    const { w, h, rowBytes, bytes } = sizes[k] as (typeof sizes)[number];
    if (bytes === 0) return;
    const rows = unfilter(inflated.subarray(offset, offset + bytes), h, rowBytes, Math.max(1, bits >> 3));
    offset += bytes;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const first = x * channels;
        const a = channels > colours ? sampleAt(rows, y * rowBytes, first + colours) : 255;
        const o =
          (((y0 as number) + y * (dy as number)) * width + (x0 as number) + x * (dx as number)) * colours;
        for (let c = 0; c < colours; c++) {
          const v = sampleAt(rows, y * rowBytes, first + c);
          out[o + c] = a === 255 ? v : Math.round((v * a + 255 * (255 - a)) / 255);
        }
      }
  });
  return { width, height, dpi, dict: `/ColorSpace ${space} /BitsPerComponent 8`, data: out };
}

/** Chunks joined into one array. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
