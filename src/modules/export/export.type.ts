import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "Where an article's exports are served: plain HTTP GETs that read as the caller of GraphQL does (send the same Authorization header; readers get published work only).",
})
export class ArticleExportUrls {
  @Field(() => String, {
    description:
      "The article's text (text/plain; charset=utf-8): exactly Article.body, the text span offsets count in. The W3C annotations' target source.",
  })
  text!: string;

  @Field(() => String, {
    description:
      'The visible quotes and claims as a W3C Web Annotation AnnotationCollection (application/ld+json; profile="http://www.w3.org/ns/anno.jsonld").',
  })
  annotations!: string;

  @Field(() => String, {
    description: "The visible claims as schema.org Claim objects in an ItemList (application/ld+json).",
  })
  claims!: string;
}
