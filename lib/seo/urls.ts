import { paths } from "@/lib/routes/paths";

/** The images the metadata and structured data point to, with their sizes (addresses: lib/routes/paths.ts). */
export const PUBLISHER_LOGO = { path: paths.appleIcon(), width: 180, height: 180 } as const;

/** The generated Open Graph image of every article (app/article/[slug]/opengraph-image.tsx). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
