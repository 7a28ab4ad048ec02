import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RawNode,
  RootOperationNode,
  SelectQueryNode,
  UnknownRow,
} from 'kysely';
import type { Db } from './kysely.ts';

/** A write attempted through a read-only handle: a programming error, never the user's. */
export class ReadOnlyViolation extends Error {
  constructor(kind: string) {
    super(`a read-only step sent a ${kind}`);
    this.name = 'ReadOnlyViolation';
  }
}

const WRITES = /\b(insert|update|delete|merge|truncate|alter|create|drop|grant|copy|lock|nextval|setval)\b/i;

/** A raw statement reads when it is a query and names nothing that writes (nor a row lock). */
function rawReads(node: RawNode): boolean {
  const text = node.sqlFragments.join(' ');
  return /^\s*\(?\s*(select|with|values)\b/i.test(text) && !WRITES.test(text);
}

function selectReads(node: SelectQueryNode): boolean {
  // A data-modifying CTE writes even under a select; so does a row lock (`for update`).
  const ctes = node.with?.expressions ?? [];
  const locks = (node.endModifiers ?? []).some((m) => m.modifier?.startsWith('For'));
  return !locks && ctes.every((c) => reads(c.expression));
}

function reads(node: OperationNode): boolean {
  if (node.kind === 'SelectQueryNode') return selectReads(node as SelectQueryNode);
  if (node.kind === 'RawNode') return rawReads(node as RawNode);
  return false;
}

/**
 * Refuses, before it is sent, any statement but a read. An action that runs without a
 * transaction (`perform-case-action.ts`) gives its own steps this handle, so that a step that
 * starts writing cannot commit a row on its own, outside the action's one statement: it fails
 * every test that reaches it instead, until the action is declared `locked`.
 */
class ReadOnlyPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (!reads(args.node)) throw new ReadOnlyViolation(args.node.kind);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const handles = new WeakMap<Db, Db>();

/** The same database, through a handle that only reads. Made once per database. */
export function readOnly(db: Db): Db {
  let handle = handles.get(db);
  if (!handle) {
    handle = db.withPlugin(new ReadOnlyPlugin());
    handles.set(db, handle);
  }
  return handle;
}
