import { ACCOUNT_ENTITIES } from './features/accounts';
import { API_TOKEN_ENTITIES } from './features/api-tokens';
import { AUDIT_ENTITIES } from './features/audit';
import { AUTH_ENTITIES } from './features/auth';
import { DEPARTMENT_ENTITIES } from './features/departments';
import { ACCOUNT_EMAIL_ENTITIES } from './features/account-emails';
import { DELETE_CHALLENGE_ENTITIES } from './features/delete-challenges';
import { EMPLOYEE_ENTITIES } from './features/employees';
import { ITEM_ENTITIES } from './features/items';
import { IMPORT_ENTITIES } from './features/imports';
import { EXTERNAL_USER_ENTITIES } from './features/external-users';
import { PORTAL_ENTITIES } from './features/portal';
import { SETUP_ENTITIES } from './features/setup';
import { USER_GROUP_ENTITIES } from './features/user-groups';
import { DevMailboxMessageEntity } from './platform/mail/dev-mailbox-message.entity';
import { OutboxMessageEntity } from './platform/mail/outbox-message.entity';
import { ThrottleBucketEntity } from './platform/throttle/throttle-bucket.entity';

/** Every TypeORM entity, gathered from the features; the data source and the migration generator use this list. */
export const ENTITIES = [
  ...ACCOUNT_ENTITIES,
  ...SETUP_ENTITIES,
  ...AUDIT_ENTITIES,
  ...AUTH_ENTITIES,
  ...DEPARTMENT_ENTITIES,
  ...USER_GROUP_ENTITIES,
  ...EMPLOYEE_ENTITIES,
  ...IMPORT_ENTITIES,
  ...DELETE_CHALLENGE_ENTITIES,
  ...ACCOUNT_EMAIL_ENTITIES,
  ...EXTERNAL_USER_ENTITIES,
  ...API_TOKEN_ENTITIES,
  ...ITEM_ENTITIES,
  ...PORTAL_ENTITIES,
  ThrottleBucketEntity,
  OutboxMessageEntity,
  DevMailboxMessageEntity,
];
