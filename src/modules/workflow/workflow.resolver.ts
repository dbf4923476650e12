import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { expectGlobalId } from "../../shared/graphql/global-id";
import { attempt } from "../../shared/graphql/payload.type";
import { Annotation, annotationFromRow } from "../annotation/annotation.type";
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
    @Ctx() { services, scope }: Context,
  ): Promise<TransitionAnnotationPayload> {
    const { value, errors } = await attempt(() =>
      services.workflow.transition(scope.viewer, {
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
    @Ctx() { services, scope }: Context,
  ): Promise<AvailableTransition[]> {
    const moves = await services.workflow.available(scope.viewer, annotation, () =>
      scope.loaders.editorIdsByAnnotationId.load(annotation.dbId),
    );
    return moves.map((move) => ({ to: move.to, requiresComment: move.comment }));
  }
}
