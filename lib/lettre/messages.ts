/** The two messages a sign-up sends: confirm this address, or it is already on the list. */
import { html } from "./html";
import { mailButton, mailHtml, mailTextFoot } from "./mail-layout";
import type { OutgoingMail } from "./mailer";
import { LETTRE } from "./settings";
import { t } from "../strings";

export function confirmationMail(to: string, confirmUrl: string, unsubscribeUrl: string): OutgoingMail {
  const validity = t.lettreConfirmMailValidity(LETTRE.confirmationHours);
  const body = html`<tr>
    <td style="padding:20px;font-size:17px;line-height:1.5;">
      <p style="margin:0 0 16px;">${t.lettreConfirmMail}</p>
      ${mailButton(t.lettreConfirm, confirmUrl)}
      <p style="margin:16px 0 0;font-size:15px;">${validity}</p>
    </td>
  </tr>`;
  return {
    to,
    subject: t.lettreConfirmSubject,
    html: mailHtml({ title: t.lettreConfirmSubject, preheader: t.lettreConfirmMail, body, unsubscribeUrl }),
    text: `${t.lettreConfirmMail}\n\n${t.lettreConfirm}\u00a0: ${confirmUrl}\n\n${validity}\n\n${mailTextFoot(unsubscribeUrl)}`,
    unsubscribeUrl,
  };
}

export function alreadySubscribedMail(to: string, unsubscribeUrl: string): OutgoingMail {
  const body = html`<tr>
    <td style="padding:20px;font-size:17px;line-height:1.5;"><p style="margin:0;">${t.lettreAlreadyMail}</p></td>
  </tr>`;
  return {
    to,
    subject: t.lettreAlreadySubject,
    html: mailHtml({ title: t.lettreAlreadySubject, preheader: t.lettreAlreadyMail, body, unsubscribeUrl }),
    text: `${t.lettreAlreadyMail}\n\n${mailTextFoot(unsubscribeUrl)}`,
    unsubscribeUrl,
  };
}
