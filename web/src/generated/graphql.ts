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

/** What an annotation event records. */
export type AnnotationEventKind =
  /** An editor commented on it. */
  | 'COMMENTED'
  /** The annotation was created. */
  | 'CREATED'
  /** A correction of its article placed its span on the new text (or orphaned it); `changes` has the selector fields that changed and the revision, `comment` the correction's note. */
  | 'REANCHORED'
  /** It moved between workflow states. */
  | 'TRANSITIONED'
  /** Its fields were edited; `changes` has the field-level diff. */
  | 'UPDATED';

/** Which kind of annotation: a Quote or a Claim. */
export type AnnotationKind =
  /** A Claim. */
  | 'CLAIM'
  /** A Quote. */
  | 'QUOTE';

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

/** A new claim on an article. */
export type CreateClaimInput = {
  /** The article the claim is in. */
  articleId: string | number;
  /** How the claim is attributed. */
  attributionKind: AttributionKind;
  /** Attribution as written, e.g. "according to the reports". */
  attributionText?: string | null | undefined;
  /** Who makes the claim; null when unattributed. */
  claimantId?: string | number | null | undefined;
  /** Other actors the claim names, in order (e.g. the backers). */
  counterpartIds?: Array<string | number> | null | undefined;
  /** End offset (UTF-16 code units, exclusive). */
  end?: number | null | undefined;
  /** The span's exact text. Alone, it must occur once in the body (typographic quotes match straight ones). */
  exact?: string | null | undefined;
  /** Editor's note. */
  note?: string | null | undefined;
  /** Text just before the span, to pick one of several occurrences. */
  prefix?: string | null | undefined;
  /** The quote (in the same article) the claim is made in. */
  quoteId?: string | number | null | undefined;
  /** ASSERTS or DENIES. */
  stance: Stance;
  /** Start offset (UTF-16 code units, inclusive). */
  start?: number | null | undefined;
  /** Whom the claim is about. */
  subjectId: string | number;
  /** Text just after the span, to pick one of several occurrences. */
  suffix?: string | null | undefined;
  /** Topic key, e.g. FOREIGN_BACKING. */
  topic: string;
};

/** A new quote on an article. */
export type CreateQuoteInput = {
  /** The article the quote is in. */
  articleId: string | number;
  /** End offset (UTF-16 code units, exclusive). */
  end?: number | null | undefined;
  /** The span's exact text. Alone, it must occur once in the body (typographic quotes match straight ones). */
  exact?: string | null | undefined;
  /** Editor's note. */
  note?: string | null | undefined;
  /** Text just before the span, to pick one of several occurrences. */
  prefix?: string | null | undefined;
  /** DIRECT (default) or PARAPHRASE. */
  quoteKind?: QuoteKind | null | undefined;
  /** The speaking actor, when known. */
  speakerId?: string | number | null | undefined;
  /** The speaker as written, e.g. "the statement". */
  speakerText?: string | null | undefined;
  /** Start offset (UTF-16 code units, inclusive). */
  start?: number | null | undefined;
  /** Text just after the span, to pick one of several occurrences. */
  suffix?: string | null | undefined;
};

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

/** A verbatim quotation or a paraphrase. */
export type QuoteKind =
  /** Verbatim, in quotation marks. */
  | 'DIRECT'
  /** Reported speech. */
  | 'PARAPHRASE';

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

export type WebActorRefFragment = { __typename: 'Actor', id: string, name: string };

type WebAnnotation_Claim_Fragment = { __typename: 'Claim', stance: Stance, attributionText: string | null, attributionKind: AttributionKind, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, topic: { __typename: 'Topic', id: string, key: string, label: string }, subject: { __typename: 'Actor', id: string, name: string }, claimant: { __typename: 'Actor', id: string, name: string } | null, counterparts: Array<{ __typename: 'Actor', id: string, name: string }>, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> };

type WebAnnotation_Quote_Fragment = { __typename: 'Quote', quoteKind: QuoteKind, speakerText: string | null, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, speaker: { __typename: 'Actor', id: string, name: string } | null, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> };

export type WebAnnotationFragment =
  | WebAnnotation_Claim_Fragment
  | WebAnnotation_Quote_Fragment
;

export type WebMeQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMeQuery = { __typename: 'Query', me: { __typename: 'User', id: string, displayName: string, role: Role } | null };

export type WebLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type WebLoginMutation = { __typename: 'Mutation', login: { __typename: 'LoginPayload', token: string | null, user: { __typename: 'User', id: string, displayName: string, role: Role } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string }> } };

export type WebArticlesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type WebArticlesQuery = { __typename: 'Query', articles: { __typename: 'ArticleConnection', edges: Array<{ __typename: 'ArticleEdge', node: { __typename: 'Article', id: string, title: string, source: string | null, publishedAt: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type WebArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type WebArticleQuery = { __typename: 'Query', article: { __typename: 'Article', id: string, title: string, source: string | null, publishedAt: string | null, body: string, annotations: { __typename: 'AnnotationConnection', totalCount: number, edges: Array<{ __typename: 'AnnotationEdge', node:
          | { __typename: 'Claim', stance: Stance, attributionText: string | null, attributionKind: AttributionKind, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, topic: { __typename: 'Topic', id: string, key: string, label: string }, subject: { __typename: 'Actor', id: string, name: string }, claimant: { __typename: 'Actor', id: string, name: string } | null, counterparts: Array<{ __typename: 'Actor', id: string, name: string }>, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> }
          | { __typename: 'Quote', quoteKind: QuoteKind, speakerText: string | null, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, speaker: { __typename: 'Actor', id: string, name: string } | null, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> }
         }> } } | null };

export type WebActorSearchQueryVariables = Exact<{
  search: string;
}>;


export type WebActorSearchQuery = { __typename: 'Query', actors: { __typename: 'ActorConnection', edges: Array<{ __typename: 'ActorEdge', node: { __typename: 'Actor', id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } };

export type WebTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebTopicsQuery = { __typename: 'Query', topics: { __typename: 'TopicConnection', edges: Array<{ __typename: 'TopicEdge', node: { __typename: 'Topic', id: string, key: string, label: string } }> } };

export type WebCreateClaimMutationVariables = Exact<{
  input: CreateClaimInput;
}>;


export type WebCreateClaimMutation = { __typename: 'Mutation', createClaim: { __typename: 'CreateClaimPayload', claim: { __typename: 'Claim', stance: Stance, attributionText: string | null, attributionKind: AttributionKind, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, topic: { __typename: 'Topic', id: string, key: string, label: string }, subject: { __typename: 'Actor', id: string, name: string }, claimant: { __typename: 'Actor', id: string, name: string } | null, counterparts: Array<{ __typename: 'Actor', id: string, name: string }>, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string, field: Array<string> | null }> } };

export type WebCreateQuoteMutationVariables = Exact<{
  input: CreateQuoteInput;
}>;


export type WebCreateQuoteMutation = { __typename: 'Mutation', createQuote: { __typename: 'CreateQuotePayload', quote: { __typename: 'Quote', quoteKind: QuoteKind, speakerText: string | null, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, speaker: { __typename: 'Actor', id: string, name: string } | null, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string, field: Array<string> | null }> } };

export type WebReviewQueueQueryVariables = Exact<{
  status: Array<AnnotationStatus> | AnnotationStatus;
  first: number;
  after?: string | null | undefined;
}>;


export type WebReviewQueueQuery = { __typename: 'Query', annotations: { __typename: 'AnnotationConnection', totalCount: number, edges: Array<{ __typename: 'AnnotationEdge', node:
        | { __typename: 'Claim', createdAt: string, stance: Stance, attributionText: string | null, attributionKind: AttributionKind, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, article: { __typename: 'Article', id: string, title: string }, history: { __typename: 'AnnotationEventConnection', edges: Array<{ __typename: 'AnnotationEventEdge', node: { __typename: 'AnnotationEvent', id: string, kind: AnnotationEventKind, fromStatus: AnnotationStatus | null, toStatus: AnnotationStatus | null, comment: string | null, createdAt: string, user: { __typename: 'User', displayName: string } | null } }> } | null, comments: { __typename: 'CommentConnection', edges: Array<{ __typename: 'CommentEdge', node: { __typename: 'Comment', id: string, body: string, createdAt: string, author: { __typename: 'User', displayName: string } | null } }> } | null, topic: { __typename: 'Topic', id: string, key: string, label: string }, subject: { __typename: 'Actor', id: string, name: string }, claimant: { __typename: 'Actor', id: string, name: string } | null, counterparts: Array<{ __typename: 'Actor', id: string, name: string }>, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> }
        | { __typename: 'Quote', createdAt: string, quoteKind: QuoteKind, speakerText: string | null, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, article: { __typename: 'Article', id: string, title: string }, history: { __typename: 'AnnotationEventConnection', edges: Array<{ __typename: 'AnnotationEventEdge', node: { __typename: 'AnnotationEvent', id: string, kind: AnnotationEventKind, fromStatus: AnnotationStatus | null, toStatus: AnnotationStatus | null, comment: string | null, createdAt: string, user: { __typename: 'User', displayName: string } | null } }> } | null, comments: { __typename: 'CommentConnection', edges: Array<{ __typename: 'CommentEdge', node: { __typename: 'Comment', id: string, body: string, createdAt: string, author: { __typename: 'User', displayName: string } | null } }> } | null, speaker: { __typename: 'Actor', id: string, name: string } | null, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> }
       }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type WebTransitionMutationVariables = Exact<{
  id: string | number;
  to: AnnotationStatus;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type WebTransitionMutation = { __typename: 'Mutation', transitionAnnotation: { __typename: 'TransitionAnnotationPayload', annotation:
      | { __typename: 'Claim', stance: Stance, attributionText: string | null, attributionKind: AttributionKind, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, topic: { __typename: 'Topic', id: string, key: string, label: string }, subject: { __typename: 'Actor', id: string, name: string }, claimant: { __typename: 'Actor', id: string, name: string } | null, counterparts: Array<{ __typename: 'Actor', id: string, name: string }>, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> }
      | { __typename: 'Quote', quoteKind: QuoteKind, speakerText: string | null, id: string, kind: AnnotationKind, status: AnnotationStatus, version: number, start: number, end: number, exact: string, speaker: { __typename: 'Actor', id: string, name: string } | null, availableTransitions: Array<{ __typename: 'AvailableTransition', to: AnnotationStatus, requiresComment: boolean }> }
     | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string, currentVersion: number | null }> } };

export type WebAddCommentMutationVariables = Exact<{
  annotationId: string | number;
  body: string;
}>;


export type WebAddCommentMutation = { __typename: 'Mutation', addComment: { __typename: 'AddCommentPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string }> } };

export type WebLedgerSideFragment = { __typename: 'LedgerSide', count: number, firstSeen: string | null, lastSeen: string | null, sources: Array<{ __typename: 'LedgerSource', attributionText: string | null, attributionKind: AttributionKind, count: number, claimant: { __typename: 'Actor', id: string, name: string } | null }>, claims: Array<{ __typename: 'Claim', id: string, exact: string, article: { __typename: 'Article', id: string, title: string, publishedAt: string | null } }> };

export type WebLedgerQueryVariables = Exact<{
  subjectId: string | number;
  topic: string;
}>;


export type WebLedgerQuery = { __typename: 'Query', ledger: { __typename: 'Ledger', claimCount: number, subject: { __typename: 'Actor', id: string, name: string }, topic: { __typename: 'Topic', key: string, label: string }, counterparts: Array<{ __typename: 'LedgerCounterpart', counterpart: { __typename: 'Actor', id: string, name: string }, asserts: { __typename: 'LedgerSide', count: number, firstSeen: string | null, lastSeen: string | null, sources: Array<{ __typename: 'LedgerSource', attributionText: string | null, attributionKind: AttributionKind, count: number, claimant: { __typename: 'Actor', id: string, name: string } | null }>, claims: Array<{ __typename: 'Claim', id: string, exact: string, article: { __typename: 'Article', id: string, title: string, publishedAt: string | null } }> }, denies: { __typename: 'LedgerSide', count: number, firstSeen: string | null, lastSeen: string | null, sources: Array<{ __typename: 'LedgerSource', attributionText: string | null, attributionKind: AttributionKind, count: number, claimant: { __typename: 'Actor', id: string, name: string } | null }>, claims: Array<{ __typename: 'Claim', id: string, exact: string, article: { __typename: 'Article', id: string, title: string, publishedAt: string | null } }> } }>, generalAssertions: { __typename: 'LedgerSide', count: number, firstSeen: string | null, lastSeen: string | null, sources: Array<{ __typename: 'LedgerSource', attributionText: string | null, attributionKind: AttributionKind, count: number, claimant: { __typename: 'Actor', id: string, name: string } | null }>, claims: Array<{ __typename: 'Claim', id: string, exact: string, article: { __typename: 'Article', id: string, title: string, publishedAt: string | null } }> }, generalDenials: { __typename: 'LedgerSide', count: number, firstSeen: string | null, lastSeen: string | null, sources: Array<{ __typename: 'LedgerSource', attributionText: string | null, attributionKind: AttributionKind, count: number, claimant: { __typename: 'Actor', id: string, name: string } | null }>, claims: Array<{ __typename: 'Claim', id: string, exact: string, article: { __typename: 'Article', id: string, title: string, publishedAt: string | null } }> } } };

export type WebAnnotationEventsSubscriptionVariables = Exact<{
  articleId?: string | number | null | undefined;
}>;


export type WebAnnotationEventsSubscription = { __typename: 'Subscription', annotationEvents: { __typename: 'AnnotationEvent', id: string, kind: AnnotationEventKind, toStatus: AnnotationStatus | null, annotation:
      | { __typename: 'Claim', id: string }
      | { __typename: 'Quote', id: string }
     | null } };

export const WebActorRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<WebActorRefFragment, unknown>;
export const WebAnnotationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAnnotation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Annotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"requiresComment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteKind"}},{"kind":"Field","name":{"kind":"Name","value":"speakerText"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<WebAnnotationFragment, unknown>;
export const WebLedgerSideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebLedgerSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerSide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<WebLedgerSideFragment, unknown>;
export const WebMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<WebMeQuery, WebMeQueryVariables>;
export const WebLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebLoginMutation, WebLoginMutationVariables>;
export const WebArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebArticlesQuery, WebArticlesQueryVariables>;
export const WebArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAnnotation"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAnnotation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Annotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"requiresComment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteKind"}},{"kind":"Field","name":{"kind":"Name","value":"speakerText"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}}]}}]} as unknown as DocumentNode<WebArticleQuery, WebArticleQueryVariables>;
export const WebActorSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebActorSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebActorSearchQuery, WebActorSearchQueryVariables>;
export const WebTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebTopicsQuery, WebTopicsQueryVariables>;
export const WebCreateClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAnnotation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAnnotation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Annotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"requiresComment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteKind"}},{"kind":"Field","name":{"kind":"Name","value":"speakerText"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}}]}}]} as unknown as DocumentNode<WebCreateClaimMutation, WebCreateClaimMutationVariables>;
export const WebCreateQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAnnotation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAnnotation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Annotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"requiresComment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteKind"}},{"kind":"Field","name":{"kind":"Name","value":"speakerText"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}}]}}]} as unknown as DocumentNode<WebCreateQuoteMutation, WebCreateQuoteMutationVariables>;
export const WebReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationStatus"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAnnotation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAnnotation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Annotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"requiresComment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteKind"}},{"kind":"Field","name":{"kind":"Name","value":"speakerText"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}}]}}]} as unknown as DocumentNode<WebReviewQueueQuery, WebReviewQueueQueryVariables>;
export const WebTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAnnotation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAnnotation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Annotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"requiresComment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteKind"}},{"kind":"Field","name":{"kind":"Name","value":"speakerText"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}}]}}]}}]} as unknown as DocumentNode<WebTransitionMutation, WebTransitionMutationVariables>;
export const WebAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"annotationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"annotationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"annotationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebAddCommentMutation, WebAddCommentMutationVariables>;
export const WebLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimCount"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asserts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebLedgerSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebLedgerSide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"generalAssertions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebLedgerSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"generalDenials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebLedgerSide"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActorRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebLedgerSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerSide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActorRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributionText"}},{"kind":"Field","name":{"kind":"Name","value":"attributionKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebLedgerQuery, WebLedgerQueryVariables>;
export const WebAnnotationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebAnnotationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WebAnnotationEventsSubscription, WebAnnotationEventsSubscriptionVariables>;