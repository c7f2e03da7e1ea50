import { headlineFontSize } from "@/lib/seo/og-image";
import { OG_IMAGE_SIZE } from "@/lib/seo/urls";
import { site } from "@/lib/site";

const INK = "#14120f";
const RED = "#a4262c";

/**
 * The 1200×630 share image of an article, for `next/og` (Satori: inline
 * styles only, flex layout, every multi-child element a flex container).
 */
export function OgCard({
  headline,
  rubrique,
  date,
  emblem,
  background,
}: {
  headline: string;
  rubrique: string;
  date: string;
  /** The emblem as a data URI. */
  emblem: string;
  /** The darkened cover as a data URI, if the article has one. */
  background?: string;
}) {
  const fill = { position: "absolute", top: 0, left: 0, width: OG_IMAGE_SIZE.width, height: OG_IMAGE_SIZE.height } as const;
  return (
    <div
      style={{
        ...OG_IMAGE_SIZE,
        display: "flex",
        position: "relative",
        backgroundColor: INK,
        color: "#ffffff",
        fontFamily: '"Source Serif 4", "Noto Naskh Arabic"',
      }}
    >
      {background ? <div style={{ ...fill, backgroundImage: `url(${background})`, backgroundSize: "100% 100%" }} /> : null}
      <div
        style={{
          ...fill,
          backgroundImage: background
            ? "linear-gradient(180deg, rgba(20,18,15,0.25) 0%, rgba(20,18,15,0.55) 45%, rgba(20,18,15,0.92) 100%)"
            : `linear-gradient(135deg, ${INK} 0%, #2a211c 100%)`,
        }}
      />
      <div style={{ position: "absolute", top: 0, left: 0, width: 14, height: OG_IMAGE_SIZE.height, backgroundColor: RED }} />
      <div
        style={{
          ...fill,
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "52px 72px 56px 86px",
        }}
      >
        <div style={{ display: "flex", alignItems: "center" }}>
          <div style={{ width: 64, height: 64, backgroundImage: `url(${emblem})`, backgroundSize: "64px 64px" }} />
          <div style={{ marginLeft: 18, fontSize: 46, fontWeight: 700, letterSpacing: -0.5 }}>{site.name}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-start" }}>
          <div
            style={{
              fontSize: 24,
              fontWeight: 700,
              letterSpacing: 2,
              textTransform: "uppercase",
              backgroundColor: RED,
              padding: "6px 16px",
            }}
          >
            {rubrique}
          </div>
          <div style={{ marginTop: 22, fontSize: headlineFontSize(headline), fontWeight: 700, lineHeight: 1.12 }}>{headline}</div>
          <div style={{ marginTop: 26, fontSize: 28, fontWeight: 400, color: "#ebe6de" }}>{date}</div>
        </div>
      </div>
    </div>
  );
}
