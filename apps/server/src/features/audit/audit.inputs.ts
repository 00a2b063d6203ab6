import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the audit log; every given condition must hold.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this employee did.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, exactly, e.g. employee.created.' })
  @MaxLength(100)
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this thing (an employee, department, group…).' })
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only events at or after this moment.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events before this moment.' })
  to?: Date | null;
}
