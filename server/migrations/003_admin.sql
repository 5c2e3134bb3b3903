-- The organisers' side (docs/admin-api.md): accounts, sessions, the sign-in throttle, the
-- audit log, and the bank imported from the dashboard. Everything a second server process
-- must see lives here, not in one process's memory.

-- Organiser accounts, made by `npm run admin:create`. The password is kept only as
-- `scrypt$N$r$p$salt$hash` (base64url), so the parameters can be raised later without
-- making the old hashes unreadable.
create table admin_users (
  id bigint generated always as identity primary key,
  username text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  role text not null check (role in ('admin', 'viewer')),
  password_hash text not null,
  created_at timestamptz not null default now(),
  password_changed_at timestamptz not null default now()
);

-- Signed-in sessions. The cookie carries a random token; only its SHA-256 is stored, so a
-- copy of this table (a backup, a read-only leak) signs nobody in. `csrf_token` is not an
-- authenticator on its own (it is useless without the cookie), so it is kept as issued.
-- Idle expiry is measured from `last_seen_at`, absolute expiry from `created_at`.
create table admin_sessions (
  token_hash text primary key,
  user_id bigint not null references admin_users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now()
);
create index admin_sessions_user on admin_sessions (user_id);
create index admin_sessions_seen on admin_sessions (last_seen_at);

-- Sign-in attempts in the throttle's window, one row per key per attempt (a keyed hash of
-- the typed username and one of the client's IP address: the table never holds a typed
-- name, which is sometimes a password typed in the wrong field). Counted across processes.
create table admin_login_attempts (
  id bigint generated always as identity primary key,
  key_hash text not null,
  at timestamptz not null default now()
);
create index admin_login_attempts_key on admin_login_attempts (key_hash, at);
create index admin_login_attempts_at on admin_login_attempts (at);

-- Every organiser action (sign-in, failed sign-in, sign-out, each view or export of personal
-- data, each import, retention). `username` is null when a sign-in named no existing account;
-- `detail` never holds personal data.
create table admin_audit (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  username text,
  action text not null,
  detail text not null default ''
);
create index admin_audit_at on admin_audit (at desc, id desc);

-- Banks imported from the dashboard, every version kept (the history of what was asked).
-- The newest version of a contest is its bank in every process; without a row the bank of
-- the contest definition (CONTEST_FILE) is used. `bank` holds KeyedBankQuestion[] with the
-- answer key, `topics` Topic[].
create table contest_banks (
  contest_id text not null,
  version integer not null check (version > 0),
  bank jsonb not null,
  topics jsonb not null,
  imported_at timestamptz not null default now(),
  imported_by text,
  primary key (contest_id, version)
);
