import { checkSize, damaged, type ImagePage, unsupported } from "./image-page.js";
import { ifdDpi, TiffReader } from "./tiff-ifd.js";

// Start-of-frame markers (C4, C8 and CC are tables, not frames); C3, C7, CB, CF are lossless.
const FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const LOSSLESS = new Set([0xc3, 0xc7, 0xcb, 0xcf]);
const ascii = (bytes: Uint8Array, at: number, text: string) =>
  Array.from(text).every((c, i) => bytes[at + i] === c.charCodeAt(0));

/**
 * A JPEG as a PDF image: its bytes as they are, under /DCTDecode (which is JPEG). The markers give
 * the size, the components and the resolution (JFIF's density, else Exif's XResolution).
 */
export function readJpeg(bytes: Uint8Array): ImagePage {
  let at = 2;
  let dpi: number | undefined;
  let adobe = false;
  let frame: { width: number; height: number; components: number; precision: number } | undefined;
  while (at + 4 <= bytes.length && !frame) {
    if (bytes[at] !== 0xff) throw damaged("JPEG 标记错位", "a JPEG marker is out of place");
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break;
    const size = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    const body = at + 4;
    if (size < 2 || at + 2 + size > bytes.length) break;
    if (marker === 0xe0 && ascii(bytes, body, "JFIF\0") && dpi === undefined) {
      const units = bytes[body + 7];
      const x = ((bytes[body + 8] as number) << 8) | (bytes[body + 9] as number);
      if (x > 0 && units === 1) dpi = x;
      else if (x > 0 && units === 2) dpi = x * 2.54;
    } else if (marker === 0xe1 && ascii(bytes, body, "Exif\0\0") && dpi === undefined) {
      try {
        const tiff = new TiffReader(bytes.subarray(body + 6, at + 2 + size));
        dpi = ifdDpi(tiff.ifd(tiff.first()).tags);
      } catch {
        // A broken Exif block says nothing of the resolution; the image is still read.
      }
    } else if (marker === 0xee && ascii(bytes, body, "Adobe")) adobe = true;
    else if (FRAMES.has(marker)) {
      if (LOSSLESS.has(marker)) throw unsupported("无损压缩的 JPEG 图片", "a lossless JPEG image");
      frame = {
        precision: bytes[body] as number,
        height: ((bytes[body + 1] as number) << 8) | (bytes[body + 2] as number),
        width: ((bytes[body + 3] as number) << 8) | (bytes[body + 4] as number),
        components: bytes[body + 5] as number,
      };
    }
    at += 2 + size;
  }
  if (!frame)
    throw damaged("找不到 JPEG 图像帧（文件不完整？）", "no JPEG frame found (is the file complete?)");
  if (frame.precision !== 8)
    throw unsupported(`${frame.precision} 位精度的 JPEG 图片`, `a ${frame.precision}-bit JPEG image`);
  if (frame.height === 0)
    throw unsupported("高度写在图像数据之后的 JPEG 图片", "a JPEG image whose height follows its data");
  checkSize(frame.width, frame.height);
  const space =
    frame.components === 1
      ? "/DeviceGray"
      : frame.components === 3
        ? "/DeviceRGB"
        : frame.components === 4
          ? // Adobe writes CMYK JPEGs inverted: the Decode array turns them back, as PDF writers do.
            `/DeviceCMYK${adobe ? " /Decode [1 0 1 0 1 0 1 0]" : ""}`
          : undefined;
  if (!space)
    throw unsupported(
      `${frame.components} 个颜色分量的 JPEG 图片`,
      `a JPEG image of ${frame.components} colour components`,
    );
  return {
    width: frame.width,
    height: frame.height,
    dpi,
    dict: `/ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode`,
    data: bytes,
  };
}
