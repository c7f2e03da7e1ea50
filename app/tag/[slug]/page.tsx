import { tagListing } from "@/lib/listings/tag";
import { firstPageRoute } from "@/lib/listings/listing";

export const revalidate = 60;

const route = firstPageRoute(tagListing);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
