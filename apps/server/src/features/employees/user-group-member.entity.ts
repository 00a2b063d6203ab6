import { AccountEntity } from '../accounts';
import { EmployeeEntity } from './employee.entity';
import { UserGroupEntity } from '../user-groups';
import { Column, Entity, Index, PrimaryColumn, JoinColumn, ManyToOne } from 'typeorm';

/** Membership of one employee in one group. */
@Entity({ name: 'user_group_members' })
@Index('user_group_members_employee_idx', ['employeeId'])
@Index('user_group_members_account_group_idx', ['accountId', 'groupId', 'employeeId'])
export class UserGroupMemberEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @PrimaryColumn({ name: 'employee_id', type: 'uuid' })
  employeeId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @ManyToOne(() => UserGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: UserGroupEntity;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: EmployeeEntity;
}
