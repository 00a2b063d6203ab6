import { AccountEntity } from '../accounts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, JoinColumn, ManyToOne } from 'typeorm';

/** A named unit of the account; employees belong to at most one. */
@Entity({ name: 'departments' })
// Trigram index for name search (migration ListIndexes).
@Index('departments_search_idx', { synchronize: false })
@Unique('departments_account_name_key', ['accountId', 'nameKey'])
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  name: string;

  /** Lower-cased name: the database keeps names unique regardless of case. */
  @Column({ name: 'name_key', type: 'text' })
  nameKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
}
