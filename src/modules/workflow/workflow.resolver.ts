import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { expectGlobalId } from "../../shared/graphql/global-id";
import { attempt } from "../../shared/graphql/payload.type";
import { Annotation, annotationFromRow } from "../annotation/annotation.type";
import { editorIdsOf } from "./workflow.table";
import { AvailableTransition, TransitionAnnotationInput, TransitionAnnotationPayload } from "./workflow.type";

@Resolver(() => Annotation)
export class WorkflowResolver {
  @Authorized()
  @Mutation(() => TransitionAnnotationPayload, {
    description:
      "Moves an annotation through the review workflow (submit, approve, request changes, reject, publish, retract). See availableTransitions.",
  })
  async transitionAnnotation(
    @Arg("input", () => TransitionAnnotationInput, { description: "The move." }) input: TransitionAnnotationInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<TransitionAnnotationPayload> {
    const { value, errors } = await attempt(() =>
      services.workflow.transition(viewer, {
        ...input,
        id: expectGlobalId(input.id, ["Quote", "Claim"], ["input", "id"]),
      }),
    );
    return { annotation: value && annotationFromRow(value), errors };
  }

  @FieldResolver(() => [AvailableTransition], {
    description: "The workflow moves the viewer may make now, from the server's own rules; empty for readers.",
  })
  async availableTransitions(
    @Root() annotation: Annotation,
    @Ctx() { services, viewer, loaders }: Context,
  ): Promise<AvailableTransition[]> {
    if (viewer.kind !== "user") return [];
    const editorIds = editorIdsOf(await loaders.eventsByAnnotationId.load(annotation.dbId));
    return services.workflow
      .available(viewer, { ...annotation, editorIds })
      .map((move) => ({ to: move.to, requiresComment: move.comment }));
  }
}
