-- Forms (Sqlite): what clerks entered in each form of a dossier, and the document number counters
-- (per issuing organisation, document type and year).

CREATE TABLE "DocumentNumberCounters" (
    "IssuerCode" TEXT NOT NULL,
    "Symbol" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "LastNumber" INTEGER NOT NULL,
    CONSTRAINT "PK_DocumentNumberCounters" PRIMARY KEY ("IssuerCode", "Symbol", "Year")
);

CREATE TABLE "FormData" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FormData" PRIMARY KEY,
    "DossierId" TEXT NOT NULL,
    "FormCode" TEXT NOT NULL,
    "NomineeId" TEXT NULL,
    "ValuesJson" TEXT NOT NULL,
    "Number" INTEGER NULL,
    "IssuedOn" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_FormData_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_FormData_DossierId_FormCode_NomineeId" ON "FormData" ("DossierId", "FormCode", "NomineeId");
