import { AccountEntity } from '../accounts';
import { EmployeeEntity } from './employee.entity';
import { EDIT_SCOPES, MODULES, SEE_SCOPES, type EditScope, type ModuleKey, type SeeScope } from '@gatehouse/access';
import { Column, Entity, PrimaryColumn, JoinColumn, ManyToOne } from 'typeorm';

/** What an admin granted an employee in one module, beyond what the role includes. */
@Entity({ name: 'employee_module_permissions' })
export class ModulePermissionEntity {
  @PrimaryColumn({ name: 'employee_id', type: 'uuid' })
  employeeId: string;

  @PrimaryColumn({ type: 'enum', enum: MODULES, enumName: 'module_key' })
  module: ModuleKey;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'can_access', type: 'boolean', default: false })
  canAccess: boolean;

  @Column({ name: 'is_module_admin', type: 'boolean', default: false })
  isModuleAdmin: boolean;

  @Column({ name: 'see_scope', type: 'enum', enum: SEE_SCOPES, enumName: 'see_scope', default: 'DEPARTMENT' })
  seeScope: SeeScope;

  @Column({ name: 'edit_scope', type: 'enum', enum: EDIT_SCOPES, enumName: 'edit_scope', default: 'NONE' })
  editScope: EditScope;

  @Column({ name: 'see_levels', type: 'smallint', array: true, default: () => "'{}'" })
  seeLevels: number[];

  @Column({ name: 'edit_levels', type: 'smallint', array: true, default: () => "'{}'" })
  editLevels: number[];

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: EmployeeEntity;
}
