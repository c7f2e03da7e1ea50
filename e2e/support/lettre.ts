/** What the newsletter's spec shares with playwright.config.ts: the SMTP sink the production server sends through. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
