import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import type { ActorRef } from "./ActorPicker";
import { ActorPicker } from "./ActorPicker";
import type { AttributionKind, QuoteKind, Stance } from "./generated/graphql";
import { WebCreateClaimDocument, WebCreateQuoteDocument, WebTopicsDocument } from "./generated/graphql";
import { unexpected } from "./labels";
import type { QuoteSelector } from "./segments";

/**
 * Marks the selected words as a quote or a claim. The span goes as a TextQuoteSelector (exact
 * with its prefix and suffix), which the server anchors; the new annotation starts as a DRAFT.
 */
export function AnnotateForm(props: { articleId: string; selection: QuoteSelector; onCreated(): void }) {
  const [kind, setKind] = useState<"CLAIM" | "QUOTE">("CLAIM");
  const [topic, setTopic] = useState("FOREIGN_BACKING");
  const [stance, setStance] = useState<Stance>("ASSERTS");
  const [subject, setSubject] = useState<ActorRef[]>([]);
  const [counterparts, setCounterparts] = useState<ActorRef[]>([]);
  const [claimant, setClaimant] = useState<ActorRef[]>([]);
  const [attributionKind, setAttributionKind] = useState<AttributionKind>("UNATTRIBUTED");
  const [attributionText, setAttributionText] = useState("");
  const [speaker, setSpeaker] = useState<ActorRef[]>([]);
  const [speakerText, setSpeakerText] = useState("");
  const [quoteKind, setQuoteKind] = useState<QuoteKind>("DIRECT");
  const [error, setError] = useState<string | null>(null);
  const topics = useQuery(WebTopicsDocument);
  const [createClaim, claimState] = useMutation(WebCreateClaimDocument);
  const [createQuote, quoteState] = useMutation(WebCreateQuoteDocument);
  const { exact, prefix, suffix } = props.selection;

  const submit = async () => {
    setError(null);
    const span = { articleId: props.articleId, exact, prefix, suffix };
    const errors =
      kind === "CLAIM"
        ? (
            await createClaim({
              variables: {
                input: {
                  ...span,
                  topic,
                  stance,
                  subjectId: subject[0]?.id ?? "",
                  counterpartIds: counterparts.map((actor) => actor.id),
                  claimantId: claimant[0]?.id ?? null,
                  attributionKind,
                  attributionText: attributionText.trim() || null,
                },
              },
            })
          ).data?.createClaim.errors
        : (
            await createQuote({
              variables: {
                input: {
                  ...span,
                  speakerId: speaker[0]?.id ?? null,
                  speakerText: speakerText.trim() || null,
                  quoteKind,
                },
              },
            })
          ).data?.createQuote.errors;
    if (errors?.length) setError(errors.map((failure) => `${failure.code}: ${failure.message}`).join("; "));
    else props.onCreated();
  };

  return (
    <form
      className="annotate"
      aria-label="New annotation"
      onSubmit={(event) => {
        event.preventDefault();
        // A network failure or a refused session (not a typed payload error) is shown too.
        submit().catch((failure: unknown) => setError(unexpected(failure)));
      }}
    >
      <h3>New annotation</h3>
      <p>
        Selected: <q className="selected-text">{exact}</q>
      </p>
      <fieldset>
        <legend>Kind</legend>
        <label>
          <input type="radio" name="kind" checked={kind === "CLAIM"} onChange={() => setKind("CLAIM")} /> Claim
        </label>
        <label>
          <input type="radio" name="kind" checked={kind === "QUOTE"} onChange={() => setKind("QUOTE")} /> Quote
        </label>
      </fieldset>
      {kind === "CLAIM" ? (
        <>
          <label>
            Topic
            <select value={topic} onChange={(event) => setTopic(event.target.value)}>
              {(topics.data?.topics.edges ?? []).map(({ node }) => (
                <option key={node.id} value={node.key}>
                  {node.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Stance
            <select value={stance} onChange={(event) => setStance(event.target.value as Stance)}>
              <option value="ASSERTS">asserts</option>
              <option value="DENIES">denies</option>
            </select>
          </label>
          <ActorPicker label="Subject" value={subject} onChange={setSubject} />
          <ActorPicker label="Counterparts" value={counterparts} onChange={setCounterparts} multiple />
          <ActorPicker label="Claimant" value={claimant} onChange={setClaimant} />
          <label>
            Attribution
            <select
              value={attributionKind}
              onChange={(event) => setAttributionKind(event.target.value as AttributionKind)}
            >
              <option value="UNATTRIBUTED">unattributed</option>
              <option value="SELF">the claimant itself</option>
              <option value="NAMED_SOURCE">a named source</option>
              <option value="ANONYMOUS_SOURCE">an anonymous source</option>
            </select>
          </label>
          <label>
            Attribution as written
            <input value={attributionText} onChange={(event) => setAttributionText(event.target.value)} />
          </label>
        </>
      ) : (
        <>
          <ActorPicker label="Speaker" value={speaker} onChange={setSpeaker} />
          <label>
            Speaker as written
            <input value={speakerText} onChange={(event) => setSpeakerText(event.target.value)} />
          </label>
          <label>
            Quote kind
            <select value={quoteKind} onChange={(event) => setQuoteKind(event.target.value as QuoteKind)}>
              <option value="DIRECT">direct</option>
              <option value="PARAPHRASE">paraphrase</option>
            </select>
          </label>
        </>
      )}
      <button
        type="submit"
        disabled={claimState.loading || quoteState.loading || (kind === "CLAIM" && subject.length === 0)}
      >
        Create {kind === "CLAIM" ? "claim" : "quote"}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
