import { damaged, unsupported } from "./image-page.js";

/**
 * TIFF's LZW (MSB-first codes widening one code early, as PDF's LZWDecode): decoded here because
 * each strip is its own code stream ending in an end code, which PDF's filter stops at. Output is
 * held to `expected` bytes, so no strip can grow past its rows.
 */
export function decodeLzw(input: Uint8Array, expected: number): Uint8Array {
  if (input[0] === 0 && ((input[1] ?? 0) & 1) === 1)
    throw unsupported("旧式 LZW 压缩的 TIFF 图片", "a TIFF in the old-style LZW coding");
  const out = new Uint8Array(expected);
  const prefix = new Int16Array(4096);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    first[i] = i;
    length[i] = 1;
  }
  let n = 0;
  let next = 258;
  let width = 9;
  let prev = -1;
  let bits = 0;
  let buffer = 0;
  let at = 0;
  const emit = (code: number) => {
    const len = length[code] as number;
    let c = code;
    for (let k = len - 1; k >= 0; k--) {
      if (n + k < expected) out[n + k] = suffix[c] as number;
      c = prefix[c] as number;
    }
    n += len;
  };
  while (n < expected) {
    while (bits < width && at < input.length) {
      buffer = ((buffer << 8) | (input[at++] as number)) & 0xffffff;
      bits += 8;
    }
    if (bits < width) break;
    const code = (buffer >> (bits - width)) & ((1 << width) - 1);
    bits -= width;
    if (code === 256) {
      next = 258;
      width = 9;
      prev = -1;
      continue;
    }
    if (code === 257) break;
    if (prev === -1) {
      if (code > 255) throw damaged("LZW 数据无效", "the LZW data is invalid");
      emit(code);
      prev = code;
      continue;
    }
    if (code > next || next >= 4096) throw damaged("LZW 数据无效", "the LZW data is invalid");
    const head = code < next ? (first[code] as number) : (first[prev] as number);
    prefix[next] = prev;
    suffix[next] = head;
    first[next] = first[prev] as number;
    length[next] = (length[prev] as number) + 1;
    next++;
    emit(code);
    prev = code;
    if (next + 1 >= 1 << width && width < 12) width++;
  }
  return n >= expected ? out : out.subarray(0, n);
}

/**
 * PackBits made PDF's RunLengthDecode, which is the same code but for byte 128: a no-op in PackBits,
 * the end of data in PDF. The no-ops are dropped and one end mark closes the stream.
 */
export function packBitsToRunLength(strips: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(strips.reduce((s, p) => s + p.length, 0) + 1);
  let o = 0;
  for (const strip of strips) {
    for (let i = 0; i < strip.length; ) {
      const h = strip[i] as number;
      const take = h < 128 ? h + 2 : h > 128 ? 2 : 0;
      if (take === 0) {
        i++;
        continue;
      }
      const end = Math.min(i + take, strip.length);
      out.set(strip.subarray(i, end), o);
      o += end - i;
      i = end;
    }
  }
  out[o++] = 128;
  return out.subarray(0, o);
}

/** TIFF's horizontal differencing (Predictor 2) undone, for 8-bit samples. */
export function undoDifferencing(data: Uint8Array, rowBytes: number, samples: number): void {
  for (let row = 0; row + rowBytes <= data.length; row += rowBytes)
    for (let i = samples; i < rowBytes; i++)
      data[row + i] = ((data[row + i] as number) + (data[row + i - samples] as number)) & 0xff;
}

/** Each byte's bits in reverse order (FillOrder 2: the first pixel in the low bit). */
export function reverseBits(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    let b = data[i] as number;
    b = ((b & 0xf0) >> 4) | ((b & 0x0f) << 4);
    b = ((b & 0xcc) >> 2) | ((b & 0x33) << 2);
    out[i] = ((b & 0xaa) >> 1) | ((b & 0x55) << 1);
  }
  return out;
}
