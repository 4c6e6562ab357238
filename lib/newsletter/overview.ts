import type { Queryable } from "../reactions/database";
import { getRecentSends, type ColumnSend } from "./sends";
import { countConfirmed } from "./subscribers";

/** What /beheer shows of the newsletter. */
export interface NewsletterOverview {
  open: boolean;
  confirmed: number;
  bouncing: number;
  sends: ColumnSend[];
}

/** Returns the subscriber counts and the last ten sends, for /beheer. */
export async function getNewsletterOverview(db: Queryable, open: boolean): Promise<NewsletterOverview> {
  const [confirmed, sends, [bouncing]] = await Promise.all([
    countConfirmed(db),
    getRecentSends(db),
    db.query<{ count: number }>(
      "select count(*)::integer as count from newsletter_subscribers where status = 'bouncing'",
    ),
  ]);
  return { open, confirmed, bouncing: bouncing.count, sends };
}
