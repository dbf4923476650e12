import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { AnnotationStatus, WebAnnotationFragment } from "./generated/graphql";
import { WebTransitionDocument } from "./generated/graphql";
import { MOVE_LABELS, unexpected } from "./labels";

/**
 * The workflow buttons of one annotation, drawn from its availableTransitions: the server's own
 * table says which moves this viewer may make now. A move that needs a reason asks for it first.
 */
export function Transitions({ annotation, onMoved }: { annotation: WebAnnotationFragment; onMoved?: () => void }) {
  const [transition, { loading }] = useMutation(WebTransitionDocument);
  const [asking, setAsking] = useState<AnnotationStatus | null>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);

  const move = async (to: AnnotationStatus, reason?: string) => {
    setError(null);
    let result;
    try {
      result = await transition({
        variables: { id: annotation.id, to, expectedVersion: annotation.version, comment: reason ?? null },
      });
    } catch (failure) {
      setError(unexpected(failure));
      return;
    }
    const failure = result.data?.transitionAnnotation.errors[0];
    if (failure) {
      setError(`${failure.code}: ${failure.message}`);
      return;
    }
    setAsking(null);
    setComment("");
    onMoved?.();
  };

  if (annotation.availableTransitions.length === 0) return null;
  const commentId = `comment-${annotation.id}`;
  return (
    <div className="transitions">
      {annotation.availableTransitions.map((option) => (
        <button
          key={option.to}
          type="button"
          disabled={loading}
          onClick={() => (option.requiresComment ? setAsking(option.to) : void move(option.to))}
        >
          {MOVE_LABELS[option.to]}
        </button>
      ))}
      {asking && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void move(asking, comment);
          }}
        >
          <label htmlFor={commentId}>Reason ({MOVE_LABELS[asking].toLowerCase()})</label>
          <textarea id={commentId} required value={comment} onChange={(event) => setComment(event.target.value)} />
          <button type="submit" disabled={loading || !comment.trim()}>
            Confirm: {MOVE_LABELS[asking]}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            Cancel
          </button>
        </form>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
