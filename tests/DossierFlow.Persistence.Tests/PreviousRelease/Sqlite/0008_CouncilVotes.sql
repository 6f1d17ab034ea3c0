-- The council's outcome per nominee (SQLite): recommended or not, the share of votes, and why.
ALTER TABLE "Nominee" ADD COLUMN "CouncilRecommended" INTEGER NULL;
ALTER TABLE "Nominee" ADD COLUMN "CouncilPercent" TEXT NULL;
ALTER TABLE "Nominee" ADD COLUMN "CouncilNote" TEXT NULL;
