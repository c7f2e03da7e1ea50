import { handleConfirm, serverContext } from "@/lib/lettre/handlers";

/** The button of /lettre/confirmation. */
export async function POST(request: Request) {
  return handleConfirm(request, serverContext());
}
