import { Masthead } from "@/components/layout/Masthead";
import { paths } from "@/lib/routes/paths";

export default function WireNav() {
  return <Masthead current={paths.wire()} />;
}
