import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from '../../platform/graphql/connection';
import type { AuditRow } from './audit.queries';

@ObjectType('AuditActor', { description: 'Who made a change (null name once they are deleted).', simpleResolvers: true })
export class AuditActorType {
  @Field(() => ID, { description: 'Employee id at the time.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Their name now; null when the employee no longer exists.' })
  fullName: string | null;
}

@ObjectType('AuditEvent', { description: 'Who did what to whom, when. Never edited.', simpleResolvers: true })
export class AuditEventType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'When it happened.' })
  at: Date;

  @Field({ description: 'What happened, e.g. employee.created.' })
  action: string;

  @Field(() => AuditActorType, { nullable: true, description: 'Who did it; null for the system.' })
  actor: AuditActorType | null;

  @Field({ description: 'The kind of thing changed, e.g. employee.' })
  targetType: string;

  @Field(() => ID, { nullable: true, description: 'The id of the thing changed.' })
  targetId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Details: values set, and old → new values where they changed.' })
  data: Record<string, unknown>;
}

export const AuditEventConnection = connectionOf(AuditEventType, 'AuditEvent', 'audit event');

/** Whitelists what the API shows of an audit row. */
export function presentAuditEvent(row: AuditRow): AuditEventType {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actor: row.actor_id ? { id: row.actor_id, fullName: row.actor_name } : null,
    targetType: row.target_type,
    targetId: row.target_id,
    data: row.data,
  };
}
