-- Forms (PostgreSql): what clerks entered in each form of a dossier, and the document number counters
-- (per issuing organisation, document type and year).

CREATE TABLE "DocumentNumberCounters" (
    "IssuerCode" character varying(50) NOT NULL,
    "Symbol" character varying(20) NOT NULL,
    "Year" integer NOT NULL,
    "LastNumber" integer NOT NULL,
    CONSTRAINT "PK_DocumentNumberCounters" PRIMARY KEY ("IssuerCode", "Symbol", "Year")
);

CREATE TABLE "FormData" (
    "Id" uuid NOT NULL,
    "DossierId" uuid NOT NULL,
    "FormCode" character varying(100) NOT NULL,
    "NomineeId" uuid,
    "ValuesJson" text NOT NULL,
    "Number" integer,
    "IssuedOn" date,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_FormData" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_FormData_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_FormData_DossierId_FormCode_NomineeId" ON "FormData" ("DossierId", "FormCode", "NomineeId");
