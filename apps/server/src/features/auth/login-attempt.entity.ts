import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins, kept in PostgreSQL so every server instance throttles alike. */
@Entity({ name: 'login_failures' })
@Index('login_failures_email_idx', ['email', 'at'])
@Index('login_failures_ip_idx', ['ip', 'at'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
