/**
 * The page of Decree 30/2020/NĐ-CP Appendix I: A4 portrait; margins top and bottom 20–25 mm,
 * left 30–35 mm, right 15–20 mm. Khiên takes the smallest of each range, which every office
 * accepts and which leaves the most room for the text.
 */
export const MM_TO_PT = 72 / 25.4;
export const A4_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** First-line indent of a body paragraph: 1.27 cm (Appendix I allows 1–1.27 cm). */
export const INDENT_MM = 12.7;

export const pt = (mm: number) => mm * MM_TO_PT;
/** Word measures in twentieths of a point. */
export const twip = (mm: number) => Math.round(mm * MM_TO_PT * 20);

/** Share of the text width given to the left column (issuer, recipients) of the header and the signature. */
export const LEFT_COLUMN = 0.42;

/** A table's column widths out of `total`: equal, or in proportion to the relative `widths` given. */
export function tableColumns(total: number, cols: number, widths?: readonly number[]): number[] {
  if (!widths || widths.length !== cols) return Array<number>(cols).fill(Math.floor(total / cols));
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.floor((total * w) / sum));
}
