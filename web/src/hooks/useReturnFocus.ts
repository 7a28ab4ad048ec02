import { useEffect, useState } from 'react';

/**
 * Our dialogs are unmounted to close, so Mantine never sees them close and cannot give the focus
 * back. This remembers what had the focus when the dialog was drawn (its opener) and returns the
 * focus there when it goes, however it was closed (Esc, Cancel, the close button, done).
 */
export function useReturnFocus(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      // After the dialog's own focus trap has let go.
      setTimeout(() => {
        if (opener?.isConnected) opener.focus();
      }, 0);
    },
    [opener],
  );
}
