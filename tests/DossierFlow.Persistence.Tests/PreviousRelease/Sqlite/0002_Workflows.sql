-- Workflow engine (Sqlite): published workflow versions, the mail outbox, the dossier's pinned workflow
-- version, processing clock and submission marks, and the append-only journal. Existing dossiers are drafts
-- on version 1, held by their unit.

CREATE TABLE "Outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY,
    "IdempotencyKey" TEXT NOT NULL,
    "ToAddresses" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "PublishedWorkflows" (
    "WorkflowId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Yaml" TEXT NOT NULL,
    "SourceFile" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    CONSTRAINT "PK_PublishedWorkflows" PRIMARY KEY ("WorkflowId", "Version")
);

CREATE TABLE "JournalEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JournalEntries" PRIMARY KEY,
    "OperationId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "ActionTitle" TEXT NOT NULL,
    "FromState" TEXT NOT NULL,
    "ToState" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "Revision" INTEGER NOT NULL,
    "Documents" TEXT NOT NULL,
    "DossierId" TEXT NULL,
    CONSTRAINT "FK_JournalEntries_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE RESTRICT
);

ALTER TABLE "Dossiers" ADD COLUMN "WorkflowVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Dossiers" ADD COLUMN "HeldByProposer" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Dossiers" ADD COLUMN "SubmittedAt" TEXT NULL;
ALTER TABLE "Dossiers" ADD COLUMN "SubmittedLate" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Dossiers" ADD COLUMN "ClockRunningSince" TEXT NULL;
ALTER TABLE "Dossiers" ADD COLUMN "ClockUsedWorkingDays" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Dossiers" ADD COLUMN "ClockLimitWorkingDays" INTEGER NULL;

CREATE INDEX "IX_Dossiers_State_UpdatedAt" ON "Dossiers" ("State", "UpdatedAt");
CREATE INDEX "IX_JournalEntries_DossierId" ON "JournalEntries" ("DossierId");
CREATE UNIQUE INDEX "IX_JournalEntries_OperationId" ON "JournalEntries" ("OperationId");
CREATE UNIQUE INDEX "IX_Outbox_IdempotencyKey" ON "Outbox" ("IdempotencyKey");
CREATE INDEX "IX_Outbox_Status_NextAttemptAt" ON "Outbox" ("Status", "NextAttemptAt");
