import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import type { ActorRef } from "./ActorPicker";
import { ActorPicker } from "./ActorPicker";
import type { WebLedgerSideFragment } from "./generated/graphql";
import { WebActorSearchDocument, WebLedgerDocument, WebTopicsDocument } from "./generated/graphql";

/** Who asserts and who denies what about an actor on a topic (`ledger(subjectId:, topic:)`). */
export function LedgerView() {
  const [picked, setPicked] = useState<ActorRef[]>([]);
  const [topic, setTopic] = useState("FOREIGN_BACKING");
  // The Libyan National Army until the user picks another subject.
  const fallback = useQuery(WebActorSearchDocument, { variables: { search: "Libyan National Army" } });
  const subject = picked[0] ?? fallback.data?.actors.edges[0]?.node;
  const topics = useQuery(WebTopicsDocument);
  const { data, error, loading } = useQuery(WebLedgerDocument, {
    variables: { subjectId: subject?.id ?? "", topic },
    skip: !subject,
  });
  const ledger = data?.ledger;

  return (
    <section aria-labelledby="ledger-title">
      <h2 id="ledger-title">Claims ledger</h2>
      <div className="ledger-controls">
        <ActorPicker label="Subject" value={picked} onChange={setPicked} />
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
      </div>
      {error && <p role="alert">{error.message}</p>}
      {loading && !ledger && <p>Loading…</p>}
      {ledger && (
        <>
          <p>
            {ledger.claimCount} claims about <strong>{ledger.subject.name}</strong> on {ledger.topic.label}.
          </p>
          <table className="ledger">
            <caption>Counterparts, most discussed first</caption>
            <thead>
              <tr>
                <th scope="col">Counterpart</th>
                <th scope="col">Asserted by</th>
                <th scope="col">Denied by</th>
              </tr>
            </thead>
            <tbody>
              {ledger.counterparts.map((row) => (
                <tr key={row.counterpart.id}>
                  <th scope="row">{row.counterpart.name}</th>
                  <td>
                    <Side side={row.asserts} />
                  </td>
                  <td>
                    <Side side={row.denies} />
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">No counterpart named</th>
                <td>
                  <Side side={ledger.generalAssertions} />
                </td>
                <td>
                  <Side side={ledger.generalDenials} />
                </td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Side({ side }: { side: WebLedgerSideFragment }) {
  if (side.count === 0) return <span className="none">—</span>;
  const day = (value: string | null | undefined) => (value ? new Date(value).toLocaleDateString("en-GB") : "?");
  return (
    <div>
      <p>
        {side.count} claim{side.count === 1 ? "" : "s"}, {day(side.firstSeen)} – {day(side.lastSeen)}
      </p>
      <ul>
        {side.sources.map((source, index) => (
          <li key={index}>
            {source.claimant?.name ?? source.attributionText ?? source.attributionKind.toLowerCase()} ({source.count})
          </li>
        ))}
      </ul>
      <details>
        <summary>Claims</summary>
        <ul>
          {side.claims.map((claim) => (
            <li key={claim.id}>
              <q>{claim.exact}</q> —{" "}
              <a href={`#/article/${encodeURIComponent(claim.article.id)}`}>{claim.article.title}</a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
