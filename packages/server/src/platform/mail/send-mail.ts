import nodemailer from 'nodemailer';

export type Mailer = { send: (m: { to: string; subject: string; text: string }) => Promise<void>; close: () => void };

/** SMTP mailer from a URL such as smtp://user:pass@mail.example.ru:587 (secrets stay in the environment). */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (m) => {
      await transport.sendMail({ from, ...m });
    },
    close: () => transport.close(),
  };
}
