/**
 * Moves focus to the input of a form path (`risks.0.description`), or, when the path names a
 * list or a group rather than one input, to the first input inside it. Returns whether it found one.
 */
export function focusField(path: string, root: ParentNode = document): boolean {
  const escaped = CSS.escape(path);
  const exact = root.querySelector<HTMLElement>(`[data-path="${escaped}"], [name="${escaped}"]`);
  const inside = exact ?? root.querySelector<HTMLElement>(`[data-path^="${escaped}."], [name^="${escaped}."]`);
  if (!inside) return false;
  inside.focus();
  inside.scrollIntoView({ block: 'center' });
  return true;
}
