// The general office of a government is 办公厅 at provincial level and 办公室 below; reports and
// lists mix the two words for the same office, so they are one organ only right after 政府.
const GOVERNMENT_OFFICE = /政府办公[厅室]$/u;

/**
 * An organ's name as the region command groups reports by it: NFKC (full-width letters and brackets
 * to half-width), no whitespace, punctuation or symbols, 人民政府 read as 政府, and a government's
 * general office (政府办公厅 / 政府办公室, at the end of the name) read as one. Nothing else is merged:
 * a department's 办公室 stays apart from any 办公厅.
 *
 * @param name - The organ's name as a report states it.
 * @returns The key reports of one organ share.
 * @category Region
 * @example
 * normaliseOrganName("巴里坤县 人民政府（本级）"); // "巴里坤县政府本级"
 * normaliseOrganName("新疆维吾尔自治区人民政府办公厅") === normaliseOrganName("新疆维吾尔自治区政府办公室"); // true
 */
export function normaliseOrganName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]/gu, "")
    .replaceAll("人民政府", "政府")
    .replace(GOVERNMENT_OFFICE, "政府办公室");
}
