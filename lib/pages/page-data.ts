/**
 * What server-rendered pages read from the running server's services. Next
 * bundles the pages with copies of their own modules, so they cannot import
 * the services; the composition root (server/index.ts) hands them over on
 * globalThis instead, in the same process. Without it (a page rendered by
 * `next build`, or a test app), pages render without server data and the
 * client fetches it over the socket, as it always can.
 */
import type { AttendeeView } from "../realtime/contract";

export interface PageData {
  /** The phone's view of an event, for the participant the request's cookies name; null if no event has the code. */
  attendeeView(code: string, cookieHeader: string | undefined): Promise<AttendeeView | null>;
}

const KEY = Symbol.for("barometer.page-data");
const holder = globalThis as { [KEY]?: PageData };

export function providePageData(data: PageData): void {
  holder[KEY] = data;
}

export function pageData(): PageData | null {
  return holder[KEY] ?? null;
}
