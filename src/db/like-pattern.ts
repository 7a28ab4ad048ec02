/**
 * A LIKE pattern that matches `text` anywhere, with `%`, `_` and the escape character itself
 * taken literally (issue 11 item 7: `q=%` used to list every row). PostgreSQL's LIKE escapes
 * with a backslash unless told otherwise, on PGlite as on a server.
 */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export const containsPattern = (text: string) => `%${escapeLike(text)}%`;
