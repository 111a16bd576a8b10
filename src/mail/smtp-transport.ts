// The real mail transport: nodemailer over SMTP (SMTP_URL, e.g. smtp://user:pass@host:587 or
// smtps://…:465). The From address comes from the URL's `from` query parameter when given.
import nodemailer from 'nodemailer';
import type { OutboxMessage } from '../comments/outbox-repo.ts';
import type { MailTransport } from '../comments/send-outbox.ts';
import { headerSafe } from '../comments/notifications.ts';

/** A transport sending through the SMTP server at `smtpUrl`, from `from` (an address). */
export function createSmtpTransport(
  smtpUrl: string,
  from: { name: string; address: string },
): MailTransport & { close(): void } {
  const url = new URL(smtpUrl);
  const fromParam = url.searchParams.get('from');
  url.searchParams.delete('from');
  const transporter = nodemailer.createTransport(url.toString());
  const sender = { name: headerSafe(from.name), address: fromParam ?? from.address };
  return {
    async send(message: OutboxMessage) {
      await transporter.sendMail({
        from: sender,
        to: message.toName ? { name: headerSafe(message.toName), address: message.to } : message.to,
        subject: headerSafe(message.subject, 250),
        text: message.text,
        headers: Object.fromEntries(
          Object.entries(message.headers).map(([k, v]) => [headerSafe(k, 60), headerSafe(v, 500)]),
        ),
      });
    },
    close: () => transporter.close(),
  };
}
