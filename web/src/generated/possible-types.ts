
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Annotation": [
      "Claim",
      "Quote"
    ],
    "Node": [
      "Actor",
      "ActorEvent",
      "AnnotationEvent",
      "Article",
      "Claim",
      "Comment",
      "Quote",
      "Topic",
      "User"
    ],
    "SearchResult": [
      "Article",
      "Claim",
      "Quote"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Annotation": [
      "Claim",
      "Quote"
    ],
    "Node": [
      "Actor",
      "ActorEvent",
      "AnnotationEvent",
      "Article",
      "Claim",
      "Comment",
      "Quote",
      "Topic",
      "User"
    ],
    "SearchResult": [
      "Article",
      "Claim",
      "Quote"
    ]
  }
};
      export default result;
    