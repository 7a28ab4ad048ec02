import type { FieldError } from './errors';

/**
 * The API names fields like `plan.risks[0].id` or `votes[1].personId`; forms name them
 * `risks.0.id` and `votes.1.personId`. `root` is dropped from the front (e.g. `plan`).
 */
export function toFormPath(apiPath: string, root?: string): string {
  let path = apiPath.replace(/\[(\d+)\]/g, '.$1');
  if (root && (path === root || path.startsWith(`${root}.`))) path = path.slice(root.length + 1);
  return path;
}

export function toFormErrors(fields: FieldError[], root?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const path = toFormPath(f.path, root);
    errors[path] = errors[path] ? `${errors[path]} ${f.message}` : f.message;
  }
  return errors;
}
