/**
 * The day's letter: the home page's une (live coverages going on, the lead,
 * the stories under it) and each rubrique's block, as the home shows them at
 * the moment of sending; links and images with absolute addresses.
 */
import type { Article } from "../content";
import { casablancaDay, formatDayHeading, formatLongDate } from "../dates";
import type { FrontPage } from "../front-page";
import { absoluteUrl } from "../site";
import { t } from "../strings";

export interface LetterStory {
  title: string;
  description: string;
  url: string;
  rubrique: string;
  image?: { src: string; alt: string; width: number; height: number };
}

export interface Letter {
  /** The Casablanca day it is the letter of, "2026-11-29": one letter per subscriber per day. */
  day: string;
  /** "Dimanche 29 novembre 2026". */
  heading: string;
  subject: string;
  une: LetterStory[];
  rubriques: { name: string; url: string; stories: LetterStory[] }[];
}

function story(article: Article): LetterStory {
  const { image } = article;
  return {
    title: article.title,
    description: article.description,
    url: absoluteUrl(article.url),
    rubrique: article.rubrique.name,
    image: image && { src: absoluteUrl(image.src), alt: image.alt, width: image.width, height: image.height },
  };
}

/** Null when there is nothing to send (no published article at all). */
export function buildLetter(front: FrontPage, at: Date): Letter | null {
  if (!front.lead) return null;
  return {
    day: casablancaDay(at),
    heading: formatDayHeading(at),
    subject: t.lettreSubject(formatLongDate(at)),
    une: [...front.live, front.lead, ...front.secondary].map(story),
    rubriques: front.rubriqueBlocks.map((block) => ({
      name: block.rubrique.name,
      url: absoluteUrl(block.rubrique.url),
      stories: [block.lead, ...block.headlines].map(story),
    })),
  };
}
