/**
 * The JSON-LD contexts of the exports (export.w3c.ts, export.schema-org.ts).
 *
 * Each export names its standard's published context by URL, followed by a small inline context
 * of our own for what the standard has no term for. The inline part is given in the document
 * itself, so that a consumer needs nothing but the published context to read it: every term we
 * use expands to an IRI. A JSON-LD processor silently drops a term no context defines, so every
 * term below is spelled out (no `@vocab`): a misspelt term is then dropped where the tests see
 * it, rather than quietly becoming an IRI nobody defined.
 *
 * Our terms live under CLAIMGRAPH_VOCABULARY, a namespace this project owns the naming of; the
 * README's "Exports" section documents each one.
 */

/** The namespace of Claimgraph's own terms (stance, topic, attribution, …). */
export const CLAIMGRAPH_VOCABULARY = "https://claimgraph.example/ns#";

/** The W3C Web Annotation context (https://www.w3.org/TR/annotation-model/), as published. */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The schema.org context, as schema.org publishes it (served from https://schema.org). */
export const SCHEMA_ORG_CONTEXT = "https://schema.org";

/** Terms both exports share: the workflow state and the span's offsets. */
const SHARED = {
  cg: CLAIMGRAPH_VOCABULARY,
  xsd: "http://www.w3.org/2001/XMLSchema#",
  status: "cg:status",
  version: { "@id": "cg:version", "@type": "xsd:integer" },
  stance: "cg:stance",
  attributionKind: "cg:attributionKind",
  quote: { "@id": "cg:quote", "@type": "@id" },
} as const;

/**
 * Added to the W3C context: the structured body of a quote or a claim (type `cg:Quote` or
 * `cg:Claim`) and the actors and topic it names. `name`, `Person` and `Organization` come from
 * the W3C context itself (FOAF).
 */
export const ANNO_EXTENSION = {
  ...SHARED,
  owl: "http://www.w3.org/2002/07/owl#",
  Quote: "cg:Quote",
  Claim: "cg:Claim",
  Topic: "cg:Topic",
  speaker: { "@id": "cg:speaker", "@type": "@id" },
  speakerText: "cg:speakerText",
  quoteKind: "cg:quoteKind",
  topic: { "@id": "cg:topic", "@type": "@id" },
  key: "cg:key",
  subject: { "@id": "cg:subject", "@type": "@id" },
  claimant: { "@id": "cg:claimant", "@type": "@id" },
  counterparts: { "@id": "cg:counterpart", "@type": "@id", "@container": "@list" },
  attributionText: "cg:attributionText",
  actorKind: "cg:actorKind",
  countryCode: "cg:countryCode",
  sameAs: { "@id": "owl:sameAs", "@type": "@id" },
} as const;

/** Added to the schema.org context: what a schema.org Claim has no property for. */
export const SCHEMA_ORG_EXTENSION = {
  ...SHARED,
  startOffset: { "@id": "cg:start", "@type": "xsd:nonNegativeInteger" },
  endOffset: { "@id": "cg:end", "@type": "xsd:nonNegativeInteger" },
} as const;

/**
 * The IRI of a Claimgraph object: its GraphQL global id under a URN prefix, the same in every
 * export and whatever the server's public URL (strip the prefix to get what node(id:) takes).
 */
export function nodeIri(globalId: string): string {
  return `urn:claimgraph:node:${globalId}`;
}

/** The set of topics that claims' topic keys belong to (the admin-managed vocabulary). */
export const TOPIC_SET_IRI = "urn:claimgraph:topics";

/** A topic's IRI: its stable key within the topic set. */
export function topicIri(key: string): string {
  return `${TOPIC_SET_IRI}:${encodeURIComponent(key)}`;
}
