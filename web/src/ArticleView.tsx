import { useQuery, useSubscription } from "@apollo/client/react";
import { useMemo, useRef, useState } from "react";
import { AnnotateForm } from "./AnnotateForm";
import { FindWords } from "./FindWords";
import type { WebAnnotationFragment } from "./generated/graphql";
import { WebAnnotationEventsDocument, WebArticleDocument } from "./generated/graphql";
import { describeAnnotation, highlightClass, STATUS_LABELS } from "./labels";
import type { QuoteSelector } from "./segments";
import { offsetWithin, quoteSelector, segment } from "./segments";
import { useSession } from "./session";
import { Transitions } from "./Transitions";

/**
 * One article with its annotations highlighted by kind and stance (readers see the published
 * ones; editors every state, unpublished ones outlined). Hovering or focusing a highlight shows
 * who speaks or claims, and a claim's counterparts. Signed in, selecting words opens the form
 * that marks them as a quote or a claim. Live: any event on the article refreshes it.
 */
export function ArticleView({ id }: { id: string }) {
  const { viewer } = useSession();
  const { data, loading, error, refetch } = useQuery(WebArticleDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  useSubscription(WebAnnotationEventsDocument, { variables: { articleId: id }, onData: () => void refetch() });
  const [active, setActive] = useState<WebAnnotationFragment[]>([]);
  const [selection, setSelection] = useState<QuoteSelector | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const article = data?.article;
  const annotations = useMemo(() => article?.annotations.edges.map((edge) => edge.node) ?? [], [article]);
  const segments = useMemo(() => (article ? segment(article.body, annotations) : []), [article, annotations]);

  if (error) return <p role="alert">Could not load the article: {error.message}</p>;
  if (!article) return <p>{loading ? "Loading…" : "No such article."}</p>;

  const captureSelection = () => {
    const container = bodyRef.current;
    const current = window.getSelection();
    if (!viewer || !container || !current || current.rangeCount === 0 || current.isCollapsed) return;
    const range = current.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    const start = offsetWithin(container, range.startContainer, range.startOffset);
    const end = offsetWithin(container, range.endContainer, range.endOffset);
    setSelection(quoteSelector(article.body, start, end));
  };

  return (
    <div className="article-page">
      <article aria-labelledby="article-title">
        <h2 id="article-title">{article.title}</h2>
        <p className="meta">
          {article.source ?? "Unknown source"}
          {article.publishedAt && `, ${new Date(article.publishedAt).toLocaleDateString("en-GB")}`}
        </p>
        <Legend />
        <div className="body" ref={bodyRef} onMouseUp={captureSelection} onKeyUp={captureSelection}>
          {segments.map((piece) => {
            const top = piece.covering[0];
            if (!top) return piece.text;
            const label = piece.covering.map(describeAnnotation).join(" | ");
            return (
              <mark
                key={piece.start}
                className={highlightClass(top)}
                data-annotation={top.id}
                tabIndex={0}
                aria-label={`${piece.text} — ${label}`}
                title={label}
                onMouseEnter={() => setActive(piece.covering)}
                onFocus={() => setActive(piece.covering)}
              >
                {piece.text}
              </mark>
            );
          })}
        </div>
      </article>
      <aside aria-label="Annotations">
        <section aria-live="polite" className="details">
          <h3>Details</h3>
          {active.length === 0 ? (
            <p>Hover over or focus a highlight (Tab) to see who says it.</p>
          ) : (
            active.map((annotation) => <AnnotationDetails key={annotation.id} annotation={annotation} />)
          )}
        </section>
        {viewer && selection && (
          <AnnotateForm
            key={`${selection.prefix}|${selection.exact}`}
            articleId={article.id}
            selection={selection}
            onCreated={() => {
              setSelection(null);
              void refetch();
            }}
          />
        )}
        {viewer && !selection && (
          <section aria-labelledby="mark-words">
            <h3 id="mark-words">Mark words</h3>
            <p className="hint">Select words in the article to mark a quote or a claim.</p>
            <FindWords body={article.body} onFound={setSelection} />
          </section>
        )}
        {viewer && (
          <section>
            <h3>Work on this article</h3>
            <ul className="work">
              {annotations
                .filter((annotation) => annotation.status !== "PUBLISHED")
                .map((annotation) => (
                  <li key={annotation.id}>
                    <span className={`status ${annotation.status.toLowerCase()}`}>
                      {STATUS_LABELS[annotation.status]}
                    </span>{" "}
                    <q>{annotation.exact}</q>
                    <Transitions annotation={annotation} onMoved={() => void refetch()} />
                  </li>
                ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}

function AnnotationDetails({ annotation }: { annotation: WebAnnotationFragment }) {
  return (
    <div className="annotation-details">
      <p>
        <strong>{annotation.__typename === "Quote" ? "Quote" : "Claim"}</strong> ({STATUS_LABELS[annotation.status]})
      </p>
      {annotation.__typename === "Quote" ? (
        <p>Speaker: {annotation.speaker?.name ?? annotation.speakerText ?? "unknown"}</p>
      ) : (
        <dl>
          <dt>Topic</dt>
          <dd>{annotation.topic.label}</dd>
          <dt>Stance</dt>
          <dd>{annotation.stance === "DENIES" ? "denies" : "asserts"}</dd>
          <dt>Subject</dt>
          <dd>{annotation.subject.name}</dd>
          <dt>Claimant</dt>
          <dd>{annotation.claimant?.name ?? annotation.attributionText ?? "unattributed"}</dd>
          <dt>Counterparts</dt>
          <dd>{annotation.counterparts.map((actor) => actor.name).join(", ") || "none named"}</dd>
        </dl>
      )}
    </div>
  );
}

function Legend() {
  return (
    <p className="legend" aria-label="Legend">
      <mark className="claim asserts">claim, asserts</mark> <mark className="claim denies">claim, denies</mark>{" "}
      <mark className="quote">quote</mark> <mark className="unpublished">not yet published</mark>
    </p>
  );
}
