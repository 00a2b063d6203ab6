import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The generated JWT signing secret. It lives in the database (inside DATA_DIR on the
 * embedded default) so that several instances sharing one PostgreSQL verify each other's tokens.
 */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'text' })
  kid: string;

  @Column({ type: 'text' })
  secret: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
