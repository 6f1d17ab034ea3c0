-- Council membership list and sessions (agenda, attendance, votes, minutes); one attachment per outbox mail
-- (calendar invitations); the central level's decision on national awards (Sqlite).
CREATE TABLE "CouncilMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CouncilMembers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "Position" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "Order" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL
);

CREATE TABLE "CouncilSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CouncilSessions" PRIMARY KEY,
    "StartsAt" TEXT NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "Place" TEXT NOT NULL,
    "ChairMemberId" TEXT NOT NULL,
    "SecretaryMemberId" TEXT NOT NULL,
    "CouncilSize" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "AttendanceRecorded" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "MinutesNumber" INTEGER NULL,
    "MinutesIssuedOn" TEXT NULL,
    "MinutesSha256" TEXT NULL,
    CONSTRAINT "FK_CouncilSessions_DocumentContents_MinutesSha256" FOREIGN KEY ("MinutesSha256") REFERENCES "DocumentContents" ("Sha256") ON DELETE RESTRICT
);

CREATE TABLE "CouncilSessionAttendee" (
    "MemberId" TEXT NOT NULL,
    "CouncilSessionId" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "Position" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "Attended" INTEGER NOT NULL,
    "WrittenOpinion" INTEGER NOT NULL,
    CONSTRAINT "PK_CouncilSessionAttendee" PRIMARY KEY ("CouncilSessionId", "MemberId"),
    CONSTRAINT "FK_CouncilSessionAttendee_CouncilSessions_CouncilSessionId" FOREIGN KEY ("CouncilSessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CouncilSessionVote" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CouncilSessionVote" PRIMARY KEY AUTOINCREMENT,
    "DossierId" TEXT NOT NULL,
    "NomineeId" TEXT NOT NULL,
    "NomineeName" TEXT NOT NULL,
    "For" INTEGER NOT NULL,
    "Against" INTEGER NOT NULL,
    "Abstain" INTEGER NOT NULL,
    "WrittenFor" INTEGER NOT NULL,
    "Passed" INTEGER NOT NULL,
    "Percent" TEXT NOT NULL,
    "Explanation" TEXT NOT NULL,
    "CouncilSessionId" TEXT NOT NULL,
    CONSTRAINT "FK_CouncilSessionVote_CouncilSessions_CouncilSessionId" FOREIGN KEY ("CouncilSessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_CouncilSessionVote_CouncilSessionId_NomineeId" ON "CouncilSessionVote" ("CouncilSessionId", "NomineeId");

CREATE TABLE "CouncilSessionItem" (
    "DossierId" TEXT NOT NULL,
    "CouncilSessionId" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "VotedAt" TEXT NULL,
    CONSTRAINT "PK_CouncilSessionItem" PRIMARY KEY ("CouncilSessionId", "DossierId"),
    CONSTRAINT "FK_CouncilSessionItem_CouncilSessions_CouncilSessionId" FOREIGN KEY ("CouncilSessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CouncilSessionItem_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CouncilSessionAttendee_UserId" ON "CouncilSessionAttendee" ("UserId");

CREATE INDEX "IX_CouncilSessionItem_DossierId" ON "CouncilSessionItem" ("DossierId");

CREATE INDEX "IX_CouncilSessions_MinutesSha256" ON "CouncilSessions" ("MinutesSha256");

CREATE INDEX "IX_CouncilSessions_StartsAt" ON "CouncilSessions" ("StartsAt");

ALTER TABLE "Outbox" ADD COLUMN "AttachmentName" TEXT NULL;
ALTER TABLE "Outbox" ADD COLUMN "AttachmentContentType" TEXT NULL;
ALTER TABLE "Outbox" ADD COLUMN "AttachmentContent" BLOB NULL;
ALTER TABLE "Dossiers" ADD COLUMN "CentralDecisionNumber" TEXT NULL;
ALTER TABLE "Dossiers" ADD COLUMN "CentralDecisionDate" TEXT NULL;
ALTER TABLE "Nominee" ADD COLUMN "CentralAwarded" INTEGER NULL;
