-- The council's outcome per nominee (PostgreSQL): recommended or not, the share of votes, and why.
ALTER TABLE "Nominee" ADD COLUMN "CouncilRecommended" boolean;
ALTER TABLE "Nominee" ADD COLUMN "CouncilPercent" numeric(5,2);
ALTER TABLE "Nominee" ADD COLUMN "CouncilNote" character varying(500);
