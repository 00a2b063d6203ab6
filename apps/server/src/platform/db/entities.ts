import { AccountEntity } from '../../features/accounts/account.entity';
import { SetupTokenEntity } from '../../features/accounts/setup-token.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { IdentityEntity } from '../../features/auth/identity.entity';
import { LoginFailureEntity } from '../../features/auth/login-attempt.entity';
import { RefreshTokenEntity } from '../../features/auth/refresh-token.entity';
import { SessionEntity } from '../../features/auth/session.entity';
import { SigningKeyEntity } from '../../features/auth/signing-key.entity';
import { DepartmentEntity } from '../../features/departments/department.entity';
import { DeleteChallengeEntity } from '../../features/employees/delete-challenge.entity';
import { EmployeeEntity } from '../../features/employees/employee.entity';
import { ModulePermissionEntity } from '../../features/employees/module-permission.entity';
import { UserGroupMemberEntity } from '../../features/user-groups/user-group-member.entity';
import { UserGroupEntity } from '../../features/user-groups/user-group.entity';

/** Every TypeORM entity; the data source and the migration generator both use this list. */
export const ENTITIES = [
  AccountEntity,
  SetupTokenEntity,
  AuditEventEntity,
  IdentityEntity,
  LoginFailureEntity,
  RefreshTokenEntity,
  SessionEntity,
  SigningKeyEntity,
  DepartmentEntity,
  DeleteChallengeEntity,
  EmployeeEntity,
  ModulePermissionEntity,
  UserGroupMemberEntity,
  UserGroupEntity,
];
