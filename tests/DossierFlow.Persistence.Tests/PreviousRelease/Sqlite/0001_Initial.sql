-- Initial schema of DossierFlow for Sqlite. Written by the team from the EF model's create script
-- (see docs/operations.md, "Writing a migration"); the schema test proves it matches the model.
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AwardTypes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AwardTypes" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "DecidingAuthority" TEXT NOT NULL,
    "Copies" INTEGER NOT NULL,
    "BonusMultiplier" TEXT NOT NULL,
    "WorkflowId" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "RequiredDocuments" TEXT NOT NULL
);


CREATE TABLE "DocumentContents" (
    "Sha256" TEXT NOT NULL CONSTRAINT "PK_DocumentContents" PRIMARY KEY,
    "Bytes" BLOB NOT NULL,
    "Size" INTEGER NOT NULL
);


CREATE TABLE "Movements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Movements" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "PlanNumber" TEXT NOT NULL,
    "PlanDate" TEXT NOT NULL,
    "StartYear" INTEGER NOT NULL,
    "EndYear" INTEGER NOT NULL
);


CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ShortCode" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "ParentId" TEXT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    "SuccessorId" TEXT NULL,
    "ContactEmails" TEXT NOT NULL,
    CONSTRAINT "FK_Organisations_Organisations_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Organisations_Organisations_SuccessorId" FOREIGN KEY ("SuccessorId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MovementAward" (
    "AwardTypeId" TEXT NOT NULL,
    "MovementId" TEXT NOT NULL,
    CONSTRAINT "PK_MovementAward" PRIMARY KEY ("MovementId", "AwardTypeId"),
    CONSTRAINT "FK_MovementAward_AwardTypes_AwardTypeId" FOREIGN KEY ("AwardTypeId") REFERENCES "AwardTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MovementAward_Movements_MovementId" FOREIGN KEY ("MovementId") REFERENCES "Movements" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MovementDeadline" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MovementDeadline" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Month" INTEGER NOT NULL,
    "Day" INTEGER NOT NULL,
    "Year" INTEGER NULL,
    "LatePolicy" INTEGER NOT NULL,
    "MovementId" TEXT NULL,
    CONSTRAINT "FK_MovementDeadline_Movements_MovementId" FOREIGN KEY ("MovementId") REFERENCES "Movements" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MovementPhase" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MovementPhase" PRIMARY KEY,
    "Kind" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "MovementId" TEXT NULL,
    CONSTRAINT "FK_MovementPhase_Movements_MovementId" FOREIGN KEY ("MovementId") REFERENCES "Movements" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "Position" TEXT NULL,
    "OrganisationId" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "MovementParticipant" (
    "OrganisationId" TEXT NOT NULL,
    "MovementId" TEXT NOT NULL,
    CONSTRAINT "PK_MovementParticipant" PRIMARY KEY ("MovementId", "OrganisationId"),
    CONSTRAINT "FK_MovementParticipant_Movements_MovementId" FOREIGN KEY ("MovementId") REFERENCES "Movements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MovementParticipant_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Dossiers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Dossiers" PRIMARY KEY,
    "MovementId" TEXT NOT NULL,
    "PhaseId" TEXT NOT NULL,
    "ProposingOrganisationId" TEXT NOT NULL,
    "AwardTypeId" TEXT NOT NULL,
    "CommendationType" INTEGER NOT NULL,
    "WorkflowId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Dossiers_AwardTypes_AwardTypeId" FOREIGN KEY ("AwardTypeId") REFERENCES "AwardTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Dossiers_MovementPhase_PhaseId" FOREIGN KEY ("PhaseId") REFERENCES "MovementPhase" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Dossiers_Movements_MovementId" FOREIGN KEY ("MovementId") REFERENCES "Movements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Dossiers_Organisations_ProposingOrganisationId" FOREIGN KEY ("ProposingOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DossierDocument" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DossierDocument" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "DossierId" TEXT NULL,
    CONSTRAINT "FK_DossierDocument_DocumentContents_Sha256" FOREIGN KEY ("Sha256") REFERENCES "DocumentContents" ("Sha256") ON DELETE RESTRICT,
    CONSTRAINT "FK_DossierDocument_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Nominee" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Nominee" PRIMARY KEY,
    "Order" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Position" TEXT NULL,
    "Workplace" TEXT NULL,
    "DossierId" TEXT NULL,
    CONSTRAINT "FK_Nominee_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE UNIQUE INDEX "IX_AwardTypes_Code" ON "AwardTypes" ("Code");


CREATE UNIQUE INDEX "IX_DossierDocument_DossierId_Kind_Version" ON "DossierDocument" ("DossierId", "Kind", "Version");


CREATE INDEX "IX_DossierDocument_Sha256" ON "DossierDocument" ("Sha256");


CREATE INDEX "IX_Dossiers_AwardTypeId" ON "Dossiers" ("AwardTypeId");


CREATE INDEX "IX_Dossiers_MovementId_State" ON "Dossiers" ("MovementId", "State");


CREATE INDEX "IX_Dossiers_PhaseId" ON "Dossiers" ("PhaseId");


CREATE INDEX "IX_Dossiers_ProposingOrganisationId_UpdatedAt" ON "Dossiers" ("ProposingOrganisationId", "UpdatedAt");


CREATE INDEX "IX_MovementAward_AwardTypeId" ON "MovementAward" ("AwardTypeId");


CREATE UNIQUE INDEX "IX_MovementDeadline_MovementId_Code" ON "MovementDeadline" ("MovementId", "Code");


CREATE INDEX "IX_MovementParticipant_OrganisationId" ON "MovementParticipant" ("OrganisationId");


CREATE UNIQUE INDEX "IX_MovementPhase_MovementId_Kind_Year" ON "MovementPhase" ("MovementId", "Kind", "Year");


CREATE INDEX "IX_Nominee_DossierId" ON "Nominee" ("DossierId");


CREATE UNIQUE INDEX "IX_Organisations_Code" ON "Organisations" ("Code");


CREATE INDEX "IX_Organisations_ParentId" ON "Organisations" ("ParentId");


CREATE INDEX "IX_Organisations_SuccessorId" ON "Organisations" ("SuccessorId");


