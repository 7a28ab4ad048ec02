import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Stable per notification or digest, so a receiving server can drop a resend after a crash. */
  messageId: string;
}

export interface Mailer {
  /** False when no SMTP server is configured: notifications then stay in the application. */
  readonly enabled: boolean;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Whether to refuse a certificate the system does not trust (keep true outside a lab). */
  rejectUnauthorized?: boolean;
}

export const disabledMailer: Mailer = {
  enabled: false,
  async send() {
    throw new Error('e-mail is not configured (KHIEN_SMTP_HOST)');
  },
  close() {},
};

/** E-mail through an SMTP server (nodemailer), one pooled connection per process. */
export function smtpMailer(s: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    pool: true,
    maxConnections: 2,
    ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
    tls: { rejectUnauthorized: s.rejectUnauthorized ?? true },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    enabled: true,
    async send(m) {
      await transport.sendMail({ from: s.from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId });
    },
    close() {
      transport.close();
    },
  };
}
