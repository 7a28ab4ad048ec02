import QRCode from 'qrcode';

/** The QR code's modules, drawn as vector squares in the PDF (sharp at any print size). */
export function qrMatrix(url: string): { size: number; dark(row: number, col: number): boolean } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (r, c) => !!modules.get(r, c) };
}

/** The QR code as a PNG for Word, which has no vector drawing for it. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 0, width: 160 });
}
