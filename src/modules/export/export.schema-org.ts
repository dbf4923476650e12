import type { Actor } from "../../generated/prisma/client";
import type { ActorKind } from "../../generated/prisma/enums";
import { toGlobalId } from "../../shared/graphql/global-id";
import { nodeIri, SCHEMA_ORG_CONTEXT, SCHEMA_ORG_EXTENSION, TOPIC_SET_IRI, topicIri } from "./export.context";
import { actorsOf, claimSummary, externalIri } from "./export.describe";
import type { ArticleExport, ExportAnnotation } from "./export.service";
import { articleExportUrls } from "./export.urls";

/**
 * An article's visible claims as schema.org `Claim`s (https://schema.org/Claim), in an ItemList
 * in text order.
 *
 * - `text`: the span exactly as in the article; `startOffset`/`endOffset` (cg:) give its UTF-16
 *   offsets in the article's text (the W3C export has the full selectors).
 * - `appearance`: the article, as a NewsArticle (headline, canonical `url`, publication date,
 *   language, its outlet as `publisher`).
 * - `author`: the claimant, as a Person or Organization. When the article names no claimant,
 *   there is no author; the attribution as written ("according to diplomats …") is `creditText`.
 * - `datePublished`: the article's publication date — when the claim was made public, as far as
 *   the article tells — not when an editor published the annotation (absent if the article has none).
 * - `about`: the subject; `mentions`: the counterparts, in the order the claim names them;
 *   `keywords`: the topic, as a DefinedTerm of the topic vocabulary.
 * - The stance: schema.org has no property for it, and a Claim's `text` alone reads the same
 *   whether it is asserted or denied. It is `stance` (cg:stance, "ASSERTS" or "DENIES") and the
 *   first word of `description`.
 */
export function claimList(data: ArticleExport, publicUrl: string): Record<string, unknown> {
  const urls = articleExportUrls(publicUrl, data.article.id);
  const claims = data.annotations.filter((row) => row.claim !== null).map((row) => claim(data, row));
  return {
    "@context": [SCHEMA_ORG_CONTEXT, SCHEMA_ORG_EXTENSION],
    "@id": urls.claims,
    "@type": "ItemList",
    name: `Claims in “${data.article.title}”`,
    numberOfItems: claims.length,
    itemListOrder: "https://schema.org/ItemListOrderAscending",
    itemListElement: claims,
  };
}

function claim(data: ArticleExport, row: ExportAnnotation) {
  const claim = row.claim!;
  const { article } = data;
  const [subject] = actorsOf(data, [claim.subjectId]);
  const [claimant] = actorsOf(data, [claim.claimantId]);
  const quoteVisible = claim.quoteId && data.annotations.some((other) => other.id === claim.quoteId);
  return {
    "@id": nodeIri(toGlobalId("Claim", row.id)),
    "@type": "Claim",
    text: row.exact,
    description: claimSummary(data, row),
    stance: claim.stance,
    ...(subject ? { about: thing(subject) } : {}),
    mentions: actorsOf(data, row.counterpartIds).map((actor) => thing(actor)),
    ...(claimant ? { author: thing(claimant, true) } : {}),
    ...(claim.attributionText ? { creditText: claim.attributionText } : {}),
    attributionKind: claim.attributionKind,
    keywords: {
      "@id": topicIri(row.topicKey!),
      "@type": "DefinedTerm",
      termCode: row.topicKey,
      name: row.topicLabel,
      inDefinedTermSet: { "@id": TOPIC_SET_IRI },
    },
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    appearance: {
      "@id": nodeIri(toGlobalId("Article", article.id)),
      "@type": "NewsArticle",
      headline: article.title,
      ...(article.url ? { url: article.url } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
      inLanguage: article.language,
      ...(article.source ? { publisher: { "@type": "Organization", name: article.source } } : {}),
    },
    startOffset: row.start,
    endOffset: row.end,
    ...(quoteVisible ? { quote: nodeIri(toGlobalId("Quote", claim.quoteId!)) } : {}),
    status: row.status,
    version: row.version,
  };
}

/** schema.org types of each kind of actor. */
const ACTOR_TYPES: Record<ActorKind, string> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  GOVERNMENT_BODY: "GovernmentOrganization",
  STATE: "Country",
  ARMED_GROUP: "Organization",
  MEDIA_OUTLET: "NewsMediaOrganization",
  OTHER: "Thing",
};

/**
 * An actor as a schema.org Thing. `author` takes a Person or an Organization: a state that makes
 * a claim is its government speaking, so as an author it is a Country and an Organization.
 */
function thing(actor: Actor, asAuthor = false) {
  const type = ACTOR_TYPES[actor.kind];
  const sameAs = externalIri(actor);
  return {
    "@id": nodeIri(toGlobalId("Actor", actor.id)),
    "@type": asAuthor && (type === "Country" || type === "Thing") ? [type, "Organization"] : type,
    name: actor.name,
    ...(sameAs ? { sameAs } : {}),
  };
}
