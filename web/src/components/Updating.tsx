import type { ReactNode } from 'react';

/**
 * The attributes of what is shown while its next version loads (the previous search's, page's or
 * scope's): marked busy for assistive technology, dimmed and unclickable (app.css), so that nobody
 * follows a link or a button that is about to change.
 */
export const updatingProps = (when: boolean) => ({ 'aria-busy': when, className: when ? 'k-updating' : undefined });

/** Content that is being replaced, wrapped in a block with `updatingProps`. */
export function Updating({ when, children }: { when: boolean; children: ReactNode }) {
  return <div {...updatingProps(when)}>{children}</div>;
}
