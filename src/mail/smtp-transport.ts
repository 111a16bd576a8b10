// The real mail transport: nodemailer over SMTP (SMTP_URL, e.g. smtp://user:pass@host:587 or
// smtps://…:465). The From address comes from the URL's `from` query parameter when given.
import type { Transporter } from 'nodemailer';
import type { OutboxMessage } from '../comments/index.ts';
import type { MailTransport } from '../comments/index.ts';
import { headerSafe } from '../comments/index.ts';

/** A transport sending through the SMTP server at `smtpUrl`, from `from` (an address). */
export function createSmtpTransport(
  smtpUrl: string,
  from: { name: string; address: string },
): MailTransport & { close(): void } {
  const url = new URL(smtpUrl);
  const fromParam = url.searchParams.get('from');
  url.searchParams.delete('from');
  const sender = { name: headerSafe(from.name), address: fromParam ?? from.address };
  // nodemailer (~15 MB) is loaded when the first message goes out, not when the site starts.
  let transporter: Promise<Transporter> | null = null;
  const connect = (): Promise<Transporter> =>
    (transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(url.toString()),
    ));
  return {
    async send(message: OutboxMessage) {
      const mailer = await connect();
      await mailer.sendMail({
        from: sender,
        to: message.toName ? { name: headerSafe(message.toName), address: message.to } : message.to,
        subject: headerSafe(message.subject, 250),
        text: message.text,
        headers: Object.fromEntries(
          Object.entries(message.headers).map(([k, v]) => [headerSafe(k, 60), headerSafe(v, 500)]),
        ),
      });
    },
    close: () => void transporter?.then((t) => t.close()),
  };
}
