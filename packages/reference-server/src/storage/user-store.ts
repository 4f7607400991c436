/**
 * @module storage/user-store
 * Users and their login sessions.
 */
import type { Executor } from './executor.js';
import type { User, UserWithPassword, UserStore, SessionStore } from '../domain/model/user.js';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: Date;
}

const toUser = (r: UserRow): User => ({ id: r.id, email: r.email, name: r.name, createdAt: r.created_at });

export function createUserStore(db: Executor): UserStore {
  return {
    async create({ id = crypto.randomUUID(), email, name, passwordHash }) {
      const [row] = await db.query<UserRow>(
        `INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING *`,
        [id, email.trim().toLowerCase(), name, passwordHash],
      );
      return toUser(row!);
    },
    async findById(id) {
      const [row] = await db.query<UserRow>(`SELECT * FROM users WHERE id = $1 AND deleted_at IS NULL`, [id]);
      return row && toUser(row);
    },
    async findByEmail(email) {
      const [row] = await db.query<UserRow>(
        `SELECT * FROM users WHERE lower(email) = lower($1) AND deleted_at IS NULL`,
        [email.trim()],
      );
      return row && { ...toUser(row), passwordHash: row.password_hash };
    },
    async setPassword(id, passwordHash) {
      await db.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
    },
  };
}

export function createSessionStore(db: Executor): SessionStore {
  return {
    async create({ tokenHash, userId, expiresAt }) {
      await db.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [
        tokenHash,
        userId,
        expiresAt,
      ]);
    },
    async findUser(tokenHash, now) {
      const [row] = await db.query<UserRow>(
        `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.deleted_at IS NULL`,
        [tokenHash, now],
      );
      return row && toUser(row);
    },
    async delete(tokenHash) {
      await db.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
    },
    async deleteForUser(userId) {
      await db.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
    },
  };
}
