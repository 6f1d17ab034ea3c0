-- Outbox claims (Sqlite): a dispatcher sets Status = 4 (Sending), its batch id and a lease before it sends a mail,
-- so two dispatchers never send the same mail; a lease that ended is taken over.
ALTER TABLE "Outbox" ADD COLUMN "ClaimedBy" TEXT NULL;
ALTER TABLE "Outbox" ADD COLUMN "LeaseUntil" TEXT NULL;
