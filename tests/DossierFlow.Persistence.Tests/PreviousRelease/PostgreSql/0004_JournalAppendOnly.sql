-- The journal is the legal record of who did what: the database itself refuses to change or delete an entry,
-- whatever code or tool connects to it.
CREATE FUNCTION "JournalEntries_AppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'JournalEntries is append-only';
END;
$$;

CREATE TRIGGER "JournalEntries_NoUpdateOrDelete" BEFORE UPDATE OR DELETE ON "JournalEntries"
    FOR EACH ROW EXECUTE FUNCTION "JournalEntries_AppendOnly"();
