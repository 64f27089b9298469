-- sharing: an object is kept as the text CIIP wrote it (json, not jsonb, which reorders keys), so that TAXII and the
-- object page answer it with type, spec_version and id first and its custom properties last; nothing queries inside
-- it (the feed searches the column search).
alter table sharing_object alter column body type json using body::json;
