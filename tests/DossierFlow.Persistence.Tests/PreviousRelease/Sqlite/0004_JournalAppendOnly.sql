-- The journal is the legal record of who did what: the database itself refuses to change or delete an entry,
-- whatever code or tool connects to it.
CREATE TRIGGER "JournalEntries_NoUpdate" BEFORE UPDATE ON "JournalEntries"
BEGIN
    SELECT RAISE(ABORT, 'JournalEntries is append-only');
END;

CREATE TRIGGER "JournalEntries_NoDelete" BEFORE DELETE ON "JournalEntries"
BEGIN
    SELECT RAISE(ABORT, 'JournalEntries is append-only');
END;
