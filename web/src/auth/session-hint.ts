/**
 * Whether this browser signed in and has not signed out since. The session cookie is HttpOnly, so
 * the page cannot see it; without this hint the app would ask `/api/me` before anyone signs in, and
 * the browser would print the expected 401 as an error in the console of the sign-in page.
 */
const KEY = 'khien.signedIn';

export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    // Storage refused (a locked-down browser): ask the server, as before.
    return true;
  }
}

export function rememberSession(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Nothing to remember where storage is refused.
  }
}
