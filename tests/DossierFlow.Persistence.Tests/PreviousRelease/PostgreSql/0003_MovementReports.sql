-- Yearly movement reports (PostgreSql): the reports themselves, and their documents and journal entries in the
-- tables dossiers already use (a row belongs to a dossier or to a report).

CREATE TABLE "MovementReports" (
    "Id" uuid NOT NULL,
    "MovementId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Summary" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(450) NOT NULL,
    "WorkflowId" character varying(100) NOT NULL,
    "WorkflowVersion" integer NOT NULL,
    "State" character varying(100) NOT NULL,
    "HeldByProposer" boolean NOT NULL,
    "Revision" integer NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "SubmittedLate" boolean NOT NULL,
    "ClockRunningSince" date,
    "ClockUsedWorkingDays" integer NOT NULL,
    "ClockLimitWorkingDays" integer,
    CONSTRAINT "PK_MovementReports" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_MovementReports_Movements_MovementId" FOREIGN KEY ("MovementId") REFERENCES "Movements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MovementReports_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

ALTER TABLE "DossierDocument" ADD COLUMN "MovementReportId" uuid;
ALTER TABLE "DossierDocument" ADD CONSTRAINT "FK_DossierDocument_MovementReports_MovementReportId" FOREIGN KEY ("MovementReportId") REFERENCES "MovementReports" ("Id") ON DELETE RESTRICT;
ALTER TABLE "JournalEntries" ADD COLUMN "MovementReportId" uuid;
ALTER TABLE "JournalEntries" ADD CONSTRAINT "FK_JournalEntries_MovementReports_MovementReportId" FOREIGN KEY ("MovementReportId") REFERENCES "MovementReports" ("Id") ON DELETE RESTRICT;

CREATE UNIQUE INDEX "IX_DossierDocument_MovementReportId_Kind_Version" ON "DossierDocument" ("MovementReportId", "Kind", "Version");
CREATE INDEX "IX_JournalEntries_MovementReportId" ON "JournalEntries" ("MovementReportId");
CREATE UNIQUE INDEX "IX_MovementReports_MovementId_OrganisationId_Year" ON "MovementReports" ("MovementId", "OrganisationId", "Year");
CREATE INDEX "IX_MovementReports_OrganisationId" ON "MovementReports" ("OrganisationId");
CREATE INDEX "IX_MovementReports_State_UpdatedAt" ON "MovementReports" ("State", "UpdatedAt");
