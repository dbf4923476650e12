// Promise.withResolvers (ES2024, Node 22) for Node 20: PostGraphile 5 and Grafast call it.
const withResolvers = <T>() => {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};
const promises = Promise as unknown as { withResolvers?: typeof withResolvers };
if (!promises.withResolvers) promises.withResolvers = withResolvers;
