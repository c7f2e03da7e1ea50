import { Masthead } from "@/components/layout/Masthead";

export default function WireNav() {
  return <Masthead current="/fil-info" />;
}
