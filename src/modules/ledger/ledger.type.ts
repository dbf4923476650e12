import { Field, Int, ObjectType } from "type-graphql";
import { AttributionKind, Stance } from "../../shared/graphql/enums";
import { Actor } from "../actor/actor.type";
import { Claim } from "../annotation/annotation.type";
import { Topic } from "../topic/topic.type";

@ObjectType({ description: "Who said it: the claimant, or the attribution when the article names no claimant." })
export class LedgerSource {
  @Field(() => Actor, { nullable: true, description: "The actor making the claims; null when none is named." })
  claimant!: Actor | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the article attributes them when no claimant is named, e.g. "the reports".',
  })
  attributionText!: string | null;

  @Field(() => AttributionKind, { description: "How they are attributed." })
  attributionKind!: AttributionKind;

  @Field(() => Int, { description: "How many claims of this side come from this source." })
  count!: number;
}

@ObjectType({ description: "The claims of one stance in a ledger: for one counterpart, or naming none (general)." })
export class LedgerSide {
  @Field(() => Stance, { description: "ASSERTS or DENIES." })
  stance!: Stance;

  @Field(() => Boolean, {
    description:
      "True for claims that name no counterpart, which stand against every counterpart (e.g. a general denial: 'received no foreign support').",
  })
  general!: boolean;

  @Field(() => Int, { description: "Number of claims." })
  count!: number;

  @Field(() => Date, { nullable: true, description: "Publication time of the earliest article saying it." })
  firstSeen!: Date | null;

  @Field(() => Date, { nullable: true, description: "Publication time of the latest article saying it." })
  lastSeen!: Date | null;

  @Field(() => [LedgerSource], { description: "Who says it, in the order first seen." })
  sources!: LedgerSource[];

  @Field(() => [Claim], { description: "The claims, earliest first: their articles, spans and attributions." })
  claims!: Claim[];
}

@ObjectType({ description: "What is asserted and denied about the subject with one counterpart (e.g. one backer)." })
export class LedgerCounterpart {
  @Field(() => Actor, { description: "The counterpart, e.g. a state said to back the subject." })
  counterpart!: Actor;

  @Field(() => LedgerSide, { description: "Claims asserting it with this counterpart." })
  asserts!: LedgerSide;

  @Field(() => LedgerSide, { description: "Claims denying it with this counterpart named." })
  denies!: LedgerSide;

  @Field(() => LedgerSide, {
    description:
      "General denials (naming no counterpart), which stand against this counterpart too: the ledger's `generalDenials`, shown here as such, never counted in `denies`.",
  })
  generalDenials!: LedgerSide;
}

@ObjectType({
  description:
    "The claims ledger of a subject and topic: who asserts and who denies what, grouped by counterpart and stance. Built from the claims the viewer sees (readers: published).",
})
export class Ledger {
  @Field(() => Actor, { description: "Whom the claims are about." })
  subject!: Actor;

  @Field(() => Topic, { description: "What they are about." })
  topic!: Topic;

  @Field(() => Int, { description: "Number of claims in the ledger." })
  claimCount!: number;

  @Field(() => [LedgerCounterpart], {
    description: "One entry per counterpart named, most discussed first.",
  })
  counterparts!: LedgerCounterpart[];

  @Field(() => LedgerSide, { description: "Denials that name no counterpart: they stand against every counterpart." })
  generalDenials!: LedgerSide;

  @Field(() => LedgerSide, { description: "Assertions that name no counterpart." })
  generalAssertions!: LedgerSide;
}
