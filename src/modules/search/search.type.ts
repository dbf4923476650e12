import { ArrayMaxSize, ArrayMinSize, Length } from "class-validator";
import { ArgsType, createUnionType, Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionArgs, PageInfo } from "../../shared/graphql/connection.type";
import { Claim, Quote } from "../annotation/annotation.type";
import { Article } from "../article/article.type";

export enum SearchResultKind {
  ARTICLE = "ARTICLE",
  QUOTE = "QUOTE",
  CLAIM = "CLAIM",
}
registerEnumType(SearchResultKind, {
  name: "SearchResultKind",
  description: "What `search` looks in.",
  valuesConfig: {
    ARTICLE: { description: "Article titles and bodies." },
    QUOTE: { description: "The span text of quotes." },
    CLAIM: { description: "The span text of claims." },
  },
});

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Something `search` found: an article, a quote or a claim.",
  types: () => [Article, Quote, Claim] as const,
  resolveType: (value) => (value instanceof Article ? Article : value instanceof Quote ? Quote : Claim),
});

@ObjectType({ description: "A range of a snippet's text." })
export class TextRange {
  @Field(() => Int, { description: "Start offset in UTF-16 code units, inclusive." })
  start!: number;

  @Field(() => Int, { description: "End offset in UTF-16 code units, exclusive." })
  end!: number;
}

@ObjectType({ description: "A passage of the found text with the words that matched highlighted." })
export class Snippet {
  @Field(() => String, { description: "The passage as plain text; passages are joined with ` … `." })
  text!: string;

  @Field(() => [TextRange], { description: "Where the matching words are in `text`." })
  highlights!: TextRange[];

  @Field(() => String, {
    description:
      "The passage as HTML: the text escaped, each match in `<mark>`…`</mark>`. Safe to insert as HTML whatever the article contains.",
  })
  html!: string;
}

@ObjectType({ description: "One search result with how well it matched and where." })
export class SearchEdge {
  @Field(() => String, { description: "Opaque cursor for paging from this result." })
  cursor!: string;

  @Field(() => SearchResult, { description: "The article, quote or claim found." })
  node!: Article | Quote | Claim;

  @Field(() => Float, {
    description:
      "How well it matched, in [0, 1): ts_rank_cd (cover density; an article's title weighs more than its body), normalised. Results come in decreasing relevance.",
  })
  relevance!: number;

  @Field(() => Snippet, { description: "Where it matched: up to two passages of the text." })
  snippet!: Snippet;
}

@ObjectType({ description: "A page of search results (Relay connection), most relevant first." })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: "The results of this page, in order." })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: "Paging information." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of results in all (ignoring paging)." })
  totalCount!: Promise<number>;
}

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, {
    description:
      'What to look for, in web-search syntax: words (all must occur, in any inflection the text\'s language knows), "quoted phrases", `or`, and `-word` to exclude.',
  })
  @Length(1, 500)
  query!: string;

  @Field(() => [SearchResultKind], {
    nullable: true,
    description: "Look only in these (at least one; default: all three).",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  types?: SearchResultKind[] | null;
}
