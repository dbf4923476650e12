import { Length } from "class-validator";
import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { DomainError, ErrorCode } from "../../shared/errors";
import { expectGlobalId } from "../../shared/graphql/global-id";
import { fromRow } from "../../shared/graphql/node.type";
import { Actor } from "../actor/actor.type";
import type { Claim } from "../annotation/annotation.type";
import { annotationFromRow } from "../annotation/annotation.type";
import { Topic } from "../topic/topic.type";
import type { LedgerSide as Side } from "./ledger.build";
import { buildLedger } from "./ledger.build";
import type { LedgerCounterpart, LedgerSide } from "./ledger.type";
import { Ledger } from "./ledger.type";

@ArgsType()
class LedgerArgs {
  @Field(() => ID, { description: "The actor the claims are about (global id)." })
  subjectId!: string;

  @Field(() => String, { description: "The topic key, e.g. FOREIGN_BACKING." })
  @Length(1, 100)
  topic!: string;
}

@Resolver()
export class LedgerResolver {
  @Query(() => Ledger, {
    description:
      "Who asserts and who denies what about an actor on a topic, grouped by counterpart and stance, with general denials shown as such. Public: readers see published claims. NOT_FOUND for an unknown actor, UNKNOWN_TOPIC for an unknown topic.",
  })
  async ledger(@Args(() => LedgerArgs) args: LedgerArgs, @Ctx() { services, scope }: Context): Promise<Ledger> {
    const subjectId = expectGlobalId(args.subjectId, ["Actor"], ["subjectId"]);
    const [subject, topic, rows] = await Promise.all([
      scope.loaders.actorById.load(subjectId),
      services.topics.findByKey(args.topic),
      services.ledger.claims(scope.policy, subjectId, args.topic),
    ]);
    if (!subject) throw new DomainError(ErrorCode.NOT_FOUND, "No actor has this id.", { field: ["subjectId"] });
    if (!topic) {
      throw new DomainError(ErrorCode.UNKNOWN_TOPIC, `No topic with key "${args.topic}"; see the topics query.`, {
        field: ["topic"],
      });
    }
    const ledger = buildLedger(
      rows.map((row) => ({
        id: row.id,
        stance: row.claim!.stance,
        counterpartIds: row.counterpartIds,
        claimantId: row.claim!.claimantId,
        attributionText: row.claim!.attributionText,
        attributionKind: row.claim!.attributionKind,
        seenAt: row.seenAt,
      })),
    );
    const claims = new Map(rows.map((row) => [row.id, annotationFromRow(row) as Claim]));
    // Every actor the ledger names, in one batch.
    const actorIds = [
      ...ledger.counterparts.map((entry) => entry.counterpartId),
      ...rows.flatMap((row) => (row.claim!.claimantId ? [row.claim!.claimantId] : [])),
    ];
    const actors = new Map(
      (await scope.loaders.actorById.loadMany(actorIds)).flatMap((row) =>
        row && !(row instanceof Error) ? [[row.id, fromRow(Actor, row)] as const] : [],
      ),
    );
    const side = (built: Side): LedgerSide => ({
      stance: built.stance,
      general: built.general,
      count: built.count,
      firstSeen: built.firstSeen,
      lastSeen: built.lastSeen,
      sources: built.sources.map((source) => ({
        claimant: source.claimantId ? (actors.get(source.claimantId) ?? null) : null,
        attributionText: source.attributionText,
        attributionKind: source.attributionKind,
        count: source.count,
      })),
      claims: built.claimIds.map((id) => claims.get(id)!),
    });
    const generalDenials = side(ledger.generalDenials);
    return {
      subject: fromRow(Actor, subject),
      topic: fromRow(Topic, topic),
      claimCount: ledger.claimCount,
      counterparts: ledger.counterparts.flatMap((entry): LedgerCounterpart[] => {
        const counterpart = actors.get(entry.counterpartId);
        return counterpart
          ? [{ counterpart, asserts: side(entry.asserts), denies: side(entry.denies), generalDenials }]
          : [];
      }),
      generalDenials,
      generalAssertions: side(ledger.generalAssertions),
    };
  }
}
