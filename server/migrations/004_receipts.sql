-- Proof of participation (issue #14): the verification code of each submitted contest attempt,
-- HMAC(secret, attempt id) in a 31-symbol alphabet (server/src/verify.ts). It is written with the
-- submission, in the same statement (attempts.ts, ACCEPT_SQL): no extra round trip or commit per
-- submission, and a replay carries the same code because the stored result does. Practice
-- attempts get none. The index is how a code finds its attempt. It is not unique: a code is a function
-- of the attempt id, whose uniqueness the primary key already holds, and a second unique index would
-- escape ACCEPT_SQL's `on conflict (attempt_id) do nothing`: two concurrent submissions of one
-- attempt then raised a unique violation (a 500) instead of one of them storing nothing.
alter table submissions add column receipt_code text;
create index submissions_receipt_code on submissions (receipt_code) where receipt_code is not null;
