-- Council membership list and sessions (agenda, attendance, votes, minutes); one attachment per outbox mail
-- (calendar invitations); the central level's decision on national awards (PostgreSql).
CREATE TABLE "CouncilMembers" (
    "Id" uuid NOT NULL,
    "FullName" character varying(200) NOT NULL,
    "Position" character varying(300) NOT NULL,
    "Email" character varying(254) NOT NULL,
    "UserId" character varying(450),
    "Order" integer NOT NULL,
    "Active" boolean NOT NULL,
    CONSTRAINT "PK_CouncilMembers" PRIMARY KEY ("Id")
);

CREATE TABLE "CouncilSessions" (
    "Id" uuid NOT NULL,
    "StartsAt" timestamp with time zone NOT NULL,
    "DurationMinutes" integer NOT NULL,
    "Place" character varying(300) NOT NULL,
    "ChairMemberId" uuid NOT NULL,
    "SecretaryMemberId" uuid NOT NULL,
    "CouncilSize" integer NOT NULL,
    "Status" integer NOT NULL,
    "Sequence" integer NOT NULL,
    "AttendanceRecorded" boolean NOT NULL,
    "Revision" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(450) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "MinutesNumber" integer,
    "MinutesIssuedOn" date,
    "MinutesSha256" character varying(64),
    CONSTRAINT "PK_CouncilSessions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CouncilSessions_DocumentContents_MinutesSha256" FOREIGN KEY ("MinutesSha256") REFERENCES "DocumentContents" ("Sha256") ON DELETE RESTRICT
);

CREATE TABLE "CouncilSessionAttendee" (
    "MemberId" uuid NOT NULL,
    "CouncilSessionId" uuid NOT NULL,
    "FullName" character varying(200) NOT NULL,
    "Position" character varying(300) NOT NULL,
    "Email" character varying(254) NOT NULL,
    "UserId" character varying(450),
    "Attended" boolean NOT NULL,
    "WrittenOpinion" boolean NOT NULL,
    CONSTRAINT "PK_CouncilSessionAttendee" PRIMARY KEY ("CouncilSessionId", "MemberId"),
    CONSTRAINT "FK_CouncilSessionAttendee_CouncilSessions_CouncilSessionId" FOREIGN KEY ("CouncilSessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CouncilSessionVote" (
    "NomineeId" uuid NOT NULL,
    "CouncilSessionId" uuid NOT NULL,
    "DossierId" uuid NOT NULL,
    "NomineeName" character varying(300) NOT NULL,
    "For" integer NOT NULL,
    "Against" integer NOT NULL,
    "Abstain" integer NOT NULL,
    "WrittenFor" integer NOT NULL,
    "Passed" boolean NOT NULL,
    "Percent" numeric(5,2) NOT NULL,
    "Explanation" character varying(500) NOT NULL,
    CONSTRAINT "PK_CouncilSessionVote" PRIMARY KEY ("CouncilSessionId", "NomineeId"),
    CONSTRAINT "FK_CouncilSessionVote_CouncilSessions_CouncilSessionId" FOREIGN KEY ("CouncilSessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CouncilSessionItem" (
    "DossierId" uuid NOT NULL,
    "CouncilSessionId" uuid NOT NULL,
    "Order" integer NOT NULL,
    "VotedAt" timestamp with time zone,
    CONSTRAINT "PK_CouncilSessionItem" PRIMARY KEY ("CouncilSessionId", "DossierId"),
    CONSTRAINT "FK_CouncilSessionItem_CouncilSessions_CouncilSessionId" FOREIGN KEY ("CouncilSessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CouncilSessionItem_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CouncilSessionAttendee_UserId" ON "CouncilSessionAttendee" ("UserId");

CREATE INDEX "IX_CouncilSessionItem_DossierId" ON "CouncilSessionItem" ("DossierId");

CREATE INDEX "IX_CouncilSessions_MinutesSha256" ON "CouncilSessions" ("MinutesSha256");

CREATE INDEX "IX_CouncilSessions_StartsAt" ON "CouncilSessions" ("StartsAt");

ALTER TABLE "Outbox" ADD COLUMN "AttachmentName" character varying(255);
ALTER TABLE "Outbox" ADD COLUMN "AttachmentContentType" character varying(200);
ALTER TABLE "Outbox" ADD COLUMN "AttachmentContent" bytea;
ALTER TABLE "Dossiers" ADD COLUMN "CentralDecisionNumber" character varying(100);
ALTER TABLE "Dossiers" ADD COLUMN "CentralDecisionDate" date;
ALTER TABLE "Nominee" ADD COLUMN "CentralAwarded" boolean;
