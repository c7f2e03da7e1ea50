import { homeListing } from "@/lib/listings/home";
import { laterPageRoute } from "@/lib/listings/listing";

export const revalidate = 60;

const route = laterPageRoute(homeListing);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
