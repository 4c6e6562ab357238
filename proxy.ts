import { NextResponse, type NextRequest } from "next/server";

// Next answers a path it cannot percent-decode (/blog/%E0%A4%A) with a 500: it sets 400, then looks for a Pages
// Router error page that this App Router site does not have. Such a path is no page of this site, so it gets the
// Dutch 404 page instead. The matcher lets only paths holding a "%" reach this: every other request skips it.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(new URL(request.url).pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/404", request.url), { status: 404 });
  }
}

export const config = { matcher: "/:path(.*%.*)" };
