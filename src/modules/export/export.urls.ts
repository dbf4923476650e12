import { toGlobalId } from "../../shared/graphql/global-id";

/** Where an article's exports are served (export.routes.ts); `:id` is the article's global id. */
export const EXPORT_PATHS = {
  text: "/export/articles/:id/text",
  annotations: "/export/articles/:id/annotations",
  claims: "/export/articles/:id/claims",
} as const;

export type ExportKind = keyof typeof EXPORT_PATHS;

/** The absolute URLs of an article's exports, under the server's public base URL. */
export type ArticleExportUrls = Record<ExportKind, string>;

export function articleExportUrls(publicUrl: string, articleId: string): ArticleExportUrls {
  const id = encodeURIComponent(toGlobalId("Article", articleId));
  const url = (kind: ExportKind) => publicUrl + EXPORT_PATHS[kind].replace(":id", id);
  return { text: url("text"), annotations: url("annotations"), claims: url("claims") };
}
