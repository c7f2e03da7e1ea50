import { authorListing } from "@/lib/listings/author";
import { laterPageRoute } from "@/lib/listings/listing";

export const revalidate = 60;

const route = laterPageRoute(authorListing);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
