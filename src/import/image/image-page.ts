import type { Label } from "../../model/label.js";
import { MAX_PIXELS } from "../pdf/ocr/scan-page.js";

/**
 * One page of an image file as a PDF image XObject takes it: the pixel size, the resolution the file
 * states (if any), the XObject's dictionary entries and its stream, still encoded where PDF has the
 * same filter (JPEG, Deflate with PNG predictors, CCITT fax, run-length).
 */
export interface ImagePage {
  width: number;
  height: number;
  /** Pixels per inch across, as the file states it; undefined when it states none. */
  dpi: number | undefined;
  /** `/ColorSpace …/BitsPerComponent …/Filter …` and the like, without `<< >>`. */
  dict: string;
  data: Uint8Array;
}

/**
 * An image the wrapper cannot take: `unsupported` names the variant ("a tiled TIFF image"),
 * `damaged` says what is broken. Thrown inside the image readers, caught where the import answers.
 */
export class ImageProblem extends Error {
  constructor(
    readonly kind: "unsupported" | "damaged",
    readonly label: Label,
  ) {
    super(label.en);
  }
}

export const unsupported = (zh: string, en: string) => new ImageProblem("unsupported", { zh, en });
export const damaged = (zh: string, en: string) => new ImageProblem("damaged", { zh, en });

/** Refuses an image of no size, or one the scan reader would refuse once decoded (refused undecoded here). */
export function checkSize(width: number, height: number): void {
  if (!(width > 0 && height > 0)) throw damaged("图像尺寸为零", "the image has no size");
  if (width * height > MAX_PIXELS)
    throw unsupported(
      `过大的图片（${width}×${height} 像素）`,
      `an image too large to be a page (${width}×${height} pixels)`,
    );
}
