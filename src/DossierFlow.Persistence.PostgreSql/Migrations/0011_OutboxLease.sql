-- Outbox claims (PostgreSql): a dispatcher sets Status = 4 (Sending), its batch id and a lease before it sends a
-- mail, so two dispatchers never send the same mail; a lease that ended is taken over.
ALTER TABLE "Outbox" ADD COLUMN "ClaimedBy" character varying(100);
ALTER TABLE "Outbox" ADD COLUMN "LeaseUntil" timestamp with time zone;
