import { AccountEntity } from '../accounts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, JoinColumn, ManyToOne } from 'typeorm';

/** A custom group of employees; groups own items or have items shared with them. */
@Entity({ name: 'user_groups' })
// Trigram index for name search (migration ListIndexes).
@Index('user_groups_search_idx', { synchronize: false })
@Unique('user_groups_account_name_key', ['accountId', 'nameKey'])
export class UserGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_key', type: 'text' })
  nameKey: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
}
