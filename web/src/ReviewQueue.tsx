import { useMutation, useQuery, useSubscription } from "@apollo/client/react";
import { useId, useState } from "react";
import type { AnnotationStatus } from "./generated/graphql";
import { WebAddCommentDocument, WebAnnotationEventsDocument, WebReviewQueueDocument } from "./generated/graphql";
import { describeAnnotation, STATUS_LABELS, unexpected } from "./labels";
import { Transitions } from "./Transitions";

const STATES: AnnotationStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "ORPHANED", "SUGGESTED"];

/** Editors' queue: annotations in the chosen states with their moves, history and comments. Live. */
export function ReviewQueue() {
  const [states, setStates] = useState<AnnotationStatus[]>(["IN_REVIEW", "APPROVED"]);
  const { data, loading, error, refetch } = useQuery(WebReviewQueueDocument, {
    variables: { status: states, first: 30 },
    fetchPolicy: "cache-and-network",
  });
  useSubscription(WebAnnotationEventsDocument, { variables: { articleId: null }, onData: () => void refetch() });
  const items = data?.annotations.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">Review queue</h2>
      <fieldset className="states">
        <legend>Show annotations that are</legend>
        {STATES.map((state) => (
          <label key={state}>
            <input
              type="checkbox"
              checked={states.includes(state)}
              onChange={(event) =>
                setStates(event.target.checked ? [...states, state] : states.filter((other) => other !== state))
              }
            />{" "}
            {STATUS_LABELS[state]}
          </label>
        ))}
      </fieldset>
      {error && <p role="alert">{error.message}</p>}
      {loading && items.length === 0 && <p>Loading…</p>}
      {!loading && items.length === 0 && <p>Nothing to review.</p>}
      <ol className="queue">
        {items.map((item) => (
          <li key={item.id} className="queue-item" aria-label={`${item.kind.toLowerCase()}: ${item.exact}`}>
            <p>
              <span className={`status ${item.status.toLowerCase()}`}>{STATUS_LABELS[item.status]}</span>{" "}
              <q>{item.exact}</q>
            </p>
            <p>{describeAnnotation(item)}</p>
            <p>
              In <a href={`#/article/${encodeURIComponent(item.article.id)}`}>{item.article.title}</a>, version{" "}
              {item.version}
            </p>
            <Transitions annotation={item} onMoved={() => void refetch()} />
            <details>
              <summary>History and comments</summary>
              <ol className="history">
                {(item.history?.edges ?? []).map(({ node }) => (
                  <li key={node.id}>
                    {new Date(node.createdAt).toLocaleString("en-GB")}: {node.user?.displayName ?? "someone"}{" "}
                    {node.kind.toLowerCase()}
                    {node.toStatus && ` → ${STATUS_LABELS[node.toStatus]}`}
                    {node.comment && <q> {node.comment}</q>}
                  </li>
                ))}
              </ol>
              <ul className="comments">
                {(item.comments?.edges ?? []).map(({ node }) => (
                  <li key={node.id}>
                    <strong>{node.author?.displayName ?? "someone"}</strong>: {node.body}
                  </li>
                ))}
              </ul>
              <CommentForm annotationId={item.id} onAdded={() => void refetch()} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

function CommentForm({ annotationId, onAdded }: { annotationId: string; onAdded(): void }) {
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [addComment, { loading }] = useMutation(WebAddCommentDocument);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        let result;
        try {
          result = await addComment({ variables: { annotationId, body } });
        } catch (thrown) {
          setError(unexpected(thrown));
          return;
        }
        const failure = result.data?.addComment.errors[0];
        if (failure) setError(`${failure.code}: ${failure.message}`);
        else {
          setBody("");
          setError(null);
          onAdded();
        }
      }}
    >
      <label htmlFor={id}>Comment</label>
      <textarea id={id} value={body} onChange={(event) => setBody(event.target.value)} required />
      <button type="submit" disabled={loading || !body.trim()}>
        Add comment
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
