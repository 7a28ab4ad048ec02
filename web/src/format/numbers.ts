const number = new Intl.NumberFormat('vi-VN');
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

export const formatNumber = (n: number) => number.format(n);
export const formatVnd = (n: number | null | undefined) => (n === null || n === undefined ? '—' : vnd.format(n));
export const formatPercent = (fraction: number) => percent.format(fraction);

export function formatBytes(n: number): string {
  if (n < 1024) return `${formatNumber(n)} B`;
  if (n < 1024 * 1024) return `${number.format(Math.round(n / 102.4) / 10)} KB`;
  return `${number.format(Math.round(n / (1024 * 102.4)) / 10)} MB`;
}
