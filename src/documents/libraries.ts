import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

/**
 * The workbook and PDF writers are loaded by the first document that needs them, not with the
 * server: together they are a third of the time the server's modules take to load, which every
 * start pays, and most processes never write a workbook or a PDF.
 */
let excel: Promise<typeof ExcelJS> | undefined;
export const loadExcelJS = (): Promise<typeof ExcelJS> => (excel ??= import('exceljs').then((m) => m.default));

let pdfkit: Promise<typeof PDFDocument> | undefined;
export const loadPdfKit = (): Promise<typeof PDFDocument> => (pdfkit ??= import('pdfkit').then((m) => m.default));
