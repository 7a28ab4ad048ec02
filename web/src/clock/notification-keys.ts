/** The query key of the unread count, shared by the bell and the panel it opens (lazily, so neither imports the other). */
export const unreadKey = ['notifications', 'unread'] as const;
