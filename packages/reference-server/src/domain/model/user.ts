/**
 * @module domain/model/user
 * Entity types and the storage port (implemented by storage/user-store.ts) of this part of the domain.
 */

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: Date;
}

export interface UserWithPassword extends User {
  readonly passwordHash: string;
}

export interface UserStore {
  create(user: { id?: string; email: string; name: string; passwordHash: string }): Promise<User>;
  findById(id: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<UserWithPassword | undefined>;
  setPassword(id: string, passwordHash: string): Promise<void>;
}

export interface SessionStore {
  create(session: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void>;
  /** The user of a live session, or undefined when unknown or expired. */
  findUser(tokenHash: string, now: Date): Promise<User | undefined>;
  delete(tokenHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
}
