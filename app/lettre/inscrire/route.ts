import { handleSignUp, serverContext } from "@/lib/lettre/handlers";

/** The sign-up forms of /lettre, the home page and articles. */
export async function POST(request: Request) {
  return handleSignUp(request, serverContext());
}
