import { wireListing } from "@/lib/listings/wire";
import { laterPageRoute } from "@/lib/listings/listing";

export const revalidate = 60;

const route = laterPageRoute(wireListing);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
