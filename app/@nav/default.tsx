import { Masthead } from "@/components/layout/Masthead";

/** The `@nav` slot gives the masthead the current page; here, none of the navigation's. */
export default function NavSlot() {
  return <Masthead />;
}
