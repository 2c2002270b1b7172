import nodemailer from 'nodemailer';
import { z } from 'zod';

/** A small text attachment, such as a calendar invitation (.ics). */
export const mailAttachment = z.object({ filename: z.string(), contentType: z.string(), content: z.string() });
export type MailAttachment = z.infer<typeof mailAttachment>;
/** The outbox's `attachments` column. */
export const mailAttachments = z.array(mailAttachment);

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** Sends mail through SMTP when configured; without SMTP the outbox keeps every message (see questionnaires/outbox). */
export interface Mailer {
  readonly configured: boolean;
  readonly from: string;
  send(message: MailMessage): Promise<void>;
  /** The message as an RFC 822 .eml file, for the outbox when there is no SMTP. */
  render(message: MailMessage): Promise<Buffer>;
}

async function renderEml(from: string, message: MailMessage): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({ from, ...message });
  return info.message as Buffer;
}

/** SMTP_URL like smtp://user:pass@host:587 (or smtps://); MAIL_FROM the sender. */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  if (!options.smtpUrl) {
    return {
      configured: false,
      from: options.from,
      send: async () => {
        throw new Error('no SMTP configured');
      },
      render: (m) => renderEml(options.from, m),
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    configured: true,
    from: options.from,
    send: async (m) => {
      await transport.sendMail({ from: options.from, ...m });
    },
    render: (m) => renderEml(options.from, m),
  };
}
