import type {
  ActorKind,
  AnnotationEventKind,
  AnnotationStatus,
  AttributionKind,
  QuoteKind,
  Role,
  Stance,
} from "../../generated/prisma/enums";
import { uuidV7 } from "../../shared/ids";
import { foldForLookup } from "../../shared/text";
import { CONTEXT_LENGTH } from "../annotation/span.anchor";
import { contentHash } from "./article.parser";

/**
 * A synthetic newsroom, generated deterministically: the same seed and size always give the
 * same rows (ids included), and any article can be generated on its own, so a corpus is written
 * in batches and a benchmark on one machine can be rebuilt on another.
 *
 * The shape follows what editors make of real articles: 3–5k characters of text with curly
 * quotes and accented names; quotes with their speakers; claims about actors by claimants,
 * attributed or not, some made inside a quote; about 85% of annotations published and the rest
 * in every other state; a history per annotation that agrees with its state (created, edited,
 * sent to review, approved and published by someone else, commented, retracted).
 */

export interface CorpusSize {
  articles: number;
  /** Default: one actor per five articles, at least 60. */
  actors?: number;
  seed?: number;
}

export const DEFAULT_CORPUS_SEED = 20191126;

// ---------------------------------------------------------------- rows, as the tables hold them

export interface CorpusUser {
  id: string;
  createdAt: Date;
  email: string;
  displayName: string;
  role: Role;
}

export interface CorpusTopic {
  id: string;
  createdAt: Date;
  key: string;
  label: string;
}

export interface CorpusActor {
  id: string;
  /** Its CREATED history event. */
  eventId: string;
  name: string;
  normalizedName: string;
  kind: ActorKind;
  countryCode: string | null;
  description: string | null;
  createdAt: Date;
  aliases: { id: string; alias: string; normalized: string }[];
}

export interface CorpusArticle {
  id: string;
  title: string;
  body: string;
  source: string;
  url: string;
  publishedAt: Date;
  language: string;
  contentHash: string;
  importedById: string;
  createdAt: Date;
  annotations: CorpusAnnotation[];
}

export interface CorpusAnnotation {
  id: string;
  kind: "QUOTE" | "CLAIM";
  status: AnnotationStatus;
  version: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string | null;
  retractionReason: string | null;
  authorId: string;
  lastEditorId: string;
  createdAt: Date;
  updatedAt: Date;
  quote?: { speakerId: string | null; speakerText: string | null; quoteKind: QuoteKind };
  claim?: {
    topicId: string;
    stance: Stance;
    subjectId: string;
    claimantId: string | null;
    attributionText: string | null;
    attributionKind: AttributionKind;
    quoteId: string | null;
    counterpartIds: string[];
  };
  events: CorpusEvent[];
  comments: { id: string; authorId: string; body: string; createdAt: Date }[];
}

export interface CorpusEvent {
  id: string;
  userId: string;
  kind: AnnotationEventKind;
  fromStatus: AnnotationStatus | null;
  toStatus: AnnotationStatus | null;
  version: number;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  comment: string | null;
  createdAt: Date;
}

// ---------------------------------------------------------------- randomness

/** A small, fast PRNG (mulberry32): plenty for synthetic text, and identical on every platform. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream per (seed, purpose, index), so any item can be generated on its own. */
function stream(seed: number, purpose: number, index: number): () => number {
  let h =
    Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(purpose + 1, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return random(h ^ (h >>> 13));
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
function pickDistinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(rng, items));
  return [...chosen];
}

// ---------------------------------------------------------------- vocabulary

/** Words lists, written as text: `|` separates items, `:` a state from its ISO 3166 code. */
const words = (text: string) => text.split("|");
const STATES = words(
  "Egypt:EG|United Arab Emirates:AE|Russia:RU|Turkey:TR|Qatar:QA|France:FR|Italy:IT|United States:US|Sudan:SD|" +
    "Chad:TD|Niger:NE|Algeria:DZ|Tunisia:TN|Saudi Arabia:SA|Jordan:JO|Germany:DE|United Kingdom:GB|Greece:GR|" +
    "Malta:MT|Iran:IR|Syria:SY|Lebanon:LB|Israel:IL|Ethiopia:ET|Eritrea:ER|Somalia:SO|Kenya:KE|Mali:ML|" +
    "Burkina Faso:BF|Nigeria:NG|Morocco:MA|Spain:ES|China:CN|India:IN|Pakistan:PK|Ukraine:UA|Belarus:BY|" +
    "Serbia:RS|Côte d’Ivoire:CI|Yemen:YE",
).map((entry) => entry.split(":") as [string, string]);
const FIRST_NAMES = words(
  "Khalifa|Fayez|Aguila|Ghassan|Stephanie|Ahmed|Mohamed|Fatima|Leïla|Omar|Hanan|Youssef|Salah|Nadia|Karim|" +
    "Rania|Tarek|Amira|Hassan|Samira|José|François|Jürgen|Søren|Élodie|Zoë|Nikos|Ayşe|Olusegun|Chiara|Dmitri|" +
    "Anastasia|Wei|Priya|Mateus|Inès|Björn|Małgorzata|Tomás|Noor",
);
const LAST_NAMES = words(
  "Haftar|al-Sarraj|Saleh|Salamé|Williams|Mitiga|Bashagha|Dbeibah|El-Kebir|Menfi|Benali|Kaddour|Mansour|" +
    "Darwish|Haddad|Nasser|Khoury|Aziz|Farouk|Rahman|Müller|Dupont|García|Rossi|Papadopoulos|Yılmaz|Okafor|" +
    "Ivanova|Novák|Łukasik|Ferreira|Núñez|Lindqvist|Chen|Sharma|O’Brien|Nkosi|Bertrand|Sørensen|Çelik",
);
const CITIES = words(
  "Tripoli|Benghazi|Misrata|Sirte|Tobruk|Sabha|Zawiya|Gharyan|Derna|Ajdabiya|Cairo|Tunis|Ankara|Moscow|" +
    "Abu Dhabi|Rome|Paris|Berlin|Geneva|Washington",
);
const ROLES = words("commander|minister|spokesman|envoy|lawmaker|analyst|mayor|general|adviser");
const GROUP_ADJECTIVES = words("National|Western|Southern|Eastern|Revolutionary|Popular|Free|United");
const GROUP_NOUNS = words("Army|Brigade|Front|Forces|Guard|Battalion|Alliance|Movement");
const ORG_WORDS = words("Council|Agency|Commission|Institute|Foundation|Mission|Authority|Bank");
const OUTLETS = words("Libya Observer|Al Wasat|Reuters|Agence France-Presse|Asharq Al-Awsat|The Arab Weekly");
const WEEKDAYS = words("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");

interface TopicText {
  key: string;
  label: string;
  /** The claimed clause after the subject's name; `{c}` names the counterparts. */
  asserts: string[];
  /** What the subject says in denial (first person plural), inside a quote. */
  denies: string[];
  counterparts: boolean;
}

const TOPICS: TopicText[] = [
  {
    key: "FOREIGN_BACKING",
    label: "Foreign backing",
    asserts: ["is backed by {c}", "receives money and weapons from {c}", "relies on advisers sent by {c}"],
    denies: ["We received no foreign support", "No foreign state pays for our operations"],
    counterparts: true,
  },
  {
    key: "ARMS_SUPPLY",
    label: "Arms supply",
    asserts: ["was supplied with drones by {c}", "took delivery of armoured vehicles from {c}"],
    denies: ["We have not received a single weapon from abroad", "Our arms come from our own depots"],
    counterparts: true,
  },
  {
    key: "MERCENARIES",
    label: "Mercenaries",
    asserts: ["deployed mercenaries recruited by {c}", "fights alongside fighters paid by {c}"],
    denies: ["There are no mercenaries in our ranks", "We do not employ foreign fighters"],
    counterparts: true,
  },
  {
    key: "CEASEFIRE_VIOLATION",
    label: "Ceasefire violation",
    asserts: ["broke the ceasefire south of the capital", "shelled positions after the truce began"],
    denies: ["We have respected the truce since the first hour", "Our units have not fired a shot"],
    counterparts: false,
  },
  {
    key: "CIVILIAN_HARM",
    label: "Harm to civilians",
    asserts: ["shelled residential districts", "struck a field hospital"],
    denies: ["Our forces never target civilians", "No residential area was hit by our units"],
    counterparts: false,
  },
  {
    key: "OIL_BLOCKADE",
    label: "Oil blockade",
    asserts: ["shut down the oil terminals", "blocked crude exports from the eastern ports"],
    denies: ["We have not closed any terminal", "The oil fields operate normally under our protection"],
    counterparts: false,
  },
  {
    key: "SANCTIONS_EVASION",
    label: "Sanctions evasion",
    asserts: ["evaded the arms embargo with the help of {c}", "shipped fuel in breach of sanctions through {c}"],
    denies: ["We respect every United Nations resolution", "No shipment of ours has broken the embargo"],
    counterparts: true,
  },
  {
    key: "ELECTION_INTERFERENCE",
    label: "Election interference",
    asserts: ["is trying to delay the elections with the support of {c}", "pressured electoral officials"],
    denies: ["We want elections as soon as possible", "Nobody in our movement has touched the electoral roll"],
    counterparts: false,
  },
];

// ---------------------------------------------------------------- the shared cast

export interface CorpusCast {
  seed: number;
  users: CorpusUser[];
  topics: CorpusTopic[];
  actors: CorpusActor[];
  states: CorpusActor[];
  /** Everyone but the states: who speaks, and whom claims are about. */
  others: CorpusActor[];
  annotators: CorpusUser[];
  reviewers: CorpusUser[];
}

const EPOCH = Date.UTC(2016, 0, 1);
const SPAN_MS = Date.UTC(2026, 9, 31) - EPOCH;

/** Users, topics and actors: everything articles refer to. */
export function corpusCast(size: CorpusSize): CorpusCast {
  const seed = size.seed ?? DEFAULT_CORPUS_SEED;
  const rng = stream(seed, 0, 0);
  const created = new Date(EPOCH - 86_400_000);
  const users: CorpusUser[] = [
    ...Array.from({ length: 8 }, (_, i) => ({ role: "ANNOTATOR" as Role, n: i + 1 })),
    ...Array.from({ length: 4 }, (_, i) => ({ role: "REVIEWER" as Role, n: i + 1 })),
    { role: "ADMIN" as Role, n: 1 },
  ].map(({ role, n }) => ({
    id: uuidV7(created, rng),
    createdAt: created,
    email: `corpus-${role.toLowerCase()}-${n}@corpus.invalid`,
    displayName: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`,
    role,
  }));
  const topics = TOPICS.map((topic) => ({
    id: uuidV7(created, rng),
    createdAt: created,
    key: topic.key,
    label: topic.label,
  }));

  const count = Math.max(60, size.actors ?? Math.round(size.articles / 5));
  const names = new Set<string>();
  const actors: CorpusActor[] = [];
  const add = (name: string, kind: ActorKind, countryCode: string | null, aliases: string[], description: string) => {
    const folded = foldForLookup(name);
    if (names.has(folded)) return;
    names.add(folded);
    const seen = new Set([folded]);
    actors.push({
      id: uuidV7(created, rng),
      eventId: uuidV7(created, rng),
      name,
      normalizedName: folded,
      kind,
      countryCode,
      description,
      createdAt: created,
      aliases: aliases
        .filter((alias) => !seen.has(foldForLookup(alias)) && seen.add(foldForLookup(alias)))
        .map((alias) => ({ id: uuidV7(created, rng), alias, normalized: foldForLookup(alias) })),
    });
  };
  for (const [name, code] of STATES) add(name, "STATE", code, [], `The state of ${name}.`);
  for (let i = 0; actors.length < count; i++) {
    const [country, code] = pick(rng, STATES);
    const roll = rng();
    if (roll < 0.5) {
      const first = pick(rng, FIRST_NAMES);
      const last = pick(rng, LAST_NAMES);
      const role = pick(rng, ROLES);
      // A middle initial, as agencies write names, keeps thousands of people apart.
      const name = rng() < 0.6 ? `${first} ${String.fromCharCode(65 + int(rng, 0, 25))}. ${last}` : `${first} ${last}`;
      add(name, "PERSON", code, [`${first} ${last}`, `${role} ${last}`], `A ${role} from ${country}.`);
    } else if (roll < 0.7) {
      const name = `${pick(rng, GROUP_ADJECTIVES)} ${pick(rng, GROUP_NOUNS)} of ${pick(rng, CITIES)}`;
      const acronym = name
        .split(" ")
        .filter((word) => /^[A-Z]/.test(word))
        .map((word) => word[0])
        .join("");
      add(
        name,
        "ARMED_GROUP",
        null,
        [acronym, `${name.split(" ")[1]}’s fighters`],
        `An armed group active in ${country}.`,
      );
    } else if (roll < 0.85) {
      const name = `Ministry of ${pick(rng, ["Defence", "Interior", "Foreign Affairs", "Oil", "Finance"])} of ${country}`;
      add(name, "GOVERNMENT_BODY", code, [`${country}’s ministry`], `A ministry of ${country}.`);
    } else if (roll < 0.95) {
      const name = `${pick(rng, GROUP_ADJECTIVES)} ${pick(rng, ORG_WORDS)} for ${pick(rng, CITIES)}`;
      add(name, "ORGANIZATION", null, [name.replace(/^\w+ /, "")], "An organisation named in the coverage.");
    } else {
      add(`${pick(rng, OUTLETS)} ${pick(rng, CITIES)} bureau`, "MEDIA_OUTLET", null, [], "A news outlet.");
    }
    if (i > count * 50) break; // names ran out: the vocabulary bounds how many distinct actors exist
  }
  const ids = new Set(STATES.map(([name]) => foldForLookup(name)));
  return {
    seed,
    users,
    topics,
    actors,
    states: actors.filter((actor) => ids.has(actor.normalizedName)),
    others: actors.filter((actor) => !ids.has(actor.normalizedName)),
    annotators: users.filter((user) => user.role === "ANNOTATOR"),
    reviewers: users.filter((user) => user.role !== "ANNOTATOR"),
  };
}

// ---------------------------------------------------------------- articles

/** Status mix of the annotations: most work is published, every other state occurs. */
const STATUS_MIX: [AnnotationStatus, number][] = [
  ["PUBLISHED", 0.85],
  ["DRAFT", 0.04],
  ["IN_REVIEW", 0.03],
  ["APPROVED", 0.02],
  ["CHANGES_REQUESTED", 0.02],
  ["REJECTED", 0.02],
  ["RETRACTED", 0.01],
  ["SUGGESTED", 0.01],
];

function pickStatus(rng: Rng): AnnotationStatus {
  let roll = rng();
  for (const [status, share] of STATUS_MIX) {
    if ((roll -= share) < 0) return status;
  }
  return "PUBLISHED";
}

const listOf = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** A piece of body text, and what it anchors when it is an annotation's span. */
interface Piece {
  text: string;
  mark?: PlannedQuote | PlannedClaim;
}
interface PlannedQuote {
  kind: "QUOTE";
  speakerId: string | null;
  speakerText: string | null;
  quoteKind: QuoteKind;
  claims: PlannedClaim[];
}
interface PlannedClaim {
  kind: "CLAIM";
  topicId: string;
  stance: Stance;
  subjectId: string;
  claimantId: string | null;
  attributionText: string | null;
  attributionKind: AttributionKind;
  counterpartIds: string[];
  inQuote?: PlannedQuote;
}

/** The article at `index` (0-based) of a corpus; articles with higher indexes are newer. */
export function corpusArticle(cast: CorpusCast, size: CorpusSize, index: number): CorpusArticle {
  const rng = stream(cast.seed, 1, index);
  const publishedAt = new Date(
    EPOCH + Math.floor((((index + rng()) / Math.max(size.articles, 1)) * SPAN_MS) / 60_000) * 60_000,
  );
  const createdAt = new Date(publishedAt.getTime() + int(rng, 1, 36) * 3_600_000);
  const castOf = pickDistinct(rng, cast.others, int(rng, 3, 6));
  const named = (actor: CorpusActor) => (rng() < 0.2 && actor.aliases[0] ? actor.aliases[0].alias : actor.name);
  const place = pick(rng, CITIES);

  const pieces: Piece[] = [];
  const sentence = (...parts: (string | Piece)[]) => {
    for (const part of parts) pieces.push(typeof part === "string" ? { text: part } : part);
    pieces.push({ text: " " });
  };
  const narrative = () => {
    const [a, b] = pickDistinct(rng, castOf, 2);
    const templates = [
      () => `${a!.name} met ${named(b!)} in ${pick(rng, CITIES)} on ${pick(rng, WEEKDAYS)}.`,
      () =>
        `Fighting around ${place} has displaced ${int(rng, 2, 90) * 1000} people since ${pick(rng, ["April", "June", "the spring", "last year"])}, according to aid agencies.`,
      () =>
        `The talks, hosted by ${pick(rng, cast.states).name}, were meant to prepare a conference in ${pick(rng, CITIES)}.`,
      () =>
        `Residents of ${place} described long queues for fuel and bread, and power cuts of up to ${int(rng, 4, 18)} hours a day.`,
      () =>
        `Diplomats said the ${pick(rng, ["United Nations", "African Union", "European Union"])} envoy would brief the Security Council next week.`,
      () => `${a!.name} has not commented publicly on the negotiations — a silence that ${named(b!)} called “telling”.`,
    ];
    sentence(pick(rng, templates)());
  };

  // About seven annotations an article: quotes, claims, and denials (a quote with its claim).
  const quotes = int(rng, 1, 5);
  const claims = int(rng, 2, 4);
  const plan: ("quote" | "claim" | "denial")[] = shuffle(rng, [
    ...Array<"quote">(quotes).fill("quote"),
    ...Array.from({ length: claims }, () => (rng() < 0.35 ? ("denial" as const) : ("claim" as const))),
  ]);

  const paragraphs: Piece[][] = [];
  const target = int(rng, 3000, 4600);
  let length = 0;
  let planned = 0;
  while (length < target || planned < plan.length) {
    const start = pieces.length;
    const sentences = int(rng, 2, 4);
    for (let s = 0; s < sentences; s++) {
      const step = planned < plan.length && rng() < 0.45 ? plan[planned++] : undefined;
      if (step === "quote") {
        const speaker = rng() < 0.8 ? pick(rng, castOf) : null;
        const text = `${pick(rng, ["We", "The government", "Our partners"])} ${pick(rng, [
          "are committed to a political solution to this conflict",
          "will not accept any agreement that ignores the victims",
          "call on all parties to return to the negotiating table without conditions",
          "expect the elections to take place on the agreed date",
          "have asked for an independent investigation into the attacks",
        ])}`;
        const mark: PlannedQuote = {
          kind: "QUOTE",
          speakerId: speaker?.id ?? null,
          speakerText: speaker ? named(speaker) : pick(rng, ["the statement", "a spokesman", "officials"]),
          quoteKind: rng() < 0.85 ? "DIRECT" : "PARAPHRASE",
          claims: [],
        };
        sentence(
          "“",
          { text, mark },
          `,” ${mark.speakerText} said ${pick(rng, ["on Sunday", "in a statement", "at a news conference", "on television"])}.`,
        );
      } else if (step === "claim") {
        const topic = pick(rng, TOPICS);
        const subject = pick(rng, castOf);
        const counterparts = topic.counterparts ? pickDistinct(rng, cast.states, int(rng, 1, 3)) : [];
        const clause = pick(rng, topic.asserts).replace("{c}", listOf(counterparts.map((actor) => actor.name)));
        const how = rng();
        const claimant =
          how < 0.4
            ? (pick(
                rng,
                castOf.filter((actor) => actor !== subject),
              ) ?? null)
            : null;
        const attribution: [AttributionKind, string | null] = claimant
          ? ["NAMED_SOURCE", `according to ${claimant.name}`]
          : how < 0.75
            ? [
                "ANONYMOUS_SOURCE",
                `according to ${pick(rng, ["diplomats", "Tripoli officials", "a UN panel of experts", "two people familiar with the matter"])}`,
              ]
            : ["UNATTRIBUTED", null];
        const mark: PlannedClaim = {
          kind: "CLAIM",
          topicId: cast.topics[TOPICS.indexOf(topic)]!.id,
          stance: "ASSERTS",
          subjectId: subject.id,
          claimantId: claimant?.id ?? null,
          attributionText: attribution[1],
          attributionKind: attribution[0],
          counterpartIds: counterparts.map((actor) => actor.id),
        };
        if (attribution[1]) sentence(`${named(subject)} `, { text: clause, mark }, `, ${attribution[1]}.`);
        else sentence(`Reports say ${named(subject)} `, { text: clause, mark }, ".");
      } else if (step === "denial") {
        const topic = pick(rng, TOPICS);
        const subject = pick(rng, castOf);
        const text = pick(rng, topic.denies);
        const claim: PlannedClaim = {
          kind: "CLAIM",
          topicId: cast.topics[TOPICS.indexOf(topic)]!.id,
          stance: "DENIES",
          subjectId: subject.id,
          claimantId: subject.id,
          attributionText: null,
          attributionKind: "SELF",
          counterpartIds: [],
        };
        const quote: PlannedQuote = {
          kind: "QUOTE",
          speakerId: subject.id,
          speakerText: `${named(subject)}’s ${pick(rng, ["spokesman", "office", "media office"])}`,
          quoteKind: "DIRECT",
          claims: [claim],
        };
        claim.inQuote = quote;
        sentence("“", { text, mark: quote }, `,” ${quote.speakerText} said.`);
      } else {
        narrative();
      }
    }
    paragraphs.push(pieces.splice(start));
    length = paragraphs.reduce((sum, paragraph) => sum + paragraph.reduce((n, piece) => n + piece.text.length, 0), 0);
    if (paragraphs.length > 60) break;
  }

  // Lay the text out and anchor every span (UTF-16 offsets, as JavaScript strings count).
  let body = "";
  const spans: { mark: PlannedQuote | PlannedClaim; start: number; end: number }[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) body += "\n\n";
    const text = paragraph
      .map((piece) => piece.text)
      .join("")
      .trimEnd();
    let offset = body.length;
    for (const piece of paragraph) {
      if (piece.mark) spans.push({ mark: piece.mark, start: offset, end: offset + piece.text.length });
      offset += piece.text.length;
    }
    body += text;
  });
  // A claim made in a quote spans the quote's text too.
  for (const span of [...spans]) {
    if (span.mark.kind === "QUOTE") {
      for (const claim of span.mark.claims) spans.push({ mark: claim, start: span.start, end: span.end });
    }
  }

  const articleId = uuidV7(createdAt, rng);
  const importer = pick(rng, cast.annotators);
  const quoteIds = new Map<PlannedQuote, string>();
  let clock = createdAt.getTime();
  const tick = () => new Date((clock += int(rng, 60_000, 36 * 3_600_000)));
  const annotations: CorpusAnnotation[] = spans
    .sort((x, y) => x.start - y.start || (x.mark.kind === "QUOTE" ? -1 : 1))
    .map(({ mark, start, end }) => {
      const made = tick();
      const id = uuidV7(made, rng);
      if (mark.kind === "QUOTE") quoteIds.set(mark, id);
      const exact = body.slice(start, end);
      const author = pick(rng, cast.annotators);
      const base = {
        id,
        kind: mark.kind,
        start,
        end,
        exact,
        prefix: body.slice(Math.max(0, start - CONTEXT_LENGTH), start),
        suffix: body.slice(end, end + CONTEXT_LENGTH),
        note:
          rng() < 0.3
            ? pick(rng, ["Check the translation.", "Second source needed.", "Speaker confirmed by the desk."])
            : null,
        authorId: author.id,
        createdAt: made,
      };
      const kindFields =
        mark.kind === "QUOTE"
          ? { quote: { speakerId: mark.speakerId, speakerText: mark.speakerText, quoteKind: mark.quoteKind } }
          : {
              claim: {
                topicId: mark.topicId,
                stance: mark.stance,
                subjectId: mark.subjectId,
                claimantId: mark.claimantId,
                attributionText: mark.attributionText,
                attributionKind: mark.attributionKind,
                quoteId: mark.inQuote ? (quoteIds.get(mark.inQuote) ?? null) : null,
                counterpartIds: mark.counterpartIds,
              },
            };
      return { ...base, ...kindFields, ...history(rng, cast, base, pickStatus(rng), tick) };
    });

  return {
    id: articleId,
    title: title(rng, castOf, place),
    body,
    source: pick(rng, OUTLETS),
    url: `https://news.example.org/${publishedAt.toISOString().slice(0, 10)}/${articleId}`,
    publishedAt,
    language: "en",
    contentHash: contentHash(body),
    importedById: importer.id,
    createdAt,
    annotations,
  };
}

function title(rng: Rng, castOf: CorpusActor[], place: string): string {
  const [a, b] = pickDistinct(rng, castOf, 2);
  return pick(rng, [
    `${a!.name} meets ${b!.name} as fighting near ${place} continues`,
    `Ceasefire talks stall over ${place}`,
    `${a!.name} accused of receiving foreign support`,
    `UN envoy calls for calm after clashes in ${place}`,
    `${b!.name} denies role in ${place} offensive`,
  ]);
}

/**
 * The events that brought an annotation to `status`, and the annotation fields they leave:
 * created as DRAFT (SUGGESTED for machine suggestions), perhaps edited, sent to review, then
 * approved, published and perhaps retracted by a reviewer other than the author, or sent back
 * or rejected with a comment. Versions count the changes, as the services do.
 */
function history(
  rng: Rng,
  cast: CorpusCast,
  annotation: { id: string; authorId: string; exact: string; note: string | null; createdAt: Date },
  status: AnnotationStatus,
  tick: () => Date,
) {
  const events: CorpusEvent[] = [];
  const comments: CorpusAnnotation["comments"] = [];
  const reviewer = pick(rng, cast.reviewers);
  let version = 1;
  let current = (status === "SUGGESTED" ? "SUGGESTED" : "DRAFT") as AnnotationStatus;
  let at = annotation.createdAt;
  const event = (
    userId: string,
    kind: AnnotationEventKind,
    fields: { to?: AnnotationStatus; changes?: CorpusEvent["changes"]; comment?: string },
  ) => {
    const from = current;
    if (kind === "UPDATED" || kind === "TRANSITIONED") version++;
    if (fields.to) current = fields.to;
    events.push({
      id: uuidV7(at, rng),
      userId,
      kind,
      fromStatus: kind === "CREATED" ? null : from,
      toStatus: current,
      version,
      changes: fields.changes ?? null,
      comment: fields.comment ?? null,
      createdAt: at,
    });
    at = tick();
  };
  const comment = (userId: string, body: string) => {
    comments.push({ id: uuidV7(at, rng), authorId: userId, body, createdAt: at });
    event(userId, "COMMENTED", { comment: body });
  };
  // The note, when there is one, was added by an edit after the annotation was created.
  const editedNote = annotation.note !== null && status !== "SUGGESTED" && rng() < 0.5;
  event(annotation.authorId, "CREATED", {
    changes: {
      exact: { from: null, to: annotation.exact },
      ...(annotation.note && !editedNote ? { note: { from: null, to: annotation.note } } : {}),
    },
  });
  if (status !== "SUGGESTED") {
    if (editedNote) event(annotation.authorId, "UPDATED", { changes: { note: { from: null, to: annotation.note } } });
    if (status !== "DRAFT") {
      event(annotation.authorId, "TRANSITIONED", { to: "IN_REVIEW" });
      if (rng() < 0.25) comment(reviewer.id, "Is the attribution in the text, or ours?");
      if (status === "CHANGES_REQUESTED")
        event(reviewer.id, "TRANSITIONED", {
          to: "CHANGES_REQUESTED",
          comment: "Narrow the span to the claim itself.",
        });
      else if (status === "REJECTED")
        event(reviewer.id, "TRANSITIONED", { to: "REJECTED", comment: "Not a claim: the sentence reports an event." });
      else if (status !== "IN_REVIEW") {
        event(reviewer.id, "TRANSITIONED", { to: "APPROVED" });
        if (status !== "APPROVED") event(reviewer.id, "TRANSITIONED", { to: "PUBLISHED" });
        if (status === "RETRACTED")
          event(reviewer.id, "TRANSITIONED", { to: "RETRACTED", comment: "The source withdrew the report." });
      }
    }
  }
  const last = events[events.length - 1]!;
  return {
    status: current,
    version,
    lastEditorId: annotation.authorId,
    retractionReason: current === "RETRACTED" ? last.comment : null,
    updatedAt: last.createdAt,
    events,
    comments,
  };
}
