/**
 * The frame of every e-mail: one centred 600-pixel table, inline styles,
 * no stylesheet, script or web font (mail clients drop them), the
 * unsubscribe link at the foot. The plain-text part is built beside it.
 */
import { html, type Html } from "./html";
import { absoluteUrl, site } from "../site";
import { t } from "../strings";

const FONT = "Georgia, 'Times New Roman', serif";
const INK = "#1a1a1a";
const MUTED = "#5c5c5c";
const ACCENT = "#a4161a";

export const mailStyle = { FONT, INK, MUTED, ACCENT } as const;

export function mailHtml({
  title,
  preheader,
  body,
  unsubscribeUrl,
}: {
  title: string;
  preheader: string;
  body: Html;
  unsubscribeUrl: string;
}): string {
  return html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>${title}</title>
      </head>
      <body style="margin:0;padding:0;background:#f4f1ea;">
        <div style="display:none;max-height:0;overflow:hidden;">${preheader}</div>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f1ea;">
          <tr>
            <td align="center" style="padding:16px 8px;">
              <table
                role="presentation"
                width="600"
                cellpadding="0"
                cellspacing="0"
                border="0"
                style="width:100%;max-width:600px;background:#ffffff;font-family:${FONT};color:${INK};"
              >
                <tr>
                  <td style="padding:24px 20px 12px;border-bottom:3px solid ${ACCENT};">
                    <a href="${absoluteUrl("/")}" style="font-size:30px;font-weight:bold;color:${INK};text-decoration:none;"
                      >${site.name}</a
                    >
                  </td>
                </tr>
                ${body}
                <tr>
                  <td style="padding:20px;border-top:1px solid #dddddd;font-size:13px;line-height:1.5;color:${MUTED};">
                    ${t.lettreWhy}<br />
                    <a href="${unsubscribeUrl}" style="color:${MUTED};">${t.lettreUnsubscribeMail}</a><br />
                    ${site.legal.publisher.name}, ${site.legal.publisher.address}
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html> `.value;
}

/** The plain-text part's foot. */
export function mailTextFoot(unsubscribeUrl: string): string {
  return `--\n${t.lettreWhy}\n${t.lettreUnsubscribeMail}\u00a0: ${unsubscribeUrl}\n${site.legal.publisher.name}, ${site.legal.publisher.address}\n`;
}

/** A button that stays a link in every client. */
export function mailButton(label: string, href: string): Html {
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0">
    <tr>
      <td style="background:${ACCENT};border-radius:4px;">
        <a
          href="${href}"
          style="display:inline-block;padding:12px 20px;font-family:${FONT};font-size:17px;color:#ffffff;text-decoration:none;"
          >${label}</a
        >
      </td>
    </tr>
  </table>`;
}
