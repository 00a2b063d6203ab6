import { MAX_PAGE_SIZE } from '@gatehouse/contracts';
import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';

@ObjectType('FailedMail', { description: 'An email that could not be delivered after its last try; an admin may retry it.', simpleResolvers: true })
export class FailedMailType {
  @Field(() => ID, { description: 'Stable id (pass to retryMail).' })
  id: string;

  @Field({ description: 'The address it was for.' })
  to: string;

  @Field({ description: 'Its subject line, as it would be sent.' })
  subject: string;

  @Field({ description: 'Which kind of email it is: invitation, password_reset, portal_link, portal_code.' })
  template: string;

  @Field(() => Int, { description: 'How many times sending it was tried.' })
  attempts: number;

  @Field({ description: "Why the last try failed (the provider's answer)." })
  reason: string;

  @Field({ description: 'When it was queued.' })
  queuedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was given up on.' })
  failedAt: Date | null;
}

export const FailedMailConnection = connectionOf(FailedMailType, 'FailedMail', 'failed email');

@InputType({ description: 'Which failed emails to send again.' })
export class RetryMailInput {
  @Field(() => [ID], { description: `FailedMail ids, 1 to ${MAX_PAGE_SIZE}.` })
  @ArrayMaxSize(MAX_PAGE_SIZE)
  ids: string[];
}

@ObjectType({ description: 'Result of retrying failed mail.' })
export class RetryMailPayload {
  @Field(() => [ID], { nullable: true, description: 'The emails put back in the outbox, to be sent again with all their tries; null when nothing was.' })
  retriedIds: string[] | null;

  @Field(() => [UserError], { description: 'Why nothing was retried; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of sending yourself a test email.' })
export class SendTestMailPayload {
  @Field(() => String, { nullable: true, description: 'The address the test email was queued for (yours); null when it was not.' })
  sentTo: string | null;

  @Field(() => [UserError], { description: 'Why nothing was sent (THROTTLED after 5 an hour); empty on success.' })
  userErrors: UserError[];
}

@ObjectType('MailboxMessage', { description: 'An email kept by the development mailbox (never in production).', simpleResolvers: true })
export class MailboxMessageType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'The sender (MAIL_FROM).' })
  from: string;

  @Field({ description: 'The address it was for.' })
  to: string;

  @Field({ description: 'Its subject line.' })
  subject: string;

  @Field({ description: 'When the mailbox received it.' })
  receivedAt: Date;

  @Field(() => [String], { description: 'The links it carries, the call to action first.' })
  links: string[];
}

@ObjectType('MailboxMessageContent', { description: 'An email of the development mailbox with both of its parts.', simpleResolvers: true })
export class MailboxMessageContentType extends MailboxMessageType {
  @Field({ description: 'The HTML part, as a mail client would show it.' })
  html: string;

  @Field({ description: 'The plain-text part.' })
  text: string;
}

export const MailboxMessageConnection = connectionOf(MailboxMessageType, 'MailboxMessage', 'development mailbox message');
