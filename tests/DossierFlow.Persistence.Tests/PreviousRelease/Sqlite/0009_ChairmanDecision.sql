-- The Chairman's decision per nominee (SQLite).
ALTER TABLE "Nominee" ADD COLUMN "ChairmanApproved" INTEGER NULL;
