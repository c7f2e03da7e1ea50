import { Masthead } from "@/components/layout/Masthead";
import { getRubrique } from "@/lib/content";

export default async function RubriqueNav({ params }: { params: Promise<{ id: string }> }) {
  return <Masthead current={(await getRubrique((await params).id))?.url} />;
}
