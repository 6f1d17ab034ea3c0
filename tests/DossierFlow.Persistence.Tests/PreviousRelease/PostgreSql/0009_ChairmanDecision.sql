-- The Chairman's decision per nominee (PostgreSQL).
ALTER TABLE "Nominee" ADD COLUMN "ChairmanApproved" boolean;
