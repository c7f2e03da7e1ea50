import { robotsRules } from "@/lib/seo/robots";

export default robotsRules;
