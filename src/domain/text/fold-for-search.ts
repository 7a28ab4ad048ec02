/** Folds Vietnamese text for accent-insensitive search: "Đất đai" → "dat dai". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a case is found by: its code and its title, folded. */
export const searchTextFor = (code: string, title: string) => foldForSearch(`${code} ${title}`);
