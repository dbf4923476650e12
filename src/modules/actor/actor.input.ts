import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { NotBlank } from "../../shared/graphql/validation";
import { ActorKind, AnnotationStatus, AttributionKind, Stance } from "../../shared/graphql/enums";

@InputType({ description: "Filters for the actors list; all given conditions must hold." })
export class ActorFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Exact name or alias, ignoring case, accents and quote style ("lna" finds the Libyan National Army).',
  })
  @MaxLength(200)
  alias?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the name or of an alias, ignoring case and accents." })
  @MaxLength(200)
  search?: string | null;

  @Field(() => [ActorKind], { nullable: true, description: "Any of these kinds (at most 20)." })
  @ArrayMaxSize(20)
  kinds?: ActorKind[] | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: "countryCode must be two upper-case letters (ISO 3166-1 alpha-2)" })
  countryCode?: string | null;

  // The conditions below are on a visible annotation naming the actor in any role (speaker,
  // subject, claimant, counterpart); when several are given, one annotation meets them all.

  @Field(() => ID, { nullable: true, description: "Actors named by a visible annotation of this article." })
  article?: string | null;

  @Field(() => String, { nullable: true, description: "Actors named by a visible claim on this topic key." })
  @MaxLength(100)
  topic?: string | null;

  @Field(() => Stance, { nullable: true, description: "Actors named by a visible claim of this stance." })
  stance?: Stance | null;

  @Field(() => AttributionKind, {
    nullable: true,
    description: "Actors named by a visible claim attributed this way.",
  })
  attributionKind?: AttributionKind | null;

  @Field(() => [AnnotationStatus], {
    nullable: true,
    description:
      "Actors named by a visible annotation in any of these workflow states (at most 20). Readers see published work only.",
  })
  @ArrayMaxSize(20)
  status?: AnnotationStatus[] | null;

  @Field(() => Date, {
    nullable: true,
    description: "Actors named by a visible annotation in an article published at or after this time.",
  })
  publishedAfter?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Actors named by a visible annotation in an article published before this time.",
  })
  publishedBefore?: Date | null;
}

@InputType({ description: "A new actor." })
export class CreateActorInput {
  @Field(() => String, { description: "Canonical name." })
  @Length(1, 200)
  @NotBlank()
  name!: string;

  @Field(() => ActorKind, { description: "What kind of actor." })
  kind!: ActorKind;

  @Field(() => [String], {
    nullable: true,
    description: "Other names; duplicates (ignoring case/accents) are dropped.",
  })
  @ArrayMaxSize(100)
  @Length(1, 200, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: "countryCode must be two upper-case letters (ISO 3166-1 alpha-2)" })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: "One-sentence description." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: "External knowledge-base id (unique)." })
  @IsOptional()
  @Length(1, 200)
  externalId?: string | null;
}

@InputType({ description: "Changes to an actor; omitted fields stay as they are, null clears an optional field." })
export class UpdateActorInput {
  @Field(() => ID, { description: "The actor to change." })
  id!: string;

  @Field(() => Int, { description: "The version this change is based on; a stale version is refused with CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: "New canonical name (reviewers and admins only, once published work names the actor).",
  })
  @NotBlank()
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => ActorKind, { nullable: true, description: "New kind." })
  kind?: ActorKind | null;

  @Field(() => [String], { nullable: true, description: "Replaces the whole alias list." })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 200, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code; null clears it." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: "countryCode must be two upper-case letters (ISO 3166-1 alpha-2)" })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: "Description; null clears it." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: "External id; null clears it." })
  @IsOptional()
  @Length(1, 200)
  externalId?: string | null;
}

@InputType({ description: "The version of one actor as the client saw it, for mergeActors." })
export class ActorVersionInput {
  @Field(() => ID, { description: "The actor (global id)." })
  id!: string;

  @Field(() => Int, { description: "Its version as the client saw it (Actor.version)." })
  @IsInt()
  @Min(1)
  version!: number;
}

/** At most this many actors merge into one survivor in one call. */
export const MERGE_MAX_ACTORS = 20;

@InputType({ description: "Duplicate actors to merge into one survivor." })
export class MergeActorsInput {
  @Field(() => ID, {
    description: "The actor that remains: it takes every reference, alias and name of the merged actors.",
  })
  survivorId!: string;

  @Field(() => [ID], {
    description: `The duplicates (1 to ${MERGE_MAX_ACTORS}, not the survivor; an actor named twice counts once). Their quotes and claims name the survivor from now on, their names and aliases become its aliases, and their ids resolve to it.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MERGE_MAX_ACTORS)
  mergedIds!: string[];

  @Field(() => [ActorVersionInput], {
    description:
      "The version the client saw of every actor named: the survivor and each merged actor, one entry each, in any order. If any has changed since, nothing is merged and the error is CONFLICT with that actor's current version.",
  })
  @ArrayMinSize(2)
  @ArrayMaxSize(MERGE_MAX_ACTORS + 1)
  expectedVersions!: ActorVersionInput[];
}
