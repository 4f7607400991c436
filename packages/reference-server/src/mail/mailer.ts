/**
 * @module mail/mailer
 * The Mailer interface: something that delivers one message now or throws. SMTP through
 * nodemailer is the real one; tests can pass their own.
 */
import type { Transporter } from 'nodemailer';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Mailer {
  /** Delivers one message; throws when the server refuses it or cannot be reached. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** SMTP via nodemailer (RFC 5321). `url` like `smtp://host:25` or `smtps://user:pass@host:465`. */
export function createSmtpMailer(url: string, from: string): Mailer {
  // nodemailer is loaded with the first message, not at start: most demo and test servers never
  // send one, and its modules cost start-up time.
  let transport: Promise<Transporter> | undefined;
  let closed = false;
  const open = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(url, {
        // Fail fast inside a request; the outbox retries later.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      } as object),
    ));
  return {
    async send({ to, subject, text, html }) {
      if (closed) throw new Error('the mailer is closed');
      await (await open()).sendMail({ from, to, subject, text, html });
    },
    close: () => {
      closed = true;
      void transport?.then((t) => t.close());
    },
  };
}
