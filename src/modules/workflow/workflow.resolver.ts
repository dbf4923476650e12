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
  availableTransitions(@Root() annotation: Annotation, @Ctx() { services, viewer }: Context): AvailableTransition[] {
    return services.workflow
      .available(viewer, annotation)
      .map((move) => ({ to: move.to, requiresComment: move.comment }));
  }
}
