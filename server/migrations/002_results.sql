-- The organisers' ranking and participation (server/src/results.ts) read a round's standings
-- in score order with every column they sort on and show. Covering them makes those reads
-- index-only: at 1.8 million attempts a round's best-score group alone can be hundreds of
-- thousands of rows, and fetching each from the heap (random reads of a wide table) was most
-- of the time of a top-100 ranking.
--
-- It replaces standings_rank of 001 rather than joining it: the same key columns in the same
-- order (so every query that used standings_rank, such as the public leaderboard's, can use
-- this one), and a submission still updates one ranking index of standings, not two.
--
-- On a database that already holds a running contest this builds the index while holding
-- writes to standings (tens of seconds at millions of rows); apply it before the contest opens, or in
-- a quiet hour.
create index standings_results on standings (contest_id, round_key, score desc, duration_seconds, submitted_at)
  include (prediction, attempt_id, participant_id, unit_id, max_score);
drop index standings_rank;

-- Participation and the overview count submitted contest attempts per unit, round, day and
-- score: attempts joined to submissions, a whole contest at a time. Their heaps are wide (an
-- attempt carries its answer key, about 1.4 KB inline, a submission its answers, about 1.5 KB),
-- 1.8 million of each come to about 6 GB, and a seq scan of that is tens of seconds whenever it
-- is not cached. These two indexes hold only what those counts read (about 100 and 60 bytes a
-- row), so the join is two index-only scans of a few hundred MB, in attempt id order.
-- The price: one more index entry per contest start and per submission.
create index attempts_counted on attempts (contest_id, id) include (round_id, unit_id, participant_id) where not practice;
create index submissions_counted on submissions (attempt_id) include (submitted_at, score, max_score);
