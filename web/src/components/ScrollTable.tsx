import type { ReactNode } from 'react';

/** A wide table that scrolls sideways on a narrow screen; focusable so it can be scrolled from the keyboard. */
export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  // A scrollable region must be reachable from the keyboard (axe: scrollable-region-focusable), and a
  // <section> would add a landmark per table; hence a focusable div with the region role.
  return (
    // biome-ignore lint/a11y/useSemanticElements: see above
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
