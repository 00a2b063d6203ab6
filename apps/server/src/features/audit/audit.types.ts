import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { isUuid } from '../../platform/db/uuid';
import { connectionOf } from '../../platform/graphql/connection';
import type { AuditNameRow, AuditRow } from './audit.queries';

@ObjectType('AuditActor', { description: 'Who made a change (null name once they are deleted).', simpleResolvers: true })
export class AuditActorType {
  @Field(() => ID, { description: 'Employee id at the time.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Their name now; null when the employee no longer exists.' })
  fullName: string | null;
}

@ObjectType('AuditApiToken', { description: 'The API token a client app made a change with.', simpleResolvers: true })
export class AuditApiTokenType {
  @Field(() => ID, { description: 'The token’s id.' })
  id: string;

  @Field({ description: 'The token’s name.' })
  name: string;
}

@ObjectType('AuditSubject', { description: 'A person, department, group or account an event is about, with its name.', simpleResolvers: true })
export class AuditSubjectType {
  @Field(() => ID, { description: 'Its id (it may no longer exist).' })
  id: string;

  @Field({ description: 'What it is: employee, department, user_group, api_token, external_user or account.' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'Its name now; once deleted, the name the event recorded; null when neither is known.' })
  name: string | null;

  @Field({ description: 'False once it has been deleted.' })
  exists: boolean;
}

@ObjectType('AuditEvent', { description: 'Who did what to whom, when. Never edited.', simpleResolvers: true })
export class AuditEventType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'When it happened.' })
  at: Date;

  @Field({ description: 'What happened, e.g. employee.created.' })
  action: string;

  @Field(() => AuditActorType, { nullable: true, description: 'The person who did it; null for an API token or the system.' })
  actor: AuditActorType | null;

  @Field(() => AuditApiTokenType, { nullable: true, description: 'The API token a client app did it with; null when a person or the system did.' })
  apiToken: AuditApiTokenType | null;

  @Field({ description: 'The kind of thing changed, e.g. employee.' })
  targetType: string;

  @Field(() => ID, { nullable: true, description: 'The id of the thing changed.' })
  targetId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Details: values set, and old → new values where they changed.' })
  data: Record<string, unknown>;

  @Field(() => AuditSubjectType, { nullable: true, description: 'The thing changed, with its name; null when the event has no target.' })
  target: AuditSubjectType | null;

  @Field(() => [AuditSubjectType], { description: 'The people, departments and groups the details mention by id, with their names now; a deleted one with the name its last event recorded (exists false).' })
  mentions: AuditSubjectType[];
}

export const AuditEventConnection = connectionOf(AuditEventType, 'AuditEvent', 'audit event');

/** Current names by id, for the ids a page of events mentions. */
export type AuditNames = ReadonlyMap<string, AuditNameRow>;

/** Whitelists what the API shows of an audit row; names come from one lookup for the page. */
export function presentAuditEvent(row: AuditRow, names: AuditNames): AuditEventType {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actor: row.actor_id ? { id: row.actor_id, fullName: row.actor_name } : null,
    apiToken: row.api_token_id && row.api_token_name !== null ? { id: row.api_token_id, name: row.api_token_name } : null,
    targetType: row.target_type,
    targetId: row.target_id,
    data: row.data,
    target: row.target_id ? presentTarget(row.target_id, row.target_type, row.data, names) : null,
    mentions: mentionedIds(row.data).flatMap((id) => {
      const found = names.get(id);
      return found ? [{ id, kind: found.kind, name: found.name, exists: found.exists }] : [];
    }),
  };
}

function presentTarget(id: string, kind: string, data: Readonly<Record<string, unknown>>, names: AuditNames): AuditSubjectType {
  const known = names.get(id);
  if (known?.exists) return { id, kind: known.kind, name: known.name, exists: true };
  return { id, kind, name: recordedName(data) ?? known?.name ?? null, exists: kind === 'account' };
}

/**
 * The name an event recorded for its target: `targetName` (written since names are kept),
 * else `name` as deletions and creations of departments and groups have always stored it,
 * else the new name of a rename. Older employee events recorded none.
 */
function recordedName(data: Readonly<Record<string, unknown>>): string | null {
  const { targetName, name } = data;
  if (typeof targetName === 'string') return targetName;
  if (typeof name === 'string') return name;
  if (typeof name === 'object' && name !== null && 'to' in name && typeof name.to === 'string') return name.to;
  return null;
}

/** Every id-like string anywhere in an event's details (department, group and member ids, old and new). */
export function mentionedIds(data: unknown): string[] {
  if (typeof data === 'string') return isUuid(data) ? [data] : [];
  if (Array.isArray(data)) return data.flatMap(mentionedIds);
  if (typeof data === 'object' && data !== null) return Object.values(data).flatMap(mentionedIds);
  return [];
}
