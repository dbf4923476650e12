import { createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Subscriber {
  /** The `next` payloads received so far (data and errors). */
  received: { data?: any; errors?: any[] }[];
  /** What ended the subscription: a close event ({ code, reason }), GraphQL errors, or null. */
  failure(): any;
  /** Whether the server completed the subscription. */
  completed(): boolean;
  /** Resolves when `count` payloads have arrived or the subscription ended, or after `ms`. */
  until(count: number, ms: number): Promise<void>;
  close(): Promise<void>;
}

/** A graphql-ws subscriber (the protocol a browser client speaks) that collects what it receives. */
export function subscribe(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Subscriber {
  const received: Subscriber["received"] = [];
  const waiting: (() => void)[] = [];
  let failure: unknown = null;
  let completed = false;
  const client = createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  const wake = () => waiting.splice(0).forEach((resolve) => resolve());
  client.subscribe(
    { query, variables },
    {
      next: (value) => {
        received.push(value as Subscriber["received"][number]);
        wake();
      },
      error: (error) => {
        failure = error;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  return {
    received,
    failure: () => failure,
    completed: () => completed,
    async until(count, ms) {
      const deadline = Date.now() + ms;
      while (received.length < count && failure === null && !completed && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, Math.max(0, deadline - Date.now()));
        });
      }
    },
    close: () => client.dispose() as Promise<void>,
  };
}
