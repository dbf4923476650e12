-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ANNOTATOR', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY', 'STATE', 'ARMED_GROUP', 'MEDIA_OUTLET', 'OTHER');

-- CreateEnum
CREATE TYPE "AnnotationKind" AS ENUM ('QUOTE', 'CLAIM');

-- CreateEnum
CREATE TYPE "AnnotationStatus" AS ENUM ('SUGGESTED', 'DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED', 'REJECTED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "QuoteKind" AS ENUM ('DIRECT', 'PARAPHRASE');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('ASSERTS', 'DENIES');

-- CreateEnum
CREATE TYPE "AttributionKind" AS ENUM ('SELF', 'NAMED_SOURCE', 'ANONYMOUS_SOURCE', 'UNATTRIBUTED');

-- CreateEnum
CREATE TYPE "AnnotationEventKind" AS ENUM ('CREATED', 'UPDATED', 'TRANSITIONED', 'COMMENTED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "password_hash" TEXT,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "source" TEXT,
    "url" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "language" TEXT NOT NULL DEFAULT 'en',
    "content_hash" CHAR(64) NOT NULL,
    "imported_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actors" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "country_code" CHAR(2),
    "description" TEXT,
    "external_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_aliases" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "actor_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topics" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "topics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotations" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "kind" "AnnotationKind" NOT NULL,
    "status" "AnnotationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "note" TEXT,
    "retraction_reason" TEXT,
    "author_id" UUID,
    "last_editor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "annotations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quotes" (
    "annotation_id" UUID NOT NULL,
    "speaker_id" UUID,
    "speaker_text" TEXT,
    "quote_kind" "QuoteKind" NOT NULL DEFAULT 'DIRECT',

    CONSTRAINT "quotes_pkey" PRIMARY KEY ("annotation_id")
);

-- CreateTable
CREATE TABLE "claims" (
    "annotation_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,
    "stance" "Stance" NOT NULL,
    "subject_id" UUID NOT NULL,
    "claimant_id" UUID,
    "attribution_text" TEXT,
    "attribution_kind" "AttributionKind" NOT NULL,
    "quote_id" UUID,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("annotation_id")
);

-- CreateTable
CREATE TABLE "claim_counterparts" (
    "claim_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "claim_counterparts_pkey" PRIMARY KEY ("claim_id","actor_id")
);

-- CreateTable
CREATE TABLE "annotation_events" (
    "id" UUID NOT NULL,
    "annotation_id" UUID NOT NULL,
    "user_id" UUID,
    "kind" "AnnotationEventKind" NOT NULL,
    "from_status" "AnnotationStatus",
    "to_status" "AnnotationStatus",
    "version" INTEGER NOT NULL,
    "changes" JSONB,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "id" UUID NOT NULL,
    "annotation_id" UUID NOT NULL,
    "author_id" UUID,
    "parent_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "articles_url_key" ON "articles"("url");

-- CreateIndex
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "actors_external_id_key" ON "actors"("external_id");

-- CreateIndex
CREATE INDEX "actors_normalized_name_idx" ON "actors"("normalized_name");

-- CreateIndex
CREATE INDEX "actor_aliases_normalized_idx" ON "actor_aliases"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "actor_aliases_actor_id_normalized_key" ON "actor_aliases"("actor_id", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "topics_key_key" ON "topics"("key");

-- CreateIndex
CREATE INDEX "annotations_article_id_start_idx" ON "annotations"("article_id", "start");

-- CreateIndex
CREATE INDEX "annotations_kind_status_idx" ON "annotations"("kind", "status");

-- CreateIndex
CREATE INDEX "quotes_speaker_id_idx" ON "quotes"("speaker_id");

-- CreateIndex
CREATE INDEX "claims_subject_id_topic_id_idx" ON "claims"("subject_id", "topic_id");

-- CreateIndex
CREATE INDEX "claims_claimant_id_idx" ON "claims"("claimant_id");

-- CreateIndex
CREATE INDEX "claims_topic_id_idx" ON "claims"("topic_id");

-- CreateIndex
CREATE INDEX "claims_quote_id_idx" ON "claims"("quote_id");

-- CreateIndex
CREATE INDEX "claim_counterparts_actor_id_idx" ON "claim_counterparts"("actor_id");

-- CreateIndex
CREATE INDEX "annotation_events_annotation_id_created_at_idx" ON "annotation_events"("annotation_id", "created_at");

-- CreateIndex
CREATE INDEX "comments_annotation_id_created_at_idx" ON "comments"("annotation_id", "created_at");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_last_editor_id_fkey" FOREIGN KEY ("last_editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes"("annotation_id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_counterparts" ADD CONSTRAINT "claim_counterparts_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("annotation_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_counterparts" ADD CONSTRAINT "claim_counterparts_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_events" ADD CONSTRAINT "annotation_events_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_events" ADD CONSTRAINT "annotation_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Invariants Prisma's schema language cannot express.
-- Spans (W3C Web Annotation TextPositionSelector): a non-empty, non-negative range whose text
-- is stored in "exact". Offsets are UTF-16 code units, which PostgreSQL does not count, so the
-- check against the article body itself lives in the annotation service.
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_span_check" CHECK ("start" >= 0 AND "end" > "start" AND "exact" <> '');
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_version_check" CHECK ("version" >= 1);
ALTER TABLE "actors" ADD CONSTRAINT "actors_country_code_check" CHECK ("country_code" ~ '^[A-Z]{2}$');
ALTER TABLE "topics" ADD CONSTRAINT "topics_key_check" CHECK ("key" ~ '^[A-Z][A-Z0-9_]*$');
ALTER TABLE "claim_counterparts" ADD CONSTRAINT "claim_counterparts_position_check" CHECK ("position" >= 0);
ALTER TABLE "articles" ADD CONSTRAINT "articles_content_hash_check" CHECK ("content_hash" ~ '^[0-9a-f]{64}$');
