import { firstPageRoute } from "@/lib/listings/listing";
import { wireListing } from "@/lib/listings/wire";

export const revalidate = 60;

const route = firstPageRoute(wireListing);
export const generateMetadata = route.generateMetadata;
export default route.Page;
