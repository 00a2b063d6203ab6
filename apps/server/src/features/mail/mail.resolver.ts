import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, type Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { retryMail, sendTestMail } from './mail.commands';
import { failedMailPage, mailboxAvailable, mailboxMessage, mailboxPage } from './mail.reads';
import {
  FailedMailConnection,
  MailboxMessageConnection,
  MailboxMessageContentType,
  RetryMailInput,
  RetryMailPayload,
  SendTestMailPayload,
  type FailedMailType,
  type MailboxMessageType,
} from './mail.types';

@Resolver()
export class MailResolver {
  @Query(() => FailedMailConnection, { description: 'Emails of the account that could not be delivered after their last try, newest first. ACCOUNT_ADMIN and USER_ADMIN.' })
  failedMail(@Args() page: PageArgs, @Ctx() ctx: RequestCtx, @Info() info: GraphQLResolveInfo): Promise<Connection<FailedMailType>> {
    return failedMailPage(ctx, page, info);
  }

  @Mutation(() => RetryMailPayload, { description: 'Send failed emails again. ACCOUNT_ADMIN and USER_ADMIN.' })
  retryMail(@Arg('input', { description: 'Which emails.' }) input: RetryMailInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => retryMail(ctx, input), (retriedIds) => ({ retriedIds }));
  }

  @Mutation(() => SendTestMailPayload, { description: 'Send yourself a test email, to check that mail reaches people (at most 5 an hour). ACCOUNT_ADMIN and USER_ADMIN.' })
  sendTestMail(@Ctx() ctx: RequestCtx) {
    return toPayload(() => sendTestMail(ctx), (sentTo) => ({ sentTo }));
  }

  @Query(() => Boolean, { description: 'True when this server keeps a development mailbox (never in production).' })
  mailboxAvailable(@Ctx() ctx: RequestCtx): boolean {
    return mailboxAvailable(ctx);
  }

  @Query(() => MailboxMessageConnection, { description: "The development mailbox: the account's emails as they were delivered, newest first. Refused in production. ACCOUNT_ADMIN and USER_ADMIN." })
  mailbox(@Args() page: PageArgs, @Ctx() ctx: RequestCtx, @Info() info: GraphQLResolveInfo): Promise<Connection<MailboxMessageType>> {
    return mailboxPage(ctx, page, info);
  }

  @Query(() => MailboxMessageContentType, { nullable: true, description: 'One email of the development mailbox with its HTML and text parts; null when it is not there. Refused in production.' })
  mailboxMessage(@Arg('id', () => ID, { description: 'The message.' }) id: string, @Ctx() ctx: RequestCtx): Promise<MailboxMessageContentType | null> {
    return mailboxMessage(ctx, id);
  }
}
