import { DomainError, ErrorCode } from "../../shared/errors";

/**
 * DUPLICATE_ARTICLE, naming the article that already has this url or text (importArticle's
 * `text`, correctArticle's `body`): the unique indexes on url and content hash hold it.
 */
export function duplicateError(field: "url" | "text" | "body", existing: { id: string; title: string }): DomainError {
  return new DomainError(
    ErrorCode.DUPLICATE_ARTICLE,
    field === "url"
      ? `An article with this url was already imported ("${existing.title}").`
      : `The same text was already imported ("${existing.title}").`,
    { field: ["input", field], existing: { type: "Article", id: existing.id } },
  );
}
