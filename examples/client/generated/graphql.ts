/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of actor an Actor is. */
export type ActorKind =
  /** An army, militia, mercenary force or other armed group. */
  | 'ARMED_GROUP'
  /** A ministry, department, agency or government. */
  | 'GOVERNMENT_BODY'
  /** A newspaper, broadcaster or agency. */
  | 'MEDIA_OUTLET'
  /** A company, NGO, party or international organisation. */
  | 'ORGANIZATION'
  /** Anything else. */
  | 'OTHER'
  /** A named individual. */
  | 'PERSON'
  /** A country as a whole. */
  | 'STATE';

/** Workflow state: SUGGESTED → DRAFT → IN_REVIEW → APPROVED → PUBLISHED, with CHANGES_REQUESTED, REJECTED, RETRACTED and ORPHANED. Readers see PUBLISHED only. */
export type AnnotationStatus =
  /** Accepted by a reviewer; not yet visible to readers. */
  | 'APPROVED'
  /** Sent back to the annotator with a comment. */
  | 'CHANGES_REQUESTED'
  /** Being written by its annotator. */
  | 'DRAFT'
  /** Submitted; waiting for a reviewer. */
  | 'IN_REVIEW'
  /** A correction of the article left its span nowhere it could be placed with confidence; `exact` is its old text and `revision` the article revision it points into. An edit giving a new span sends it to IN_REVIEW; a reviewer may reject it. */
  | 'ORPHANED'
  /** Visible to readers. */
  | 'PUBLISHED'
  /** Refused by a reviewer, with a comment. */
  | 'REJECTED'
  /** Withdrawn after publication, with a reason. */
  | 'RETRACTED'
  /** Proposed by a machine; becomes DRAFT when an annotator accepts it. */
  | 'SUGGESTED';

/** How the article attributes a claim. */
export type AttributionKind =
  /** A source the article describes but does not name (e.g. diplomats). */
  | 'ANONYMOUS_SOURCE'
  /** A source the article names. */
  | 'NAMED_SOURCE'
  /** The subject speaks about itself (e.g. a denial). */
  | 'SELF'
  /** No source, or only vague ones (e.g. the reports). */
  | 'UNATTRIBUTED';

/** Machine-readable error codes; the same strings appear in `extensions.code` of GraphQL errors. */
export type ErrorCode =
  /** A unique value (external id, topic key, e-mail) is already taken. */
  | 'ALREADY_EXISTS'
  /** Input failed validation at the edge (shape, length, range, format); `field` names it. */
  | 'BAD_USER_INPUT'
  /** This move (request changes, reject, retract) needs a comment. */
  | 'COMMENT_REQUIRED'
  /** The write was based on a stale version; `currentVersion` carries the current one. */
  | 'CONFLICT'
  /** importArticle: an article with the same url or the same text was imported before; `existingId` names it. */
  | 'DUPLICATE_ARTICLE'
  /** The operation ran out of time (`limit`, milliseconds) or its client left; work stopped. */
  | 'EXECUTION_TIMEOUT'
  /** The viewer may not do this: role, ownership, or the four-eyes rule. */
  | 'FORBIDDEN'
  /** Something unexpected failed; details are logged with the request id, never returned. */
  | 'INTERNAL_SERVER_ERROR'
  /** importArticle: the text is empty or not in a recognised format. */
  | 'INVALID_ARTICLE_TEXT'
  /** login: the e-mail and password do not match an enabled user. */
  | 'INVALID_CREDENTIALS'
  /** A cursor was not issued by this list in this order, or its item has left a nested list. */
  | 'INVALID_CURSOR'
  /** A global id could not be decoded, or names an object of the wrong type. */
  | 'INVALID_ID'
  /** The workflow has no move from the annotation's state to the requested one. */
  | 'INVALID_TRANSITION'
  /** The annotation's state does not allow this edit (published, retracted, rejected). */
  | 'NOT_EDITABLE'
  /** An id names nothing the viewer can see or change. */
  | 'NOT_FOUND'
  /** Refused before execution: the operation's estimated cost (each connection's first/last multiplies its children) exceeds the limit (`limit`). */
  | 'QUERY_TOO_COMPLEX'
  /** Refused before execution: the operation nests fields deeper than the limit (`limit`). */
  | 'QUERY_TOO_DEEP'
  /** Too many attempts: wait `retryAfterSeconds` (also sent as the Retry-After header) and try again. */
  | 'RATE_LIMITED'
  /** The request body exceeds the size limit (`limit`, bytes). */
  | 'REQUEST_TOO_LARGE'
  /** The response would exceed the size limit (`limit`, bytes); ask for fewer or smaller fields. */
  | 'RESPONSE_TOO_LARGE'
  /** Too many writes at once: nothing was written; retry shortly. */
  | 'SERVICE_BUSY'
  /** The exact text occurs more than once; add prefix, suffix or start/end. */
  | 'SPAN_AMBIGUOUS'
  /** The span is empty. */
  | 'SPAN_EMPTY'
  /** body.slice(start, end) differs from the given exact text. */
  | 'SPAN_MISMATCH'
  /** The exact text (with prefix/suffix, if given) does not occur in the body. */
  | 'SPAN_NOT_FOUND'
  /** start/end lie outside the article body, are reversed, or split a surrogate pair. */
  | 'SPAN_OUT_OF_RANGE'
  /** Refused before execution: the operation uses more aliases than the limit (`limit`). */
  | 'TOO_MANY_ALIASES'
  /** Refused before execution: the operation uses more directives than the limit (`limit`). */
  | 'TOO_MANY_DIRECTIVES'
  /** Refused before execution: an operation may sign in once (one `login` field). */
  | 'TOO_MANY_LOGINS'
  /** Refused: the connection (or the server) holds as many subscriptions as it may (`limit`). */
  | 'TOO_MANY_SUBSCRIPTIONS'
  /** Refused before execution: the document has more lexical tokens than the limit (`limit`). */
  | 'TOO_MANY_TOKENS'
  /** The viewer must sign in to do this, or the token is invalid, expired or of a disabled user. */
  | 'UNAUTHENTICATED'
  /** A referenced actor does not exist. */
  | 'UNKNOWN_ACTOR'
  /** quoteId does not name a quote in the same article. */
  | 'UNKNOWN_QUOTE'
  /** No topic has the given key. */
  | 'UNKNOWN_TOPIC';

/** What a user may do. Readers need no account. */
export type Role =
  /** Everything a reviewer does, plus users, topics and actors. */
  | 'ADMIN'
  /** Creates and edits annotations and submits them for review. */
  | 'ANNOTATOR'
  /** Approves, requests changes, rejects, publishes and retracts others' work. */
  | 'REVIEWER';

/** Whether the claimant asserts or denies the claim. */
export type Stance =
  /** States that it is so. */
  | 'ASSERTS'
  /** States that it is not so. */
  | 'DENIES';

export type ActorByAliasQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorByAliasQuery = { __typename: 'Query', actors: { __typename: 'ActorConnection', edges: Array<{ __typename: 'ActorEdge', node: { __typename: 'Actor', id: string, name: string, kind: ActorKind, countryCode: string | null, description: string | null, aliases: Array<string> } }> } };

export type ArticleClaimsByTopicQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleClaimsByTopicQuery = { __typename: 'Query', articles: { __typename: 'ArticleConnection', edges: Array<{ __typename: 'ArticleEdge', node: { __typename: 'Article', title: string, claims: { __typename: 'ClaimConnection', totalCount: number, edges: Array<{ __typename: 'ClaimEdge', node: { __typename: 'Claim', start: number, end: number, exact: string, stance: Stance, attributionText: string | null, attributionKind: AttributionKind, subject: { __typename: 'Actor', name: string }, counterparts: Array<{ __typename: 'Actor', name: string }>, claimant: { __typename: 'Actor', name: string } | null } }> } } }> } };

export type ForeignBackingDenialsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForeignBackingDenialsQuery = { __typename: 'Query', claims: { __typename: 'ClaimConnection', totalCount: number, edges: Array<{ __typename: 'ClaimEdge', node: { __typename: 'Claim', exact: string, attributionText: string | null, subject: { __typename: 'Actor', name: string }, claimant: { __typename: 'Actor', name: string } | null } }> } };

export type ClientClaimFragment = { __typename: 'Claim', id: string, exact: string, stance: Stance, status: AnnotationStatus, version: number, subject: { __typename: 'Actor', id: string, name: string }, counterparts: Array<{ __typename: 'Actor', id: string, name: string }>, article: { __typename: 'Article', id: string, title: string } };

export type ClientClaimsPageQueryVariables = Exact<{
  subjectId: string | number;
  topic: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ClientClaimsPageQuery = { __typename: 'Query', claims: { __typename: 'ClaimConnection', totalCount: number, edges: Array<{ __typename: 'ClaimEdge', cursor: string, node: { __typename: 'Claim', id: string, exact: string, stance: Stance, status: AnnotationStatus, version: number, subject: { __typename: 'Actor', id: string, name: string }, counterparts: Array<{ __typename: 'Actor', id: string, name: string }>, article: { __typename: 'Article', id: string, title: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ClientNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientNodeQuery = { __typename: 'Query', node:
    | { __typename: 'Actor', id: string }
    | { __typename: 'ActorEvent', id: string }
    | { __typename: 'AnnotationEvent', id: string }
    | { __typename: 'Article', id: string }
    | { __typename: 'Claim', id: string, exact: string, stance: Stance, status: AnnotationStatus, version: number, subject: { __typename: 'Actor', id: string, name: string }, counterparts: Array<{ __typename: 'Actor', id: string, name: string }>, article: { __typename: 'Article', id: string, title: string } }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
   | null };

export type ClientActorByAliasQueryVariables = Exact<{
  alias: string;
}>;


export type ClientActorByAliasQuery = { __typename: 'Query', actors: { __typename: 'ActorConnection', edges: Array<{ __typename: 'ActorEdge', node: { __typename: 'Actor', id: string, name: string } }> } };

export type FirstQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstQueryQuery = { __typename: 'Query', articles: { __typename: 'ArticleConnection', edges: Array<{ __typename: 'ArticleEdge', node: { __typename: 'Article', title: string, publishedAt: string | null, quotes: { __typename: 'QuoteConnection', totalCount: number, edges: Array<{ __typename: 'QuoteEdge', node: { __typename: 'Quote', exact: string, speakerText: string | null, speaker: { __typename: 'Actor', name: string } | null } }> } } }> }, lna: { __typename: 'ActorConnection', edges: Array<{ __typename: 'ActorEdge', node: { __typename: 'Actor', name: string, claimsAbout: { __typename: 'ClaimConnection', totalCount: number, edges: Array<{ __typename: 'ClaimEdge', node: { __typename: 'Claim', exact: string, stance: Stance, attributionText: string | null, attributionKind: AttributionKind, counterparts: Array<{ __typename: 'Actor', name: string }>, claimant: { __typename: 'Actor', name: string } | null, article: { __typename: 'Article', title: string } } }> } } }> } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { __typename: 'Mutation', login: { __typename: 'LoginPayload', token: string | null, user: { __typename: 'User', displayName: string, role: Role } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string }> } };

export type FindIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type FindIdsQuery = { __typename: 'Query', articles: { __typename: 'ArticleConnection', edges: Array<{ __typename: 'ArticleEdge', node: { __typename: 'Article', id: string, title: string } }> }, lna: { __typename: 'ActorConnection', edges: Array<{ __typename: 'ActorEdge', node: { __typename: 'Actor', id: string, name: string } }> }, us: { __typename: 'ActorConnection', edges: Array<{ __typename: 'ActorEdge', node: { __typename: 'Actor', id: string, name: string } }> } };

export type CreateClaimMutationVariables = Exact<{
  articleId: string | number;
  subjectId: string | number;
  claimantId: string | number;
}>;


export type CreateClaimMutation = { __typename: 'Mutation', createClaim: { __typename: 'CreateClaimPayload', claim: { __typename: 'Claim', id: string, status: AnnotationStatus, version: number, start: number, end: number, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string }> } };

export type TransitionMutationVariables = Exact<{
  id: string | number;
  to: AnnotationStatus;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type TransitionMutation = { __typename: 'Mutation', transitionAnnotation: { __typename: 'TransitionAnnotationPayload', annotation:
      | { __typename: 'Claim', id: string, status: AnnotationStatus, version: number }
      | { __typename: 'Quote', id: string, status: AnnotationStatus, version: number }
     | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string, currentVersion: number | null }> } };

export type ReaderSeesItQueryVariables = Exact<{ [key: string]: never; }>;


export type ReaderSeesItQuery = { __typename: 'Query', claims: { __typename: 'ClaimConnection', edges: Array<{ __typename: 'ClaimEdge', node: { __typename: 'Claim', exact: string, status: AnnotationStatus, subject: { __typename: 'Actor', name: string }, claimant: { __typename: 'Actor', name: string } | null } }> } };

export const ClientClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ClientClaimFragment, unknown>;
export const ActorByAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorByAlias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"alias"},"value":{"kind":"StringValue","value":"haftar’s FORCES","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorByAliasQuery, ActorByAliasQueryVariables>;
export const ArticleClaimsByTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleClaimsByTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"US delegate","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"StringValue","value":"FOREIGN_BACKING","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticleClaimsByTopicQuery, ArticleClaimsByTopicQueryVariables>;
export const ForeignBackingDenialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForeignBackingDenials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"StringValue","value":"FOREIGN_BACKING","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"stance"},"value":{"kind":"EnumValue","value":"DENIES"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForeignBackingDenialsQuery, ForeignBackingDenialsQueryVariables>;
export const ClientClaimsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientClaimsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientClaim"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ClientClaimsPageQuery, ClientClaimsPageQueryVariables>;
export const ClientNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientClaim"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ClientNodeQuery, ClientNodeQueryVariables>;
export const ClientActorByAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientActorByAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"alias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientActorByAliasQuery, ClientActorByAliasQueryVariables>;
export const FirstQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"US delegate","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"speakerText"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lna"},"name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"alias"},"value":{"kind":"StringValue","value":"LNA","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claimsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"StringValue","value":"FOREIGN_BACKING","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstQueryQuery, FirstQueryQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const FindIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"US delegate","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lna"},"name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"alias"},"value":{"kind":"StringValue","value":"LNA","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"us"},"name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"alias"},"value":{"kind":"StringValue","value":"Washington","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindIdsQuery, FindIdsQueryVariables>;
export const CreateClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"exact"},"value":{"kind":"StringValue","value":"the United States has urged them to progress towards the growth and development of Libya","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"StringValue","value":"DIPLOMACY","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"stance"},"value":{"kind":"EnumValue","value":"ASSERTS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"claimantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"attributionKind"},"value":{"kind":"EnumValue","value":"NAMED_SOURCE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"requiresComment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateClaimMutation, CreateClaimMutationVariables>;
export const TransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Transition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]} as unknown as DocumentNode<TransitionMutation, TransitionMutationVariables>;
export const ReaderSeesItDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReaderSeesIt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"StringValue","value":"DIPLOMACY","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"stance"},"value":{"kind":"EnumValue","value":"ASSERTS"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReaderSeesItQuery, ReaderSeesItQueryVariables>;