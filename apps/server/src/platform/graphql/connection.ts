import { MAX_PAGE_SIZE } from '@gatehouse/contracts';
import { isUuid } from '../db/uuid';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { badUserInput } from './top-level-errors';
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

export { MAX_PAGE_SIZE };
export const DEFAULT_PAGE_SIZE = 50;

/**
 * The order a list is read in. Every cursor names the order it was issued for, so a cursor
 * only continues that order, and its sort value is checked against the SQL type it is cast to
 * before it reaches a query.
 */
export interface KeysetOrder {
  /** Names the order and its direction, e.g. `LAST_LOGIN:DESC`. */
  readonly name: string;
  /** The SQL type of the sort value. */
  readonly cast: KeysetCast;
  /** For an enum-typed sort value: the labels it may take (anything else would fail the cast). */
  readonly labels?: readonly string[];
}
/** A text value, a timestamp, or one of an enum's `labels`. */
export type KeysetCast = 'text' | 'timestamptz' | 'enum';

/** Position after which a keyset page continues: the sort value (as text) and the id breaking ties. */
export interface KeysetCursor {
  readonly value: string;
  readonly id: string;
}

/** Cursors are opaque to clients: base64url JSON of the order and the keyset position. */
export function encodeCursor(order: KeysetOrder, cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([order.name, cursor.value, cursor.id])).toString('base64url');
}

/** Decodes a cursor issued for `order`; null when it is not one of ours or belongs to another order. */
export function decodeCursor(raw: string, order: KeysetOrder): KeysetCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [name, value, id] = parsed;
  if (name !== order.name || typeof id !== 'string' || !isUuid(id) || typeof value !== 'string') return null;
  // PostgreSQL text cannot hold NUL, and a bad timestamp fails the cast inside the query.
  if (value.includes('\u0000')) return null;
  if (order.cast === 'timestamptz' && !isTimestampText(value)) return null;
  if (order.cast === 'enum' && !order.labels?.includes(value)) return null;
  return { value, id };
}

/** `timestamptz::text` as PostgreSQL prints it (DateStyle ISO), or -infinity/infinity. */
const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::[0-5]\d){0,2}$/;

/** True for a timestamp PostgreSQL prints and accepts back: a real calendar date and time. */
export function isTimestampText(value: string): boolean {
  if (value === '-infinity' || value === 'infinity') return true;
  const m = TIMESTAMP_TEXT.exec(value);
  if (!m) return false;
  // A missing group is NaN, and every comparison with NaN is false.
  const part = (i: number) => Number(m[i]);
  const year = part(1);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][part(2) - 1] ?? 0;
  return year >= 1 && part(3) >= 1 && part(3) <= daysInMonth && part(4) <= 23 && part(5) <= 59 && part(6) <= 59 && part(7) <= 15;
}

/**
 * The page size for `first`. A size outside 0..MAX_PAGE_SIZE is refused, never clamped: a
 * client asking for 500 must learn it got at most 200 and page through the rest.
 */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be from 0 to ${MAX_PAGE_SIZE}; page through longer lists with \`after\`.`, { argument: 'first', max: MAX_PAGE_SIZE });
  }
  return first;
}

/** True when the field's selection (fragments included) asks for `name` directly. */
function selects(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  return (set?.selections ?? []).some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet, name, info);
    return selects(info.fragments[s.name.value]?.selectionSet, name, info);
  });
}

/** True when the operation selects the connection's `totalCount`. */
export function asksForTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, 'totalCount', info));
}

/**
 * The count of a connection, run at most once and only when asked for. When the operation
 * selects `totalCount` it starts at once, beside the page query, instead of after it.
 */
export function lazyCount(info: GraphQLResolveInfo, count: () => Promise<number>): () => Promise<number> {
  let started: Promise<number> | null = null;
  const run = (): Promise<number> => (started ??= count());
  // Its failure reaches the client through the totalCount field; this only keeps an unawaited one quiet.
  if (asksForTotalCount(info)) run().catch(() => undefined);
  return run;
}

/** Turns `limit + 1` fetched rows into a connection page. */
export function toConnection<R, T>(
  rows: readonly R[],
  limit: number,
  countTotal: () => Promise<number>,
  present: (row: R) => T,
  cursorOf: (row: R) => KeysetCursor,
  order: KeysetOrder,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(order, cursorOf(row)), node: present(row) }));
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
  @Field(() => Int, { nullable: true, description: `How many items: default ${DEFAULT_PAGE_SIZE}, from 0 to ${MAX_PAGE_SIZE}; more is refused (BAD_USER_INPUT), page with \`after\`.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor: an endCursor or edge cursor of this list, in the same order.' })
  after?: string | null;
}

/** Decodes `after` for `order`; a cursor that is not ours, or from another order, is a client bug. */
export function afterCursor(after: string | null | undefined, order: KeysetOrder): KeysetCursor | null {
  if (after === null || after === undefined || after === '') return null;
  const cursor = decodeCursor(after, order);
  if (cursor === null) {
    throw badUserInput('The `after` cursor is not valid for this list in this order; start again without `after`.', { argument: 'after' });
  }
  return cursor;
}
