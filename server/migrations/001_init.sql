-- Contract v1: participants, attempts, submissions, standings and the counters behind the
-- leaderboard. Every promise of the contract is a constraint or happens inside one
-- transaction here, so several server processes on one database behave as one.

-- Server-wide settings kept in the database so every process shares them (the HMAC key
-- for participant identities when SERVER_SECRET is not given).
create table settings (
  key text primary key,
  value text not null
);

-- One row per person per contest. `key_hash` is HMAC-SHA256(secret, the identity: the
-- citizen id, else phone, email or name), so uniqueness needs no clear value; the clear
-- values are kept only for ranking and awarding, and the retention command deletes them.
create table participants (
  id bigint generated always as identity primary key,
  contest_id text not null,
  key_hash text not null,
  full_name text,
  birth_date date,
  gender text,
  citizen_id text,
  phone text,
  email text,
  unit_id text,
  district_id text,
  commune_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  personal_data_deleted_at timestamptz,
  unique (contest_id, key_hash)
);

-- An attempt: an opaque id, and the map from the attempt's own question and option ids to
-- the bank's (`answer_key`), which never leaves the server. `round_key` is the round the
-- attempt counts in ('' when attempts are counted over the whole contest). The number is
-- taken under the participant's row lock and the unique constraint is the backstop.
create table attempts (
  id text primary key,
  contest_id text not null,
  participant_id bigint not null references participants (id),
  round_id text,
  round_key text not null,
  -- The unit the participant named when starting this attempt (participation counts by it).
  unit_id text,
  practice boolean not null,
  number integer not null check (number > 0),
  attempts_left integer,
  started_at timestamptz not null,
  deadline timestamptz not null,
  extra_time_seconds integer not null default 0,
  questions jsonb not null,
  answer_key jsonb not null,
  revision integer not null default 0,
  saved_answers jsonb,
  saved_prediction bigint,
  start_key text,
  start_hash text,
  unique (participant_id, round_key, practice, number)
);
create unique index attempts_start_key on attempts (contest_id, start_key) where start_key is not null;
create index attempts_participant on attempts (participant_id);

-- Exactly one accepted submission per attempt: the primary key. The idempotency key and
-- the hash of the request body are stored with it, in the same transaction, so a retry
-- replays `result` and a different body under the same key is refused.
create table submissions (
  attempt_id text primary key references attempts (id),
  idempotency_key text not null,
  request_hash text not null,
  answers jsonb not null,
  prediction bigint,
  correct_count integer not null,
  question_count integer not null,
  score numeric(10, 2) not null,
  max_score numeric(10, 2) not null,
  duration_seconds integer not null,
  submitted_at timestamptz not null,
  -- json, not jsonb: a replay sends back the very text of the first answer (jsonb would reorder its keys).
  result json not null
);

-- The attempt that counts per participant, per round (`round_key` = the round's id) and
-- for the whole contest (`round_key` = '*'), upserted in the submission transaction when
-- the new attempt counts instead (exam.attempts.counting). Indexed in ranking order.
create table standings (
  contest_id text not null,
  round_key text not null,
  participant_id bigint not null references participants (id),
  attempt_id text not null,
  unit_id text,
  score numeric(10, 2) not null,
  max_score numeric(10, 2) not null,
  prediction bigint,
  duration_seconds integer not null,
  started_at timestamptz not null,
  submitted_at timestamptz not null,
  primary key (contest_id, round_key, participant_id)
);
create index standings_rank on standings (contest_id, round_key, score desc, duration_seconds, submitted_at);

-- Participants with at least one perfect score, per round and for the contest: the number
-- predictions are measured against.
create table perfect_scores (
  contest_id text not null,
  round_key text not null,
  participant_id bigint not null,
  primary key (contest_id, round_key, participant_id)
);

-- Totals, spread over a few slots so that concurrent submissions do not queue on one row;
-- a reader sums the slots.
create table round_counters (
  contest_id text not null,
  round_key text not null,
  slot smallint not null,
  attempts bigint not null default 0,
  participants bigint not null default 0,
  perfect bigint not null default 0,
  primary key (contest_id, round_key, slot)
);

create table unit_counters (
  contest_id text not null,
  round_key text not null,
  unit_id text not null,
  slot smallint not null,
  participants bigint not null default 0,
  attempts bigint not null default 0,
  primary key (contest_id, round_key, unit_id, slot)
);

-- The leaderboard as last computed, per round: a request reads one row; a process refreshes
-- it in the background when it is older than the configured age.
create table leaderboard_cache (
  contest_id text not null,
  round_key text not null,
  body jsonb not null,
  computed_at timestamptz not null,
  primary key (contest_id, round_key)
);
