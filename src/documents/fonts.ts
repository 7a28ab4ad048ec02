import { join } from 'node:path';
import { PROJECT_ROOT } from '../source-fingerprint.mjs';

/**
 * The committed Liberation Serif faces (SIL OFL 1.1, see assets/fonts): they cover every
 * Vietnamese letter and match Times New Roman's metrics, and being committed they make PDF output
 * independent of the fonts installed on the server.
 */
const font = (file: string) => join(PROJECT_ROOT, 'assets', 'fonts', file);

export const FONTS = {
  regular: font('LiberationSerif-Regular.ttf'),
  bold: font('LiberationSerif-Bold.ttf'),
  italic: font('LiberationSerif-Italic.ttf'),
  boldItalic: font('LiberationSerif-BoldItalic.ttf'),
} as const;
