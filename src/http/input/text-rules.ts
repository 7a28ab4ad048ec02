/**
 * Which characters a text field may hold (security review, issue 11 items 4 and 5).
 *
 * Everywhere: no NUL (PostgreSQL cannot store it in text and answered 500), no unpaired UTF-16
 * surrogate (not a character at all: it cannot be encoded as UTF-8), no control character other
 * than tab and line breaks (BEL, ESC… are invisible and can drive terminals), and no bidi
 * override, embedding or isolate (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F,
 * U+061C): they make a title read differently from what is stored, and Vietnamese never needs
 * them. Single-line fields (names, titles, numbers, codes, queries) also refuse tab and every
 * line break, including U+2028/U+2029.
 */
export type TextProblem = 'nul_character' | 'unpaired_surrogate' | 'control_character' | 'bidi_control' | 'line_break';

export type LineMode = 'single-line' | 'multi-line';

// C0 controls except tab, LF and CR; DEL; C1 controls.
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/u;
// Without the u flag, so the pattern sees UTF-16 code units: a high surrogate not followed by a
// low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(text: string, mode: LineMode = 'multi-line'): TextProblem | undefined {
  if (text.includes('\u0000')) return 'nul_character';
  if (UNPAIRED_SURROGATE.test(text)) return 'unpaired_surrogate';
  if (CONTROL.test(text)) return 'control_character';
  if (BIDI.test(text)) return 'bidi_control';
  if (mode === 'single-line' && LINE_BREAK.test(text)) return 'line_break';
  return undefined;
}

/**
 * A string field of a request schema is single-line unless it is long: every field of at most
 * 300 characters in this API is a name, title, number, code, label, query or key, while
 * reasons, minutes, descriptions and the plan's sections are longer. A schema may say so
 * explicitly with `'x-text': 'single-line' | 'multi-line'`.
 */
export const SINGLE_LINE_MAX_LENGTH = 300;

export function lineModeOf(schema: { maxLength?: unknown; 'x-text'?: unknown }): LineMode {
  if (schema['x-text'] === 'single-line' || schema['x-text'] === 'multi-line') return schema['x-text'];
  return typeof schema.maxLength === 'number' && schema.maxLength <= SINGLE_LINE_MAX_LENGTH
    ? 'single-line'
    : 'multi-line';
}
