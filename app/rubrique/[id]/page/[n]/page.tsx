import { rubriqueListing } from "@/lib/listings/rubrique";
import { laterPageRoute } from "@/lib/listings/listing";

export const revalidate = 60;

const route = laterPageRoute(rubriqueListing);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
