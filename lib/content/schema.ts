import { z } from "zod";
import { isCalendarDate } from "../dates";

/** A slug: lowercase ASCII letters, digits and single hyphens, like `ik-doe-wat-ik-doe`. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Each message completes "<field>: …" and tells an editor what to write instead.
function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required: ${what}` : `must be ${what}, got ${JSON.stringify(issue.input)}`;
}

const text = (what: string) =>
  z
    .string({ error: expected(what) })
    .trim()
    .min(1, `must not be empty: ${what}`);

const calendarDate = z
  .string({ error: expected("a date like 2017-08-31") })
  .refine(isCalendarDate, { error: (issue) => `must be a date like 2017-08-31, got ${JSON.stringify(issue.input)}` });

const postFields = z.strictObject({
  title: text('text, like title: "Ik doe wat ik doe"'),
  date: calendarDate.optional(),
  updated: calendarDate.optional(),
  author: z.string({ error: expected("an author slug, like author: peter-broring") }).regex(slugPattern, {
    error: (issue) => `must be an author slug like peter-broring, got ${JSON.stringify(issue.input)}`,
  }),
  description: text("text: one or two sentences that introduce the column").optional(),
  tags: z
    .array(text("text, like Klantcontact"), { error: expected("a list, like tags: [Klantcontact, Strategie]") })
    .optional(),
  draft: z.boolean({ error: expected("true or false") }).optional(),
  image: z
    .string({ error: expected("a path in public/, like image: /images/foto.jpg") })
    .regex(/^\/[^/]/, { error: (issue) => `must be a path from the site root, like /images/foto.jpg, got ${JSON.stringify(issue.input)}` })
    .optional(),
  imageAlt: text("what the image shows, for readers who cannot see it").optional(),
});

type PostFields = z.infer<typeof postFields>;

// The rules between fields. Each is checked on the fields that are right on their own, so a wrong date does not hide
// a missing imageAlt.
const postRules: { field: keyof PostFields; holds: (post: Partial<PostFields>) => boolean; message: string }[] = [
  {
    field: "image",
    holds: (post) => !post.image || post.imageAlt !== undefined,
    message: 'needs imageAlt beside it: describe what the image shows, like imageAlt: "Peter Bröring spreekt een zaal toe"',
  },
  { field: "image", holds: (post) => !post.imageAlt || post.image !== undefined, message: "is missing: imageAlt describes an image" },
  {
    field: "updated",
    holds: (post) => !post.updated || !post.date || post.updated >= post.date,
    message: "must not be before date",
  },
];

/** The front matter of `content/posts/<slug>.md`; the schema is the type. */
export const postSchema = postFields.superRefine((post, context) => {
  for (const rule of postRules) {
    if (!rule.holds(post)) context.addIssue({ code: "custom", path: [rule.field], message: rule.message });
  }
});

/** What can be read of a post's front matter: every field that is right on its own, and the issues of the rest. */
export interface PartialFrontMatter {
  data: Partial<PostFields>;
  issues: { code?: string; path: PropertyKey[]; message: string; keys?: string[] }[];
}

/** Returns the fields of `input` that are right on their own and every issue at once: fields, unknown keys, rules. */
export function checkPostFrontMatter(input: Record<string, unknown>): PartialFrontMatter {
  const whole = postSchema.safeParse(input);
  if (whole.success) return { data: whole.data, issues: [] };
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(postFields.shape)) {
    const parsed = field.safeParse(input[key]);
    if (parsed.success && parsed.data !== undefined) data[key] = parsed.data;
  }
  const partial = data as Partial<PostFields>;
  // The rules are checked again below on the fields that are right, whether or not the whole object got that far.
  const ruleMessages = new Set(postRules.map((rule) => rule.message));
  const issues: PartialFrontMatter["issues"] = whole.error.issues.filter((issue) => !ruleMessages.has(issue.message));
  for (const rule of postRules) {
    if (!rule.holds(partial)) issues.push({ code: "custom", path: [rule.field], message: rule.message });
  }
  return { data: partial, issues };
}

/** The front matter of `content/authors/<slug>.md`; the body is the optional bio. */
export const authorSchema = z.strictObject({
  name: text('the author\'s full name, like name: "Peter Bröring"'),
});

export type PostFrontMatter = z.infer<typeof postSchema>;
export type AuthorFrontMatter = z.infer<typeof authorSchema>;

/** Field names editors reach for, mapped to the one the schema knows. */
const likelyFields: Record<string, string> = {
  titel: "title",
  datum: "date",
  auteur: "author",
  schrijver: "author",
  beschrijving: "description",
  omschrijving: "description",
  samenvatting: "description",
  onderwerpen: "tags",
  tag: "tags",
  labels: "tags",
  concept: "draft",
  bijgewerkt: "updated",
  afbeelding: "image",
  foto: "image",
  cover: "image",
  alt: "imageAlt",
  naam: "name",
};

/** Returns the field an unknown field name most likely meant, if any. */
export function suggestField(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  const translated = likelyFields[lower];
  if (translated && known.includes(translated)) return translated;
  return known.find((field) => field === lower || editDistance(field, lower) <= 2);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
