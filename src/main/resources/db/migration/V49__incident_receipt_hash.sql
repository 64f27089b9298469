-- The receipt of an incident version is hashed with the deployment's suite (Art. 50 para 2): SM3 on the national one,
-- SHA-256 otherwise; the algorithm is recorded with each version. sha256 stays, always SHA-256, for the clients of v1.
-- Versions received before this migration have no second hash: their receipt is their SHA-256.
alter table incident_version add column hash_algorithm varchar(8) check (hash_algorithm in ('SHA-256', 'SM3')),
                             add column hash char(64);
