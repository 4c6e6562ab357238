import type { Database } from "./database";

interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Append only: a migration that has run on someone's database is never edited, only followed by a new one.
export const migrations: Migration[] = [
  {
    version: 1,
    name: "reactions",
    sql: `
      create table reactions (
        id text primary key,
        column_slug text not null,
        name text not null,
        email text,
        body text not null,
        status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
        created_at timestamptz not null default now(),
        moderated_at timestamptz,
        address_hash text,
        fingerprint text not null
      );
      create index reactions_by_column on reactions (column_slug, status, created_at);
      create index reactions_by_status on reactions (status, created_at);
      create index reactions_by_address on reactions (address_hash, created_at) where address_hash is not null;
      create index reactions_by_fingerprint on reactions (fingerprint);
    `,
  },
  {
    // Sessions live on the server, so signing out ends one: the cookie carries a random id, the table its hash.
    version: 2,
    name: "sessions",
    sql: `
      create table sessions (
        id_hash text primary key,
        password_tag text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
      create index sessions_by_expiry on sessions (expires_at);
    `,
  },
];

/**
 * Applies the migrations `db` has not had yet, each in its own transaction, and returns their versions. On a
 * PostgreSQL server an advisory lock keeps two instances starting at once from applying the same one twice.
 */
export async function migrate(db: Database): Promise<number[]> {
  await db.query(
    "create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())",
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      if (db.kind === "server") await tx.query("select pg_advisory_xact_lock(72613)");
      const done = await tx.query("select 1 from schema_migrations where version = $1", [migration.version]);
      if (done.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

/** Returns the versions recorded as applied, in order. */
export async function appliedVersions(db: Database): Promise<number[]> {
  const rows = await db.query<{ version: number }>("select version from schema_migrations order by version");
  return rows.map((row) => row.version);
}

// Parameterised queries take one statement at a time; the migrations hold no semicolons inside strings.
function splitStatements(sql: string): string[] {
  return sql
    .split(";")
    .map((statement) => statement.trim())
    .filter(Boolean);
}
