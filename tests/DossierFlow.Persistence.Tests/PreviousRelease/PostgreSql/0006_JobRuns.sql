-- Job runs (PostgreSql): each run of a scheduled job or its operator command, with outcome and error, for the
-- jobs dashboard.

CREATE TABLE "JobRuns" (
    "Id" uuid NOT NULL,
    "Job" character varying(100) NOT NULL,
    "Source" character varying(50) NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone,
    "Succeeded" boolean,
    "Summary" character varying(500),
    "Error" character varying(2000),
    CONSTRAINT "PK_JobRuns" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_JobRuns_Job_StartedAt" ON "JobRuns" ("Job", "StartedAt");
