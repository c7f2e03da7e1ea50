/** The day's letter as an e-mail to one subscriber: HTML tables and the same in plain text. */
import { html, type Html } from "./html";
import type { Letter, LetterStory } from "./letter";
import { mailHtml, mailStyle, mailTextFoot } from "./mail-layout";
import type { OutgoingMail } from "./mailer";
import { t } from "../strings";

const { MUTED, ACCENT, INK } = mailStyle;
/** The lead image spans the column (600 px less the padding). */
const LEAD_WIDTH = 560;

function kicker(text: string): Html {
  return html`<div style="font-size:12px;letter-spacing:1px;text-transform:uppercase;color:${ACCENT};">${text}</div>`;
}

function leadStory(story: LetterStory): Html {
  const image = story.image;
  const height = image ? Math.round((image.height / image.width) * LEAD_WIDTH) : 0;
  return html`<tr>
    <td style="padding:20px 20px 8px;">
      ${image ? html`<a href="${story.url}"><img src="${image.src}" alt="${image.alt}" width="${LEAD_WIDTH}" height="${height}" style="display:block;width:100%;max-width:${LEAD_WIDTH}px;height:auto;border:0;" /></a>` : null}
      ${kicker(`${t.leadStory} · ${story.rubrique}`)}
      <h1 style="margin:6px 0 8px;font-size:26px;line-height:1.2;">
        <a href="${story.url}" style="color:${INK};text-decoration:none;">${story.title}</a>
      </h1>
      <p style="margin:0;font-size:17px;line-height:1.5;">${story.description}</p>
    </td>
  </tr>`;
}

function headline(story: LetterStory, withDescription: boolean): Html {
  return html`<tr>
    <td style="padding:8px 20px;">
      <a href="${story.url}" style="font-size:19px;line-height:1.3;font-weight:bold;color:${INK};text-decoration:none;">${story.title}</a>
      ${withDescription ? html`<p style="margin:4px 0 0;font-size:15px;line-height:1.5;color:${MUTED};">${story.description}</p>` : null}
    </td>
  </tr>`;
}

function letterHtml(letter: Letter, unsubscribeUrl: string): string {
  const [lead, ...une] = letter.une;
  const body = html`<tr>
      <td style="padding:12px 20px 0;font-size:15px;color:${MUTED};">${t.lettre} · ${letter.heading}</td>
    </tr>
    ${lead ? leadStory(lead) : null} ${une.map((story) => headline(story, true))}
    ${letter.rubriques.map(
      (rubrique) =>
        html`<tr>
            <td style="padding:24px 20px 4px;border-top:1px solid #dddddd;">
              <a
                href="${rubrique.url}"
                style="font-size:14px;letter-spacing:1px;text-transform:uppercase;font-weight:bold;color:${ACCENT};text-decoration:none;"
                >${rubrique.name}</a
              >
            </td>
          </tr>
          ${rubrique.stories.map((story) => headline(story, false))}`,
    )}`;
  return mailHtml({ title: letter.subject, preheader: lead?.title ?? letter.subject, body, unsubscribeUrl });
}

function textStory(story: LetterStory, withDescription: boolean): string {
  return `${story.title}\n${withDescription ? `${story.description}\n` : ""}${story.url}\n`;
}

function letterText(letter: Letter, unsubscribeUrl: string): string {
  const rule = (title: string) => `\n${title.toUpperCase()}\n${"=".repeat(title.length)}\n\n`;
  return [
    `${t.lettre}\n${letter.heading}\n`,
    rule(t.leadStory),
    letter.une.map((story) => textStory(story, true)).join("\n"),
    ...letter.rubriques.map((rubrique) => `${rule(rubrique.name)}${rubrique.stories.map((story) => textStory(story, false)).join("\n")}`),
    `\n${mailTextFoot(unsubscribeUrl)}`,
  ].join("");
}

/** `messageId` is fixed per day and subscriber, so a receiver can spot a duplicate. */
export function letterMail(letter: Letter, to: string, unsubscribeUrl: string, messageId: string): OutgoingMail {
  return {
    to,
    subject: letter.subject,
    html: letterHtml(letter, unsubscribeUrl),
    text: letterText(letter, unsubscribeUrl),
    unsubscribeUrl,
    messageId,
  };
}
