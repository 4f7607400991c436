/**
 * @module mail/config
 * Mail and invitation-link settings from the environment. Without `GRANTKIT_SMTP_URL`, mail is
 * kept in the outbox and shown in the demo mailbox, so the embedded default needs no mail server.
 */
// A cycle with config.ts, harmless: ConfigError is only used when loadMailConfig runs.
import { isLoopbackUrl } from '@grantkit/sdk/rules';
import { ConfigError } from '../config-error.js';

export interface MailConfig {
  /** SMTP server (`GRANTKIT_SMTP_URL`, e.g. `smtps://user:pass@mail.example.com` or `smtp://127.0.0.1:1025`). */
  readonly smtpUrl: string | undefined;
  /** Sender address (`GRANTKIT_MAIL_FROM`, default `grantkit <no-reply@localhost>`). */
  readonly from: string;
  /**
   * Whether `GET /api/mailbox` and `/mailbox` show stored mail (`GRANTKIT_MAILBOX`: `on`/`off`).
   * Default: on only when no SMTP URL is set, not in production, and the public URL is loopback
   * (a local demo). It shows invitation links — whoever reads one can take the invitation — so
   * it must stay off on any reachable deployment.
   */
  readonly mailbox: boolean;
  /** Hours an emailed invitation link stays valid (`GRANTKIT_INVITATION_TTL_HOURS`, default 72). */
  readonly invitationTtlHours: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** `publicUrl`: the server's public URL (the mailbox defaults to on only for loopback). */
export function loadMailConfig(env: Env, production: boolean, publicUrl = 'http://localhost'): MailConfig {
  const smtpUrl = env.GRANTKIT_SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) {
    throw new ConfigError('GRANTKIT_SMTP_URL must start with smtp:// or smtps:// (e.g. smtps://user:pass@mail.example.com).');
  }
  const mailboxRaw = (env.GRANTKIT_MAILBOX || '').toLowerCase();
  if (mailboxRaw && !['on', 'off', 'true', 'false', '1', '0'].includes(mailboxRaw)) {
    throw new ConfigError(`GRANTKIT_MAILBOX must be on or off (got "${env.GRANTKIT_MAILBOX}").`);
  }
  const ttlRaw = env.GRANTKIT_INVITATION_TTL_HOURS;
  const ttl = ttlRaw ? Number(ttlRaw) : 72;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 24 * 30) {
    throw new ConfigError(`GRANTKIT_INVITATION_TTL_HOURS must be a whole number from 1 to 720 (got "${ttlRaw}").`);
  }
  return {
    smtpUrl,
    from: env.GRANTKIT_MAIL_FROM || 'grantkit <no-reply@localhost>',
    mailbox: mailboxRaw ? ['on', 'true', '1'].includes(mailboxRaw) : !smtpUrl && !production && isLoopbackUrl(publicUrl),
    invitationTtlHours: ttl,
  };
}
