-- Job runs (Sqlite): each run of a scheduled job or its operator command, with outcome and error, for the
-- jobs dashboard.

CREATE TABLE "JobRuns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JobRuns" PRIMARY KEY,
    "Job" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Succeeded" INTEGER NULL,
    "Summary" TEXT NULL,
    "Error" TEXT NULL
);

CREATE INDEX "IX_JobRuns_Job_StartedAt" ON "JobRuns" ("Job", "StartedAt");
