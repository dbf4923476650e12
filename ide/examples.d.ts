/** The operations of examples/, read by scripts/build-ide.js when it bundles the IDE. */
declare module "claimgraph:examples" {
  export interface Example {
    /** Path under examples/, e.g. "workflow/1-login.graphql". */
    name: string;
    query: string;
    /** From the file's `# Variables: {…}` comment, pretty-printed; absent when it has none. */
    variables?: string;
  }
  const examples: Example[];
  // A JSON module has only a default export.
  // eslint-disable-next-line no-restricted-syntax
  export default examples;
}
