import type { Prisma } from "./generated/prisma/client";
import type { Audience, Decision } from "./shared/access/access.policy";
import { decide, enforce } from "./shared/access/access.policy";
import type { Viewer } from "./shared/access/viewer";
import {
  ANNOTATION_FIELDS,
  annotationVisibility,
  annotationVisibilitySql,
  annotationVisibilitySummary,
} from "./modules/annotation/annotation.policy";
import { ACTOR_FIELDS, actorEventVisibility, actorEventVisibilitySummary } from "./modules/actor/actor.policy";
import { commentVisibility, commentVisibilitySummary } from "./modules/comment/comment.policy";
import {
  EVENT_FIELDS,
  eventVisibility,
  eventVisibilitySql,
  eventVisibilitySummary,
} from "./modules/history/history.policy";
import { userVisibility, userVisibilitySummary } from "./modules/user/user.policy";

/**
 * The read policy of every type, composed from the policy files. A scope (scope.ts) holds one
 * per operation; its loaders merge the row rules into their queries, and resolvers ask it
 * about fields. The who-sees-what table in the README is generated from this file.
 */

/** Fields whose value depends on who asks; every other field follows its row. */
export const FIELD_RULES = { ...ANNOTATION_FIELDS, ...EVENT_FIELDS, ...ACTOR_FIELDS } as const satisfies Record<
  string,
  Audience
>;
export type FieldName = keyof typeof FIELD_RULES;

/** Which rows of each type a viewer sees, in words; public types first. */
export const ROW_RULES: { type: string; summary: (viewer: Viewer) => string }[] = [
  { type: "Article", summary: () => "all" },
  { type: "Actor", summary: () => "all" },
  { type: "Topic", summary: () => "all" },
  { type: "Quote, Claim", summary: annotationVisibilitySummary },
  { type: "RetractionNotice", summary: () => "all (id, kind, time and reason only)" },
  { type: "AnnotationEvent", summary: eventVisibilitySummary },
  { type: "ActorEvent", summary: actorEventVisibilitySummary },
  { type: "Comment", summary: commentVisibilitySummary },
  { type: "User", summary: userVisibilitySummary },
];

export interface ReadPolicy {
  /** Row rules as Prisma `where` fragments; null: the viewer sees no row of the type. */
  annotations: Prisma.AnnotationWhereInput;
  events: Prisma.AnnotationEventWhereInput;
  /** The same row rules as SQL over a table alias, for the statements that page nested edges. */
  annotationsSql: (alias: Prisma.Sql) => Prisma.Sql;
  eventsSql: (alias: Prisma.Sql) => Prisma.Sql;
  comments: Prisma.CommentWhereInput | null;
  users: Prisma.UserWhereInput | null;
  actorEvents: Prisma.ActorEventWhereInput | null;
  /** Whether the viewer may read a guarded field, and if not, the refusal. */
  field(name: FieldName): Decision;
  /** Throws the coded refusal when the viewer may not read `name`. */
  require(name: FieldName): void;
}

export function readPolicy(viewer: Viewer): ReadPolicy {
  const decisions = new Map<FieldName, Decision>();
  const field = (name: FieldName): Decision => {
    let decision = decisions.get(name);
    if (!decision) decisions.set(name, (decision = decide(FIELD_RULES[name], viewer)));
    return decision;
  };
  return {
    annotations: annotationVisibility(viewer),
    events: eventVisibility(viewer),
    annotationsSql: (alias) => annotationVisibilitySql(viewer, alias),
    eventsSql: (alias) => eventVisibilitySql(viewer, alias),
    comments: commentVisibility(viewer),
    users: userVisibility(viewer),
    actorEvents: actorEventVisibility(viewer),
    field,
    require: (name) => enforce(field(name), name),
  };
}
