-- Yearly movement reports (Sqlite): the reports themselves, and their documents and journal entries in the
-- tables dossiers already use (a row belongs to a dossier or to a report).

CREATE TABLE "MovementReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MovementReports" PRIMARY KEY,
    "MovementId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Summary" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "WorkflowId" TEXT NOT NULL,
    "WorkflowVersion" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "HeldByProposer" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "SubmittedLate" INTEGER NOT NULL,
    "ClockRunningSince" TEXT NULL,
    "ClockUsedWorkingDays" INTEGER NOT NULL,
    "ClockLimitWorkingDays" INTEGER NULL,
    CONSTRAINT "FK_MovementReports_Movements_MovementId" FOREIGN KEY ("MovementId") REFERENCES "Movements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MovementReports_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

ALTER TABLE "DossierDocument" ADD COLUMN "MovementReportId" TEXT NULL REFERENCES "MovementReports" ("Id") ON DELETE RESTRICT;
ALTER TABLE "JournalEntries" ADD COLUMN "MovementReportId" TEXT NULL REFERENCES "MovementReports" ("Id") ON DELETE RESTRICT;

CREATE UNIQUE INDEX "IX_DossierDocument_MovementReportId_Kind_Version" ON "DossierDocument" ("MovementReportId", "Kind", "Version");
CREATE INDEX "IX_JournalEntries_MovementReportId" ON "JournalEntries" ("MovementReportId");
CREATE UNIQUE INDEX "IX_MovementReports_MovementId_OrganisationId_Year" ON "MovementReports" ("MovementId", "OrganisationId", "Year");
CREATE INDEX "IX_MovementReports_OrganisationId" ON "MovementReports" ("OrganisationId");
CREATE INDEX "IX_MovementReports_State_UpdatedAt" ON "MovementReports" ("State", "UpdatedAt");
