import { handleUnsubscribe, serverContext, showUnsubscribePage } from "@/lib/lettre/handlers";

/** Every e-mail's List-Unsubscribe address (RFC 8058 one-click), the button of its page, and the form of /lettre. */
export async function POST(request: Request) {
  return handleUnsubscribe(request, serverContext());
}

export function GET(request: Request) {
  return showUnsubscribePage(request);
}
