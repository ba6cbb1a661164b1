import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

const FROM_ADDRESS = process.env.EMAIL_FROM || 'column-cms@localhost'
const FROM_NAME = '穿越喜马拉雅的守望 · 稿件系统'

/**
 * Mail through SMTP when SMTP_URL is set (e.g. smtp://user:pass@mail.example.com:587); otherwise,
 * as in development, every mail is written to the log instead of being sent.
 */
export const emailAdapter: EmailAdapter = ({ payload }) => {
  const transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null
  return {
    name: transport ? 'smtp' : 'log',
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    sendEmail: async (message) => {
      if (!transport) {
        payload.logger.info(
          { to: message.to, subject: message.subject },
          `email (not sent, no SMTP_URL): ${message.text ?? ''}`,
        )
        return { logged: true }
      }
      return transport.sendMail({ from: `"${FROM_NAME}" <${FROM_ADDRESS}>`, ...message })
    },
  }
}
