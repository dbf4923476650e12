import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Article } from "../article/article.type";
import { ArticleExportUrls } from "./export.type";
import { articleExportUrls } from "./export.urls";

@Resolver(() => Article)
export class ArticleExportResolver {
  @FieldResolver(() => ArticleExportUrls, {
    description:
      "Absolute URLs of this article's exports (text, W3C Web Annotations, schema.org Claims), under the server's PUBLIC_URL.",
  })
  exportUrls(@Root() article: Article, @Ctx() { publicUrl }: Context): ArticleExportUrls {
    return articleExportUrls(publicUrl, article.dbId);
  }
}
