import { AccountEntity } from '../accounts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** How many external users an account has; kept by triggers on external_users (migration ExternalUsers), never written by the app. */
@Entity({ name: 'external_user_counts' })
export class ExternalUserCountEntity {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'PK_external_user_counts' })
  accountId: string;

  @Column({ name: 'external_users', type: 'bigint' })
  externalUsers: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_external_user_counts_account' })
  account?: AccountEntity;
}
