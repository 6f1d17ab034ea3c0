-- Workflow engine (PostgreSql): published workflow versions, the mail outbox, the dossier's pinned workflow
-- version, processing clock and submission marks, and the append-only journal. Existing dossiers are drafts
-- on version 1, held by their unit.

CREATE TABLE "Outbox" (
    "Id" uuid NOT NULL,
    "IdempotencyKey" character varying(300) NOT NULL,
    "ToAddresses" character varying(2000) NOT NULL,
    "Subject" character varying(500) NOT NULL,
    "Body" text NOT NULL,
    "MessageId" character varying(200) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Status" integer NOT NULL,
    "Attempts" integer NOT NULL,
    "NextAttemptAt" timestamp with time zone NOT NULL,
    "SentAt" timestamp with time zone,
    "LastError" character varying(2000),
    CONSTRAINT "PK_Outbox" PRIMARY KEY ("Id")
);

CREATE TABLE "PublishedWorkflows" (
    "WorkflowId" character varying(100) NOT NULL,
    "Version" integer NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Yaml" text NOT NULL,
    "SourceFile" character varying(255) NOT NULL,
    "PublishedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_PublishedWorkflows" PRIMARY KEY ("WorkflowId", "Version")
);

CREATE TABLE "JournalEntries" (
    "Id" uuid NOT NULL,
    "OperationId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "UserId" character varying(450) NOT NULL,
    "UserName" character varying(200) NOT NULL,
    "Role" character varying(50) NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Action" character varying(100) NOT NULL,
    "ActionTitle" character varying(300) NOT NULL,
    "FromState" character varying(100) NOT NULL,
    "ToState" character varying(100) NOT NULL,
    "Comment" character varying(4000),
    "Revision" integer NOT NULL,
    "Documents" text NOT NULL,
    "DossierId" uuid,
    CONSTRAINT "PK_JournalEntries" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_JournalEntries_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE RESTRICT
);

ALTER TABLE "Dossiers" ADD COLUMN "WorkflowVersion" integer NOT NULL DEFAULT 1;
ALTER TABLE "Dossiers" ADD COLUMN "HeldByProposer" boolean NOT NULL DEFAULT TRUE;
ALTER TABLE "Dossiers" ADD COLUMN "SubmittedAt" timestamp with time zone;
ALTER TABLE "Dossiers" ADD COLUMN "SubmittedLate" boolean NOT NULL DEFAULT FALSE;
ALTER TABLE "Dossiers" ADD COLUMN "ClockRunningSince" date;
ALTER TABLE "Dossiers" ADD COLUMN "ClockUsedWorkingDays" integer NOT NULL DEFAULT 0;
ALTER TABLE "Dossiers" ADD COLUMN "ClockLimitWorkingDays" integer;

-- The defaults only filled existing rows; the model has none.
ALTER TABLE "Dossiers" ALTER COLUMN "WorkflowVersion" DROP DEFAULT;
ALTER TABLE "Dossiers" ALTER COLUMN "HeldByProposer" DROP DEFAULT;
ALTER TABLE "Dossiers" ALTER COLUMN "SubmittedLate" DROP DEFAULT;
ALTER TABLE "Dossiers" ALTER COLUMN "ClockUsedWorkingDays" DROP DEFAULT;

CREATE INDEX "IX_Dossiers_State_UpdatedAt" ON "Dossiers" ("State", "UpdatedAt");
CREATE INDEX "IX_JournalEntries_DossierId" ON "JournalEntries" ("DossierId");
CREATE UNIQUE INDEX "IX_JournalEntries_OperationId" ON "JournalEntries" ("OperationId");
CREATE UNIQUE INDEX "IX_Outbox_IdempotencyKey" ON "Outbox" ("IdempotencyKey");
CREATE INDEX "IX_Outbox_Status_NextAttemptAt" ON "Outbox" ("Status", "NextAttemptAt");
