import { Masthead } from "@/components/layout/Masthead";

/** The 404 page has no route of this slot: its boundary gives the plain masthead. */
export default function NavNotFound() {
  return <Masthead />;
}
