import type { MigrationInterface } from 'typeorm';
import { Initial1795552728841 } from '../../migrations/1795552728841-Initial';
import { ListIndexes1795600000000 } from '../../migrations/1795600000000-ListIndexes';
import { ThrottlesAndChallengeTries1796202922279 } from '../../migrations/1796202922279-ThrottlesAndChallengeTries';
import { EmployeeCounts1796300000000 } from '../../migrations/1796300000000-EmployeeCounts';
import { MailOutbox1796400000000 } from '../../migrations/1796400000000-MailOutbox';
import { DevMailbox1796500000000 } from '../../migrations/1796500000000-DevMailbox';
import { PasswordResetAndTerms1796520000000 } from '../../migrations/1796520000000-PasswordResetAndTerms';
import { Invitations1796510000000 } from '../../migrations/1796510000000-Invitations';
import { ApiTokens1796530000000 } from '../../migrations/1796530000000-ApiTokens';
import { Items1796550000000 } from '../../migrations/1796550000000-Items';
import { EmployeeImports1796560000000 } from '../../migrations/1796560000000-EmployeeImports';
import { ExternalUsers1796540000000 } from '../../migrations/1796540000000-ExternalUsers';
import { Portal1796580000000 } from '../../migrations/1796580000000-Portal';
import { ImportSpeedInvitesExpiry1796600000000 } from '../../migrations/1796600000000-ImportSpeedInvitesExpiry';
import { FailedLoginMail1796610000000 } from '../../migrations/1796610000000-FailedLoginMail';
import { ItemOrderCovering1796620000000 } from '../../migrations/1796620000000-ItemOrderCovering';
import { ExternalUserTerms1796620000001 } from '../../migrations/1796620000001-ExternalUserTerms';
import { EmployeeSearchText1796630000000 } from '../../migrations/1796630000000-EmployeeSearchText';
import { DropImportRowCells1796670000000 } from '../../migrations/1796670000000-DropImportRowCells';

/**
 * Every migration, in order. New ones come from `pnpm --filter @gatehouse/server migration:generate`
 * (TypeORM diffing the entities against a scratch PostgreSQL), are reviewed, and never edited after merge.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795552728841, ListIndexes1795600000000, ThrottlesAndChallengeTries1796202922279, EmployeeCounts1796300000000, MailOutbox1796400000000, DevMailbox1796500000000, Invitations1796510000000, PasswordResetAndTerms1796520000000, ApiTokens1796530000000, ExternalUsers1796540000000, Items1796550000000, EmployeeImports1796560000000, Portal1796580000000, ImportSpeedInvitesExpiry1796600000000, FailedLoginMail1796610000000, ItemOrderCovering1796620000000, ExternalUserTerms1796620000001, EmployeeSearchText1796630000000, DropImportRowCells1796670000000];
