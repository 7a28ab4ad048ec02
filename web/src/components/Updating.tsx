import type { ReactNode } from 'react';

/**
 * What is shown while its next version loads (the previous search's, page's or scope's): marked busy,
 * dimmed and unclickable (app.css), so that nobody follows a link or a button that is about to change.
 */
export function Updating({ when, children }: { when: boolean; children: ReactNode }) {
  return (
    <div aria-busy={when} className={when ? 'k-updating' : undefined}>
      {children}
    </div>
  );
}
