import { isUuid } from '../db/uuid';
import { GraphQLError, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Ascending: A→Z, oldest first.' }, DESC: { description: 'Descending: Z→A, newest first.' } },
});

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).', simpleResolvers: true })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null on an empty page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counts the matches over all pages; called only when the client selects `totalCount`. */
  countTotal: () => Promise<number>;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function connectionOf<T extends object>(Node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.`, simpleResolvers: true })
  class EdgeType {
    @Field({ description: 'Opaque position of this item; pass as `after` to continue from it.' })
    cursor: string;

    @Field(() => Node, { description: `The ${what}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.`, simpleResolvers: true })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: `The ${what}s of this page, in order.` })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    countTotal: () => Promise<number>;

    // A resolver, not a value: an operation that does not select it never runs the count.
    @Field(() => Int, { description: `How many ${what}s match the filter, over all pages.` })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** Position after which a keyset page continues: the sort value and the id breaking ties. */
export interface KeysetCursor {
  readonly value: string | number | null;
  readonly id: string;
}

/** Cursors are opaque to clients: base64url JSON of the keyset position. */
export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

/** Decodes a cursor; null when it is not one of ours. */
export function decodeCursor(raw: string): KeysetCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed;
    if (typeof id !== 'string' || !isUuid(id) || !(value === null || typeof value === 'string' || typeof value === 'number')) return null;
    return { value, id };
  } catch {
    return null;
  }
}

/** Clamps a requested page size. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  return Math.max(0, Math.min(MAX_PAGE_SIZE, Math.floor(first)));
}

/** True when the field's selection (fragments included) asks for `name` directly. */
function selects(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  return (set?.selections ?? []).some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet, name, info);
    return selects(info.fragments[s.name.value]?.selectionSet, name, info);
  });
}

/**
 * The count of a connection, run at most once and only when asked for. When the operation
 * selects `totalCount` it starts at once, beside the page query, instead of after it.
 */
export function lazyCount(info: GraphQLResolveInfo, count: () => Promise<number>): () => Promise<number> {
  let started: Promise<number> | null = null;
  const run = (): Promise<number> => (started ??= count());
  // Its failure reaches the client through the totalCount field; this only keeps an unawaited one quiet.
  if (info.fieldNodes.some((node) => selects(node.selectionSet, 'totalCount', info))) run().catch(() => undefined);
  return run;
}

/** Turns `limit + 1` fetched rows into a connection page. */
export function toConnection<R, T>(
  rows: readonly R[],
  limit: number,
  countTotal: () => Promise<number>,
  present: (row: R) => T,
  cursorOf: (row: R) => KeysetCursor,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: present(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal,
  };
}

@InputType({ description: 'Sort order of a list sorted by name.' })
export class NameOrder {
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction: OrderDirection;
}

/** Arguments shared by every connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor (an endCursor or edge cursor).' })
  after?: string | null;
}

/** Decodes `after`; a cursor that is not ours is a client bug, reported as bad input. */
export function afterCursor(after: string | null | undefined): KeysetCursor | null {
  if (after === null || after === undefined || after === '') return null;
  const cursor = decodeCursor(after);
  if (cursor === null) throw new GraphQLError('The `after` cursor is not valid.', { extensions: { code: 'BAD_USER_INPUT' } });
  return cursor;
}
