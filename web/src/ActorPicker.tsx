import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import { WebActorSearchDocument } from "./generated/graphql";

export interface ActorRef {
  id: string;
  name: string;
}

/**
 * Picks actors by searching their names and aliases (`actors(filter: { search })`): type, then
 * choose a result with the keyboard or the mouse. `multiple` keeps a list (counterparts).
 */
export function ActorPicker(props: {
  label: string;
  value: ActorRef[];
  onChange(actors: ActorRef[]): void;
  multiple?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading } = useQuery(WebActorSearchDocument, { variables: { search }, skip: search.length < 2 });
  const results = search.length < 2 ? [] : (data?.actors.edges.map((edge) => edge.node) ?? []);
  const chosen = new Set(props.value.map((actor) => actor.id));

  const choose = (actor: ActorRef) => {
    props.onChange(props.multiple ? [...props.value, actor] : [actor]);
    setText("");
    setSearch("");
  };
  return (
    <fieldset className="actor-picker">
      <legend>{props.label}</legend>
      {props.value.length > 0 && (
        <ul className="chosen" aria-label={`${props.label}: chosen`}>
          {props.value.map((actor) => (
            <li key={actor.id}>
              {actor.name}{" "}
              <button
                type="button"
                aria-label={`Remove ${actor.name}`}
                onClick={() => props.onChange(props.value.filter((other) => other.id !== actor.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>Search {props.label.toLowerCase()} by name or alias</label>
      <input id={id} type="search" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} />
      {loading && <p aria-live="polite">Searching…</p>}
      {results.length > 0 && (
        <ul className="results" aria-label={`${props.label}: matches`}>
          {results
            .filter((actor) => !chosen.has(actor.id))
            .map((actor) => (
              <li key={actor.id}>
                <button type="button" onClick={() => choose({ id: actor.id, name: actor.name })}>
                  {actor.name}
                  {actor.aliases.length > 0 && <small> ({actor.aliases.slice(0, 3).join(", ")})</small>}
                </button>
              </li>
            ))}
        </ul>
      )}
    </fieldset>
  );
}
