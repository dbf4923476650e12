import type { Actor } from "../../generated/prisma/client";
import { toGlobalId } from "../../shared/graphql/global-id";
import { ANNO_CONTEXT, ANNO_EXTENSION, nodeIri, topicIri } from "./export.context";
import { actorsOf, claimSummary, externalIri, quoteSummary } from "./export.describe";
import type { ArticleExport, ExportAnnotation } from "./export.service";
import { articleExportUrls } from "./export.urls";

/**
 * An article's visible annotations as a W3C Web Annotation AnnotationCollection
 * (https://www.w3.org/TR/annotation-model/, JSON-LD under http://www.w3.org/ns/anno.jsonld),
 * every annotation embedded in one AnnotationPage.
 *
 * - `id`: the annotation's IRI, urn:claimgraph:node:<global id> (export.context.ts).
 * - `motivation`: QUOTE → `identifying` (the annotation identifies who is quoted);
 *   CLAIM → `classifying` (it classifies the span as a claim: topic, stance, who about whom).
 *   Neither is `assessing`: Claimgraph records claims, it does not rate them.
 * - `target`: a SpecificResource whose `source` is the article's text as served at
 *   /export/articles/:id/text (the text the offsets count in; `via` is the article's own URL when
 *   it has one), with a TextQuoteSelector and a TextPositionSelector (UTF-16 code units) — two
 *   descriptions of the same span.
 * - `body`: a TextualBody summary (`describing`), for a claim its topic key as a tag (`tagging`),
 *   and the structured quote or claim (`cg:Quote`/`cg:Claim`: speaker, stance, subject, …).
 * - `creator`: for editors, the author (a Person: their user id and display name — "Erased user"
 *   once erased; never an e-mail). Accounts are not shown to readers on any path, so for them,
 *   and for work whose author is gone, it is the newsroom that published it (an Organization).
 */
export function annotationCollection(data: ArticleExport, publicUrl: string): Record<string, unknown> {
  const urls = articleExportUrls(publicUrl, data.article.id);
  const items = data.annotations.map((row) => webAnnotation(data, row, urls.text, publicUrl));
  return {
    "@context": [ANNO_CONTEXT, ANNO_EXTENSION],
    id: urls.annotations,
    type: "AnnotationCollection",
    label: `Annotations of “${data.article.title}”`,
    total: items.length,
    // The Web Annotation Protocol leaves `first` out of an empty collection.
    ...(items.length
      ? {
          first: {
            id: `${urls.annotations}#page-0`,
            type: "AnnotationPage",
            partOf: urls.annotations,
            startIndex: 0,
            items,
          },
          last: `${urls.annotations}#page-0`,
        }
      : {}),
  };
}

function webAnnotation(data: ArticleExport, row: ExportAnnotation, textUrl: string, publicUrl: string) {
  const { article } = data;
  const isClaim = row.kind === "CLAIM" && row.claim !== null;
  const author = row.authorId ? data.authors.get(row.authorId) : undefined;
  return {
    id: nodeIri(toGlobalId(isClaim ? "Claim" : "Quote", row.id)),
    type: "Annotation",
    motivation: isClaim ? "classifying" : "identifying",
    created: row.createdAt.toISOString(),
    modified: row.updatedAt.toISOString(),
    creator: author
      ? { id: nodeIri(toGlobalId("User", author.id)), type: "Person", name: author.displayName }
      : { type: "Organization", name: "The newsroom", homepage: `${publicUrl}/` },
    generator: { type: "Software", name: "Claimgraph" },
    status: row.status,
    version: row.version,
    body: [
      {
        type: "TextualBody",
        purpose: "describing",
        value: isClaim ? claimSummary(data, row) : quoteSummary(data, row),
        format: "text/plain",
        language: "en",
      },
      ...(isClaim ? [{ type: "TextualBody", purpose: "tagging", value: row.topicKey, format: "text/plain" }] : []),
      isClaim ? claimBody(data, row) : quoteBody(data, row),
    ],
    target: {
      type: "SpecificResource",
      source: {
        id: textUrl,
        type: "Text",
        format: "text/plain",
        language: article.language,
        ...(article.url ? { via: article.url } : {}),
      },
      selector: [
        { type: "TextQuoteSelector", exact: row.exact, prefix: row.prefix, suffix: row.suffix },
        { type: "TextPositionSelector", start: row.start, end: row.end },
      ],
    },
  };
}

function quoteBody(data: ArticleExport, row: ExportAnnotation) {
  const quote = row.quote;
  const [speaker] = actorsOf(data, [quote?.speakerId]);
  return {
    type: "Quote",
    quoteKind: quote?.quoteKind ?? "DIRECT",
    ...(speaker ? { speaker: agent(speaker) } : {}),
    ...(quote?.speakerText ? { speakerText: quote.speakerText } : {}),
  };
}

function claimBody(data: ArticleExport, row: ExportAnnotation) {
  const claim = row.claim!;
  const [subject] = actorsOf(data, [claim.subjectId]);
  const [claimant] = actorsOf(data, [claim.claimantId]);
  // The quote it is made in, when the viewer sees that quote too (it is in the same article).
  const quoteVisible = claim.quoteId && data.annotations.some((other) => other.id === claim.quoteId);
  return {
    type: "Claim",
    stance: claim.stance,
    topic: { id: topicIri(row.topicKey!), type: "Topic", key: row.topicKey, label: row.topicLabel },
    ...(subject ? { subject: agent(subject) } : {}),
    counterparts: actorsOf(data, row.counterpartIds).map(agent),
    ...(claimant ? { claimant: agent(claimant) } : {}),
    ...(claim.attributionText ? { attributionText: claim.attributionText } : {}),
    attributionKind: claim.attributionKind,
    ...(quoteVisible ? { quote: nodeIri(toGlobalId("Quote", claim.quoteId!)) } : {}),
  };
}

/** An actor as a FOAF agent (the types the W3C context has): people are Persons, everyone else an Organization. */
function agent(actor: Actor) {
  const sameAs = externalIri(actor);
  return {
    id: nodeIri(toGlobalId("Actor", actor.id)),
    type: actor.kind === "PERSON" ? "Person" : "Organization",
    name: actor.name,
    actorKind: actor.kind,
    ...(actor.countryCode ? { countryCode: actor.countryCode } : {}),
    ...(sameAs ? { sameAs } : {}),
  };
}
