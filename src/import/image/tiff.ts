import { unzlibSync } from "fflate";
import { checkSize, damaged, type ImagePage, unsupported } from "./image-page.js";
import { concat } from "./png.js";
import { decodeLzw, packBitsToRunLength, reverseBits, undoDifferencing } from "./tiff-codecs.js";
import { type Ifd, ifdDpi, TiffReader } from "./tiff-ifd.js";

const PHOTOMETRIC: Record<number, [string, string]> = {
  4: ["透明蒙版", "a transparency mask"],
  5: ["CMYK", "CMYK"],
  6: ["YCbCr", "YCbCr"],
  8: ["CIELab", "CIELab"],
};
const COMPRESSION: Record<number, [string, string]> = {
  6: ["旧式 JPEG", "old-style JPEG"],
  7: ["JPEG", "JPEG"],
  34712: ["JPEG 2000", "JPEG 2000"],
  34887: ["LERC", "LERC"],
  50000: ["Zstandard", "Zstandard"],
  50001: ["WebP", "WebP"],
};

/** Every page of a TIFF (reduced-size previews left out), at most `maxPages`. */
export function readTiff(bytes: Uint8Array, maxPages: number): ImagePage[] {
  const r = new TiffReader(bytes);
  const pages: ImagePage[] = [];
  const seen = new Set<number>();
  for (let at = r.first(); at !== 0; ) {
    if (seen.has(at)) throw damaged("TIFF 的目录形成循环", "the TIFF's directories run in a loop");
    seen.add(at);
    const { tags, next } = r.ifd(at);
    at = next;
    if (((tags.get(254)?.[0] ?? 0) & 1) === 1) continue;
    if (pages.length >= maxPages)
      throw unsupported(`超过 ${maxPages} 页的 TIFF 图片`, `a TIFF of more than ${maxPages} pages`);
    pages.push(tiffPage(r, tags, pages.length + 1));
  }
  if (pages.length === 0) throw damaged("TIFF 中没有图像", "the TIFF holds no image");
  return pages;
}

function tiffPage(r: TiffReader, tags: Ifd, number: number): ImagePage {
  const one = (tag: number, fallback?: number) => tags.get(tag)?.[0] ?? fallback;
  const width = one(256) ?? 0;
  const height = one(257) ?? 0;
  checkSize(width, height);
  const where = (zh: string, en: string) =>
    unsupported(`第 ${number} 页为${zh}的 TIFF 图片`, `a TIFF image whose page ${number} is ${en}`);
  const compression = one(259, 1) as number;
  const photometric = one(262, compression >= 2 && compression <= 4 ? 0 : 1) as number;
  const samples = one(277, 1) as number;
  const bits = tags.get(258) ?? [1];
  const bps = bits[0] as number;
  const fillOrder = one(266, 1);
  const predictor = one(317, 1);
  if (tags.has(322)) throw where("分块（tile）存储", "stored in tiles");
  const named = PHOTOMETRIC[photometric];
  if (named) throw where(` ${named[0]} 颜色`, `in ${named[1]} colour`);
  if (photometric > 3) throw where(`颜色模式 ${photometric}`, `in colour mode ${photometric}`);
  const colours = photometric === 2 ? 3 : 1;
  if (samples !== colours) throw where("带透明通道（或附加通道）", "with an alpha (or extra) channel");
  if (bits.some((b) => b !== bps)) throw where("各通道位数不同", "of unequal bits per channel");
  if (colours === 3 ? bps !== 8 : ![1, 2, 4, 8].includes(bps)) throw where(` ${bps} 位`, `${bps}-bit`);
  if (samples > 1 && one(284, 1) === 2) throw where("分平面存储", "stored in separate planes");
  const offsets = tags.get(273);
  const counts = tags.get(279);
  if (!offsets || !counts || offsets.length !== counts.length)
    throw damaged(
      `TIFF 第 ${number} 页缺少图像数据的位置`,
      `page ${number} of the TIFF does not say where its data is`,
    );
  const stored = offsets.map((o, i) => {
    const end = o + (counts[i] as number);
    if (end > r.bytes.length) throw damaged("TIFF 文件在中途截断", "the TIFF is cut off before its end");
    return r.bytes.subarray(o, end);
  });
  // FillOrder 2 (low bit first) is the stored bytes' order, before any decoding (as libtiff reads it).
  const strips = fillOrder === 2 ? stored.map(reverseBits) : stored;
  const rowBytes = Math.ceil((width * samples * bps) / 8);
  const rowsPerStrip = Math.min(one(278, height) as number, height);
  let space = colours === 3 ? "/DeviceRGB" : "/DeviceGray";
  if (photometric === 3) {
    const map = tags.get(320);
    const entries = 1 << bps;
    if (!map || map.length < entries * 3)
      throw damaged(`TIFF 第 ${number} 页缺少调色板`, `page ${number} of the TIFF has no colour map`);
    let hex = "";
    for (let i = 0; i < entries; i++)
      for (const c of [0, 1, 2])
        hex += (((map[c * entries + i] as number) >> 8) & 0xff).toString(16).padStart(2, "0");
    space = `[/Indexed /DeviceRGB ${entries - 1} <${hex}>]`;
  }
  // WhiteIsZero (fax and many bilevel scans): 0 is white, the reverse of PDF's grey.
  const invert = photometric === 0 ? " /Decode [1 0]" : "";
  const base = `/ColorSpace ${space} /BitsPerComponent ${bps}${invert}`;
  const dpi = ifdDpi(tags);
  const page = (dict: string, data: Uint8Array): ImagePage => ({ width, height, dpi, dict, data });
  const plain = (decoded: Uint8Array[]) => {
    const data = concat(decoded);
    if (data.length < rowBytes * height)
      throw damaged(
        `TIFF 第 ${number} 页的图像数据不完整`,
        `page ${number} of the TIFF has incomplete image data`,
      );
    if (predictor === 2) {
      if (bps !== 8) throw where(` ${bps} 位且差分预测`, `${bps}-bit with differencing`);
      undoDifferencing(data, rowBytes, samples);
    }
    return page(base, data);
  };
  const stripBytes = (i: number) => Math.min(rowsPerStrip, height - i * rowsPerStrip) * rowBytes;
  switch (compression) {
    case 1:
      return plain(strips);
    case 32773:
      return page(`${base} /Filter /RunLengthDecode`, packBitsToRunLength(strips));
    case 5:
      return plain(strips.map((s, i) => decodeLzw(s, Math.max(0, stripBytes(i)))));
    case 8:
    case 32946:
      return plain(
        strips.map((s, i) => {
          try {
            return unzlibSync(s, { out: new Uint8Array(Math.max(0, stripBytes(i))) });
          } catch (error) {
            throw damaged(
              `TIFF 图像数据无法解压（${String(error)}）`,
              `the TIFF's image data does not inflate (${String(error)})`,
            );
          }
        }),
      );
    case 2:
    case 3:
    case 4: {
      if (bps !== 1 || colours !== 1)
        throw where("传真压缩但非黑白", "fax-compressed but not black and white");
      const t4 = one(292, 0) as number;
      if ((compression === 3 && t4 & 2) || (compression === 4 && (one(293, 0) as number) & 2))
        throw where("传真压缩的未压缩模式", "in the fax coding's uncompressed mode");
      // Group 4 codes each line against the one above, from a white line at each strip's start:
      // strips cannot be joined into one stream.
      if (compression === 4 && strips.length > 1)
        throw where(
          ` ${strips.length} 条带的 G4 传真压缩`,
          `in Group 4 fax coding in ${strips.length} strips`,
        );
      const k = compression === 4 ? -1 : compression === 3 && t4 & 1 ? 1 : 0;
      const align = compression === 2 ? " /EncodedByteAlign true" : "";
      // The fax code's runs are white and black as such: the photometric only says a reversed image.
      const reversed = photometric === 1 ? " /Decode [1 0]" : "";
      return page(
        `/ColorSpace /DeviceGray /BitsPerComponent 1${reversed} /Filter /CCITTFaxDecode /DecodeParms << /K ${k} /Columns ${width} /Rows ${height} /BlackIs1 false${align} >>`,
        concat(strips),
      );
    }
    default: {
      const name = COMPRESSION[compression];
      throw name
        ? where(` ${name[0]} 压缩`, `${name[1]}-compressed`)
        : where(`压缩方式 ${compression}`, `compressed by method ${compression}`);
    }
  }
}
