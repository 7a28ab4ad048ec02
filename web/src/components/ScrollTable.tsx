import type { ReactNode } from 'react';
import { updatingProps } from './Updating';

/**
 * A wide table that scrolls sideways on a narrow screen; focusable so it can be scrolled from the keyboard.
 * While `updating` (the rows are those of the previous search or page, the next ones are on their way)
 * it is marked busy and takes no clicks, so that nobody acts on a row that is about to be replaced.
 */
export function ScrollTable({
  label,
  minWidth,
  updating = false,
  children,
}: {
  label: string;
  minWidth: number;
  updating?: boolean;
  children: ReactNode;
}) {
  const busy = updatingProps(updating);
  // A scrollable region must be reachable from the keyboard (axe: scrollable-region-focusable), and a
  // <section> would add a landmark per table; hence a focusable div with the region role.
  return (
    // biome-ignore lint/a11y/useSemanticElements: see above
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }} {...busy}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
