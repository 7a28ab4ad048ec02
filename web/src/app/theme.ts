import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Colours chosen for WCAG AA contrast: darker primary shades and a darker "dimmed" text. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

/** The colour mixed toward black by `amount` (0–1): a readable text shade on pale backgrounds. */
function darken(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * (1 - amount));
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('')}`;
}

const TEXT_COLORS = [
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'cyan',
  'blue',
  'indigo',
  'violet',
  'grape',
  'pink',
  'lime',
  'gray',
  'dark',
];

/**
 * Mantine's light, subtle and outline variants draw text in shade 6, too pale on white for
 * 4.5:1 (even on their own pale backgrounds); here they use shade 9 darkened further.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7]!,
    '--mantine-color-placeholder': t.colors.gray[6]!,
    '--mantine-color-anchor': t.colors.blue[9]!,
    '--mantine-color-error': darken(t.colors.red[9]!, 0.15),
    ...Object.fromEntries(
      TEXT_COLORS.flatMap((c) => [
        [`--mantine-color-${c}-text`, darken(t.colors[c]![9]!, 0.3)],
        [`--mantine-color-${c}-light-color`, darken(t.colors[c]![9]!, 0.3)],
        [`--mantine-color-${c}-outline`, darken(t.colors[c]![9]!, 0.2)],
      ]),
    ),
  },
  dark: {},
});
