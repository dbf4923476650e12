import type { Actor } from "../../generated/prisma/client";
import type { ArticleExport, ExportAnnotation } from "./export.service";

/**
 * What both exports say the same way: the names an annotation's actors go by, and a one-line
 * summary of a quote or a claim in English, for consumers that show text rather than structure.
 */

/** The actors a claim or quote names, resolved from the export's actors (a vanished one is left out). */
export function actorsOf(data: ArticleExport, ids: (string | null | undefined)[]): Actor[] {
  return ids.flatMap((id) => {
    const actor = id ? data.actors.get(id) : undefined;
    return actor ? [actor] : [];
  });
}

/** "A, B and C". */
function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** E.g. `Quote (direct) of US State Department, written as "the statement".` */
export function quoteSummary(data: ArticleExport, row: ExportAnnotation): string {
  const quote = row.quote;
  const speaker = actorsOf(data, [quote?.speakerId])[0]?.name;
  const kind = quote?.quoteKind === "PARAPHRASE" ? "paraphrase" : "direct";
  const who = speaker ?? (quote?.speakerText ? `“${quote.speakerText}”` : "an unnamed speaker");
  const writtenAs = speaker && quote?.speakerText ? `, written as “${quote.speakerText}”` : "";
  return `Quote (${kind}) of ${who}${writtenAs}.`;
}

/**
 * E.g. `Libyan National Army denies, on Foreign backing, about Libyan National Army (source:
 * Libyan National Army).` The stance is always a word of the summary, so a reader of the text
 * alone cannot take a denial for an assertion.
 */
export function claimSummary(data: ArticleExport, row: ExportAnnotation): string {
  const claim = row.claim!;
  const [subject] = actorsOf(data, [claim.subjectId]);
  const counterparts = actorsOf(data, row.counterpartIds).map((actor) => actor.name);
  const claimant = actorsOf(data, [claim.claimantId])[0]?.name;
  const source = claimant ?? (claim.attributionText ? `“${claim.attributionText}”` : "unattributed");
  const stance = claim.stance === "DENIES" ? "Denies" : "Asserts";
  const naming = counterparts.length ? `, naming ${list(counterparts)}` : "";
  return `${stance}, on ${row.topicLabel ?? row.topicKey}, about ${subject?.name ?? "an unknown actor"}${naming} (source: ${source}).`;
}

/** An actor's external id as an IRI: a Wikidata Q-id as its entity IRI, an http(s) URL as itself. */
export function externalIri(actor: Actor): string | undefined {
  const id = actor.externalId?.trim();
  if (!id) return undefined;
  if (/^Q\d+$/.test(id)) return `http://www.wikidata.org/entity/${id}`;
  return /^https?:\/\/\S+$/.test(id) ? id : undefined;
}
