import { webManifest } from "@/lib/seo/manifest";

export default webManifest;
