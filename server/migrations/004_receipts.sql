-- Proof of participation (issue #14): the verification code of each submitted contest attempt.
-- The code is HMAC(secret, attempt id) in a 31-symbol alphabet (server/src/verify.ts), so a
-- replayed submission gets the same code and an attempt never has two; the row exists so that a
-- code finds its attempt. Practice attempts get none.
create table receipts (
  code text primary key,
  attempt_id text not null unique references attempts (id),
  issued_at timestamptz not null default now()
);
