-- The size of each article's body, kept by PostgreSQL, so that a request's bodies can be priced
-- (and refused when they would exceed the response limit) before they are read.
ALTER TABLE "articles" ADD COLUMN "body_bytes" INTEGER GENERATED ALWAYS AS (octet_length("body")) STORED;
