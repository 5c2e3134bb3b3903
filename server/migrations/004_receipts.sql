-- Proof of participation (issue #14): the verification code of each submitted contest attempt,
-- HMAC(secret, attempt id) in a 31-symbol alphabet (server/src/verify.ts). It is written with the
-- submission, in the same statement (attempts.ts, ACCEPT_SQL): no extra round trip or commit per
-- submission, and a replay carries the same code because the stored result does. Practice
-- attempts get none. The unique index is how a code finds its attempt.
alter table submissions add column receipt_code text;
create unique index submissions_receipt_code on submissions (receipt_code) where receipt_code is not null;
