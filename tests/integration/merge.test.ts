import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { makeActor, makeArticle, makeClaim, makeQuote, makeTopic } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { errorCodes } from "../support/expect";
import { readTarget } from "../support/server-target";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";

const MERGE = `mutation ($i: MergeActorsInput!) {
  mergeActors(input: $i) {
    survivor { id name version aliases }
    errors { code message field currentVersion existingId }
  }
}`;

type Made = Awaited<ReturnType<typeof makeActor>>;

/** mergeActors' input for actors at the versions given (1 unless said otherwise). */
function mergeInput(survivor: Made, merged: Made[], versions: Record<string, number> = {}) {
  return {
    survivorId: survivor.gid,
    mergedIds: merged.map((actor) => actor.gid),
    expectedVersions: [survivor, ...merged].map((actor) => ({ id: actor.gid, version: versions[actor.id] ?? 1 })),
  };
}

/** Two connections holding locks at once: PGlite's single multiplexed connection cannot. */
const embedded = readTarget().mode === "embedded";

const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

describe("actor merge", () => {
  let db: TestDatabase;
  let api: TestApi;
  let annotator: TestUser;
  let reviewer: TestUser;
  let admin: TestUser;
  let topicId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    [annotator, reviewer, admin] = await Promise.all([api.user("ANNOTATOR"), api.user("REVIEWER"), api.user("ADMIN")]);
    topicId = (await makeTopic(db.prisma, "FOREIGN_BACKING")).id;
  });
  afterAll(() => db.drop());

  /** What a merge may change, for actors and the annotations naming them: to compare before and after. */
  async function snapshot(actorIds: string[], annotationIds: string[]) {
    const [actors, aliases, events, annotations, quotes, claims, counterparts] = await Promise.all([
      db.prisma.actor.findMany({ where: { id: { in: actorIds } }, orderBy: { id: "asc" } }),
      db.prisma.actorAlias.findMany({ where: { actorId: { in: actorIds } }, orderBy: { id: "asc" } }),
      db.prisma.actorEvent.count({ where: { actorId: { in: actorIds } } }),
      db.prisma.annotation.findMany({ where: { id: { in: annotationIds } }, orderBy: { id: "asc" } }),
      db.prisma.quote.findMany({ where: { annotationId: { in: annotationIds } }, orderBy: { annotationId: "asc" } }),
      db.prisma.claim.findMany({ where: { annotationId: { in: annotationIds } }, orderBy: { annotationId: "asc" } }),
      db.prisma.claimCounterpart.findMany({
        where: { claimId: { in: annotationIds } },
        orderBy: [{ claimId: "asc" }, { position: "asc" }],
      }),
    ]);
    return { actors, aliases, events, annotations, quotes, claims, counterparts };
  }

  async function counterpartsOf(claimId: string) {
    const rows = await db.prisma.claimCounterpart.findMany({ where: { claimId }, orderBy: { position: "asc" } });
    return rows.map((row) => ({ actorId: row.actorId, position: row.position }));
  }

  describe("mergeActors", () => {
    it("moves every reference and alias to the survivor, keeps published work published, and records MERGED events", async () => {
      const lna = await makeActor(db.prisma, {
        name: unique("Libyan National Army"),
        kind: "ARMED_GROUP",
        aliases: ["LNA"],
      });
      const forces = await makeActor(db.prisma, {
        name: unique("Haftar's forces"),
        kind: "ARMED_GROUP",
        aliases: ["Haftar’s army", "lna"],
      });
      const laaf = await makeActor(db.prisma, { name: unique("Libyan Arab Armed Forces"), aliases: ["LAAF"] });
      const russia = await makeActor(db.prisma, { name: unique("Russia"), kind: "STATE" });
      const egypt = await makeActor(db.prisma, { name: unique("Egypt"), kind: "STATE" });
      const article = await makeArticle(db.prisma);

      const spoken = await makeQuote(db.prisma, article, { speakerId: forces.id, status: "PUBLISHED" });
      const draftQuote = await makeQuote(db.prisma, article, { start: 20, speakerId: laaf.id, status: "DRAFT" });
      const about = await makeClaim(db.prisma, article, {
        topicId,
        subjectId: forces.id,
        claimantId: laaf.id,
        counterpartIds: [russia.id, egypt.id],
        status: "PUBLISHED",
      });
      const backedBy = await makeClaim(db.prisma, article, {
        start: 30,
        topicId,
        subjectId: egypt.id,
        claimantId: forces.id,
        counterpartIds: [russia.id, laaf.id],
        status: "IN_REVIEW",
      });
      const denial = await makeClaim(db.prisma, article, {
        start: 40,
        topicId,
        subjectId: laaf.id,
        stance: "DENIES",
        status: "PUBLISHED",
      });
      const annotationIds = [spoken.id, draftQuote.id, about.id, backedBy.id, denial.id];
      const before = await db.prisma.annotation.findMany({
        where: { id: { in: annotationIds } },
        select: { id: true, status: true, version: true, updatedAt: true },
        orderBy: { id: "asc" },
      });

      const { mergeActors } = await reviewer.api.ok(MERGE, { i: mergeInput(lna, [forces, laaf]) });
      expect(mergeActors.errors).toEqual([]);
      expect(mergeActors.survivor).toEqual({
        id: lna.gid,
        name: lna.name,
        version: 2,
        // The merged names became aliases; "lna" folds to the survivor's alias "LNA" and is dropped.
        aliases: [forces.name, "Haftar’s army", "LAAF", laaf.name, "LNA"].sort(),
      });

      // Every reference names the survivor.
      expect(await db.prisma.quote.findUnique({ where: { annotationId: spoken.id } })).toMatchObject({
        speakerId: lna.id,
      });
      expect(await db.prisma.quote.findUnique({ where: { annotationId: draftQuote.id } })).toMatchObject({
        speakerId: lna.id,
      });
      expect(await db.prisma.claim.findUnique({ where: { annotationId: about.id } })).toMatchObject({
        subjectId: lna.id,
        claimantId: lna.id,
      });
      expect(await db.prisma.claim.findUnique({ where: { annotationId: backedBy.id } })).toMatchObject({
        subjectId: egypt.id,
        claimantId: lna.id,
      });
      expect(await db.prisma.claim.findUnique({ where: { annotationId: denial.id } })).toMatchObject({
        subjectId: lna.id,
      });
      expect(await counterpartsOf(backedBy.id)).toEqual([
        { actorId: russia.id, position: 0 },
        { actorId: lna.id, position: 1 },
      ]);
      expect(await counterpartsOf(about.id)).toEqual([
        { actorId: russia.id, position: 0 },
        { actorId: egypt.id, position: 1 },
      ]);
      const anyLeft = await db.prisma.annotation.count({
        where: {
          OR: [
            { quote: { speakerId: { in: [forces.id, laaf.id] } } },
            { claim: { subjectId: { in: [forces.id, laaf.id] } } },
            { claim: { claimantId: { in: [forces.id, laaf.id] } } },
            { claim: { counterparts: { some: { actorId: { in: [forces.id, laaf.id] } } } } },
          ],
        },
      });
      expect(anyLeft).toBe(0);

      // The merged actors stay as rows, pointing at the survivor, with no aliases and a last version.
      const mergedRows = await db.prisma.actor.findMany({
        where: { id: { in: [forces.id, laaf.id] } },
        include: { aliases: true },
      });
      expect(mergedRows.map(({ mergedIntoId, version, aliases }) => ({ mergedIntoId, version, aliases }))).toEqual([
        { mergedIntoId: lna.id, version: 2, aliases: [] },
        { mergedIntoId: lna.id, version: 2, aliases: [] },
      ]);

      // Published work stays published; no annotation changed state or version.
      const after = await db.prisma.annotation.findMany({
        where: { id: { in: annotationIds } },
        select: { id: true, status: true, version: true, updatedAt: true },
        orderBy: { id: "asc" },
      });
      expect(after).toEqual(before);
      expect(after.filter((row) => row.status === "PUBLISHED")).toHaveLength(3);

      // The merged ids resolve to the survivor, on the planned path and through the resolvers.
      const planned = await api.ok(`query ($id: ID!) { actor(id: $id) { id name aliases } }`, { id: forces.gid });
      expect(planned.actor).toMatchObject({ id: lna.gid, name: lna.name });
      const resolved = await reviewer.api.ok(
        `query ($a: ID!, $b: ID!) {
          node(id: $a) { id ... on Actor { name } }
          actor(id: $b) { id name history { totalCount } }
        }`,
        { a: forces.gid, b: laaf.gid },
      );
      expect(resolved.node).toEqual({ id: lna.gid, name: lna.name });
      expect(resolved.actor).toMatchObject({ id: lna.gid, name: lna.name, history: { totalCount: 1 } });
      // Readers see the published quote and claims under the survivor.
      const { actor: page } = await api.ok(
        `query ($id: ID!) { actor(id: $id) { quotes { totalCount } claimsAbout { totalCount } claimsMade { totalCount } } }`,
        { id: forces.gid },
      );
      expect(page).toEqual({
        quotes: { totalCount: 1 },
        claimsAbout: { totalCount: 2 },
        claimsMade: { totalCount: 1 },
      });
      const { ledger } = await api.ok(
        `query ($id: ID!) { ledger(subjectId: $id, topic: "FOREIGN_BACKING") { subject { id } claimCount } }`,
        { id: laaf.gid },
      );
      expect(ledger).toEqual({ subject: { id: lna.gid }, claimCount: 2 });

      // List filters naming a merged actor read as the survivor's.
      const filtered = await reviewer.api.ok(
        `query ($forces: ID!, $laaf: ID!) {
          speaker: quotes(filter: { speaker: $forces }) { totalCount }
          subject: claims(filter: { subject: $laaf }) { totalCount }
          claimant: claims(filter: { claimant: $forces }) { totalCount }
          counterpart: claims(filter: { counterpart: $laaf }) { totalCount }
          any: annotations(filter: { actor: $forces }) { totalCount }
          articles(filter: { actor: $laaf }) { edges { node { id } } }
        }`,
        { forces: forces.gid, laaf: laaf.gid },
      );
      expect(filtered).toEqual({
        speaker: { totalCount: 2 },
        subject: { totalCount: 2 },
        claimant: { totalCount: 2 },
        counterpart: { totalCount: 1 },
        any: { totalCount: 5 },
        articles: { edges: [{ node: { id: article.gid } }] },
      });

      // Merged actors are listed nowhere: the plain list (planned), a search and an alias lookup.
      const lists = await api.ok(
        `query ($name: String!) {
          all: actors(first: 100) { totalCount edges { node { id } } }
          search: actors(filter: { search: "libyan" }) { edges { node { id } } }
          alias: actors(filter: { alias: $name }) { edges { node { id } } }
        }`,
        { name: forces.name.toUpperCase() },
      );
      const ids = (list: any) => list.edges.map((edge: any) => edge.node.id);
      expect(ids(lists.all)).toEqual(expect.arrayContaining([lna.gid, russia.gid, egypt.gid]));
      expect(ids(lists.all)).not.toEqual(expect.arrayContaining([forces.gid]));
      expect(ids(lists.all)).not.toEqual(expect.arrayContaining([laaf.gid]));
      expect(lists.all.totalCount).toBe(lists.all.edges.length);
      expect(ids(lists.search)).toContain(lna.gid);
      expect(ids(lists.search)).not.toContain(laaf.gid);
      expect(ids(lists.alias)).toEqual([lna.gid]);

      // History: MERGED on the survivor with what moved, and on each merged actor with its share.
      const { actor: withHistory } = await reviewer.api.ok(
        `query ($id: ID!) { actor(id: $id) { history { edges { node { kind version changes user { email } } } } } }`,
        { id: lna.gid },
      );
      expect(withHistory.history.edges.map((edge: any) => edge.node)).toEqual([
        {
          kind: "MERGED",
          version: 2,
          user: { email: reviewer.email },
          changes: {
            mergedIds: [forces.id, laaf.id],
            mergedNames: [forces.name, laaf.name],
            moved: { speaker: 2, subject: 2, claimant: 2, counterpart: 1, aliases: 4 },
            collapsedCounterparts: 0,
            aliases: { from: ["LNA"], to: mergeActors.survivor.aliases },
          },
        },
      ]);
      const events = await db.prisma.actorEvent.findMany({
        where: { actorId: { in: [forces.id, laaf.id] } },
        orderBy: { actorId: "asc" },
      });
      expect(
        events.map(({ actorId, userId, kind, version, changes }) => ({ actorId, userId, kind, version, changes })),
      ).toEqual(
        [
          {
            actorId: forces.id,
            userId: reviewer.id,
            kind: "MERGED",
            version: 2,
            changes: {
              mergedInto: { from: null, to: lna.id },
              moved: { speaker: 1, subject: 1, claimant: 1, counterpart: 0, aliases: 2 },
              aliases: { from: ["Haftar’s army", "lna"], to: [] },
            },
          },
          {
            actorId: laaf.id,
            userId: reviewer.id,
            kind: "MERGED",
            version: 2,
            changes: {
              mergedInto: { from: null, to: lna.id },
              moved: { speaker: 1, subject: 1, claimant: 1, counterpart: 1, aliases: 2 },
              aliases: { from: ["LAAF"], to: [] },
            },
          },
        ].sort((a, b) => a.actorId.localeCompare(b.actorId)),
      );
    });

    it("refuses a stale expected version with CONFLICT and the current version, and changes nothing", async () => {
      const survivor = await makeActor(db.prisma, { aliases: ["Survivor alias"] });
      const merged = await makeActor(db.prisma, { aliases: ["Merged alias"] });
      const article = await makeArticle(db.prisma);
      const quote = await makeQuote(db.prisma, article, { speakerId: merged.id });
      const backer = await makeActor(db.prisma);
      const claim = await makeClaim(db.prisma, article, {
        topicId,
        subjectId: merged.id,
        counterpartIds: [backer.id],
        start: 12,
      });
      const other = await makeClaim(db.prisma, article, {
        topicId,
        subjectId: survivor.id,
        claimantId: merged.id,
        start: 24,
      });
      // Someone edits the merged actor after the merger loaded it.
      await annotator.api.ok(`mutation ($i: UpdateActorInput!) { updateActor(input: $i) { errors { code } } }`, {
        i: { id: merged.gid, expectedVersion: 1, description: "Edited meanwhile." },
      });
      const before = await snapshot([survivor.id, merged.id], [quote.id, claim.id, other.id]);

      const { mergeActors } = await admin.api.ok(MERGE, { i: mergeInput(survivor, [merged]) });
      expect(mergeActors).toEqual({
        survivor: null,
        errors: [
          {
            code: "CONFLICT",
            message: expect.stringContaining("now at version 2"),
            field: ["input", "expectedVersions", "1", "version"],
            currentVersion: 2,
            existingId: null,
          },
        ],
      });
      expect(await snapshot([survivor.id, merged.id], [quote.id, claim.id, other.id])).toEqual(before);

      // At the current versions it goes through.
      const retried = await admin.api.ok(MERGE, { i: mergeInput(survivor, [merged], { [merged.id]: 2 }) });
      expect(retried.mergeActors.errors).toEqual([]);
      expect(await db.prisma.actor.findUnique({ where: { id: merged.id } })).toMatchObject({
        mergedIntoId: survivor.id,
        version: 3,
      });
    });

    it("keeps one counterpart row for the survivor, at the earliest position, with positions renumbered", async () => {
      const survivor = await makeActor(db.prisma);
      const [first, second] = await Promise.all([makeActor(db.prisma), makeActor(db.prisma)]);
      const [x, y, subject] = await Promise.all([makeActor(db.prisma), makeActor(db.prisma), makeActor(db.prisma)]);
      const article = await makeArticle(db.prisma);
      // Names the survivor and both duplicates: three rows become one, where the first of them stood.
      const crowded = await makeClaim(db.prisma, article, {
        topicId,
        subjectId: subject.id,
        counterpartIds: [x.id, first.id, survivor.id, second.id, y.id],
      });
      // Names the survivor before a duplicate.
      const pair = await makeClaim(db.prisma, article, {
        topicId,
        subjectId: subject.id,
        counterpartIds: [survivor.id, second.id],
        start: 11,
      });
      // A duplicate alone.
      const single = await makeClaim(db.prisma, article, {
        topicId,
        subjectId: subject.id,
        counterpartIds: [y.id, second.id],
        start: 22,
        status: "DRAFT",
      });

      const { mergeActors } = await reviewer.api.ok(MERGE, { i: mergeInput(survivor, [first, second]) });
      expect(mergeActors.errors).toEqual([]);
      expect(await counterpartsOf(crowded.id)).toEqual([
        { actorId: x.id, position: 0 },
        { actorId: survivor.id, position: 1 },
        { actorId: y.id, position: 2 },
      ]);
      expect(await counterpartsOf(pair.id)).toEqual([{ actorId: survivor.id, position: 0 }]);
      expect(await counterpartsOf(single.id)).toEqual([
        { actorId: y.id, position: 0 },
        { actorId: survivor.id, position: 1 },
      ]);
      // The claims read as the survivor's, in the order written.
      const { node } = await reviewer.api.ok(
        `query ($id: ID!) { node(id: $id) { ... on Claim { counterparts { id } } } }`,
        {
          id: crowded.gid,
        },
      );
      expect(node.counterparts).toEqual([{ id: x.gid }, { id: survivor.gid }, { id: y.gid }]);
      const event = await db.prisma.actorEvent.findFirstOrThrow({ where: { actorId: survivor.id, kind: "MERGED" } });
      expect(event.changes).toMatchObject({
        moved: { counterpart: 4 },
        collapsedCounterparts: 3,
      });
    });

    it("refuses a merge that would make a claim name its subject as its own counterpart, and names the claim", async () => {
      const survivor = await makeActor(db.prisma, { name: unique("Libyan National Army") });
      const merged = await makeActor(db.prisma, { name: unique("Wagner Group") });
      const article = await makeArticle(db.prisma);
      // "The LNA is backed by Wagner": once merged it would read "the LNA is backed by the LNA".
      const claim = await makeClaim(db.prisma, article, {
        topicId,
        subjectId: survivor.id,
        counterpartIds: [merged.id],
      });
      const before = await snapshot([survivor.id, merged.id], [claim.id]);
      const { mergeActors } = await reviewer.api.ok(MERGE, { i: mergeInput(survivor, [merged]) });
      expect(mergeActors.survivor).toBeNull();
      expect(mergeActors.errors).toEqual([
        expect.objectContaining({ code: "BAD_USER_INPUT", field: ["input", "mergedIds"] }),
      ]);
      expect(mergeActors.errors[0].message).toContain(claim.gid);
      expect(await snapshot([survivor.id, merged.id], [claim.id])).toEqual(before);

      // The other way round too: a claim about the duplicate naming the survivor as counterpart.
      const reverse = await makeActor(db.prisma);
      await makeClaim(db.prisma, article, { topicId, subjectId: reverse.id, counterpartIds: [survivor.id], start: 5 });
      const refused = await reviewer.api.ok(MERGE, { i: mergeInput(survivor, [reverse]) });
      expect(refused.mergeActors.errors.map((error: any) => error.code)).toEqual(["BAD_USER_INPUT"]);
    });

    it("refuses an empty list, the survivor among the merged, unknown and already merged actors, and incomplete versions", async () => {
      const survivor = await makeActor(db.prisma);
      const merged = await makeActor(db.prisma);
      const codes = async (input: object) => {
        const result = await reviewer.api.run(MERGE, { i: input });
        return result.errors?.length
          ? errorCodes(result)
          : result.data!.mergeActors.errors.map((error: any) => [error.code, error.field]);
      };

      // Shape checks at the edge refuse the whole operation.
      expect(await codes({ ...mergeInput(survivor, []), mergedIds: [] })).toEqual(["BAD_USER_INPUT"]);
      expect(await codes(mergeInput(survivor, [survivor]))).toEqual([["BAD_USER_INPUT", ["input", "mergedIds"]]]);
      const unknownId = randomUUID();
      const nobody = { ...merged, id: unknownId, gid: toGlobalId("Actor", unknownId) };
      expect(await codes(mergeInput(survivor, [nobody]))).toEqual([["NOT_FOUND", ["input", "mergedIds"]]]);
      expect(await codes(mergeInput(nobody, [merged]))).toEqual([["NOT_FOUND", ["input", "survivorId"]]]);
      expect(
        await codes({ ...mergeInput(survivor, [merged]), expectedVersions: [{ id: survivor.gid, version: 1 }] }),
      ).toEqual(["BAD_USER_INPUT"]);
      // The service checks what the edge cannot: one version for each actor named, no more, no less.
      const other = await makeActor(db.prisma);
      expect(
        await codes({
          ...mergeInput(survivor, [merged, other]),
          expectedVersions: mergeInput(survivor, [merged]).expectedVersions,
        }),
      ).toEqual([["BAD_USER_INPUT", ["input", "expectedVersions"]]]);
      expect(
        await codes({
          ...mergeInput(survivor, [merged]),
          expectedVersions: [
            { id: survivor.gid, version: 1 },
            { id: survivor.gid, version: 1 },
          ],
        }),
      ).toEqual([["BAD_USER_INPUT", ["input", "expectedVersions", "1", "id"]]]);
      expect(
        await codes({
          ...mergeInput(survivor, [merged]),
          expectedVersions: [...mergeInput(survivor, [merged]).expectedVersions, { id: nobody.gid, version: 1 }],
        }),
      ).toEqual([["BAD_USER_INPUT", ["input", "expectedVersions", "2", "id"]]]);
      expect(await codes({ ...mergeInput(survivor, [merged]), mergedIds: [toGlobalId("Topic", merged.id)] })).toEqual([
        ["INVALID_ID", ["input", "mergedIds", "0"]],
      ]);
      // Nothing happened so far.
      expect(await db.prisma.actorEvent.count({ where: { actorId: { in: [survivor.id, merged.id] } } })).toBe(0);

      // An actor merged before is refused, naming the actor it was merged into.
      expect((await reviewer.api.ok(MERGE, { i: mergeInput(survivor, [merged]) })).mergeActors.errors).toEqual([]);
      const third = await makeActor(db.prisma);
      const again = await reviewer.api.ok(MERGE, {
        i: mergeInput(third, [merged], { [merged.id]: 2 }),
      });
      expect(again.mergeActors.errors).toEqual([
        expect.objectContaining({ code: "BAD_USER_INPUT", field: ["input", "mergedIds"], existingId: survivor.gid }),
      ]);
      const into = await reviewer.api.ok(MERGE, { i: mergeInput(merged, [third], { [merged.id]: 2 }) });
      expect(into.mergeActors.errors).toEqual([
        expect.objectContaining({ code: "BAD_USER_INPUT", field: ["input", "survivorId"], existingId: survivor.gid }),
      ]);
    });

    it("follows chains: an actor merged into one that is merged later resolves to the last survivor", async () => {
      const [a, b, c] = await Promise.all([makeActor(db.prisma), makeActor(db.prisma), makeActor(db.prisma)]);
      const article = await makeArticle(db.prisma);
      const quote = await makeQuote(db.prisma, article, { speakerId: a.id });
      expect((await reviewer.api.ok(MERGE, { i: mergeInput(b, [a]) })).mergeActors.errors).toEqual([]);
      expect((await admin.api.ok(MERGE, { i: mergeInput(c, [b], { [b.id]: 2 }) })).mergeActors.errors).toEqual([]);

      expect(await db.prisma.actor.findUnique({ where: { id: a.id } })).toMatchObject({ mergedIntoId: c.id });
      expect(await db.prisma.quote.findUnique({ where: { annotationId: quote.id } })).toMatchObject({
        speakerId: c.id,
      });
      const { node, actor } = await api.ok(`query ($a: ID!) { node(id: $a) { id } actor(id: $a) { id aliases } }`, {
        a: a.gid,
      });
      expect(node).toEqual({ id: c.gid });
      expect(actor).toEqual({ id: c.gid, aliases: [a.name, b.name].sort() });
    });

    it("is for reviewers and admins: an annotator gets FORBIDDEN and a reader UNAUTHENTICATED, and nothing changes", async () => {
      const survivor = await makeActor(db.prisma);
      const merged = await makeActor(db.prisma);
      const byAnnotator = await annotator.api.ok(MERGE, { i: mergeInput(survivor, [merged]) });
      expect(byAnnotator.mergeActors).toEqual({
        survivor: null,
        errors: [expect.objectContaining({ code: "FORBIDDEN" })],
      });
      const byReader = await api.run(MERGE, { i: mergeInput(survivor, [merged]) });
      expect(errorCodes(byReader)).toEqual(["UNAUTHENTICATED"]);
      expect(await db.prisma.actor.findUnique({ where: { id: merged.id } })).toMatchObject({
        mergedIntoId: null,
        version: 1,
      });
      const byAdmin = await admin.api.ok(MERGE, { i: mergeInput(survivor, [merged]) });
      expect(byAdmin.mergeActors.errors).toEqual([]);
    });
  });

  describe("merged actors", () => {
    let survivor: Made;
    let merged: Made;
    let article: Awaited<ReturnType<typeof makeArticle>>;

    beforeAll(async () => {
      survivor = await makeActor(db.prisma);
      merged = await makeActor(db.prisma);
      article = await makeArticle(db.prisma);
      const { mergeActors } = await reviewer.api.ok(MERGE, { i: mergeInput(survivor, [merged]) });
      expect(mergeActors.errors).toEqual([]);
    });

    it("cannot be named by new work (UNKNOWN_ACTOR), and the database refuses it too", async () => {
      const { createClaim } = await annotator.api.ok(
        `mutation ($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } errors { code field } } }`,
        {
          i: {
            articleId: article.gid,
            start: 0,
            end: 4,
            topic: "FOREIGN_BACKING",
            stance: "ASSERTS",
            subjectId: merged.gid,
            attributionKind: "UNATTRIBUTED",
          },
        },
      );
      expect(createClaim).toEqual({ claim: null, errors: [{ code: "UNKNOWN_ACTOR", field: ["input", "subjectId"] }] });
      await expect(makeQuote(db.prisma, article, { speakerId: merged.id })).rejects.toThrow(
        /Foreign key constraint violated/,
      );
      await expect(
        makeClaim(db.prisma, article, { topicId, subjectId: survivor.id, counterpartIds: [merged.id] }),
      ).rejects.toThrow(/Foreign key constraint violated/);
    });

    it("cannot be edited: updateActor is refused, naming the survivor", async () => {
      const { updateActor } = await reviewer.api.ok(
        `mutation ($i: UpdateActorInput!) { updateActor(input: $i) { actor { id } errors { code field existingId } } }`,
        { i: { id: merged.gid, expectedVersion: 2, description: "Too late." } },
      );
      expect(updateActor).toEqual({
        actor: null,
        errors: [{ code: "BAD_USER_INPUT", field: ["input", "id"], existingId: survivor.gid }],
      });
    });
  });

  describe("concurrency", () => {
    it("lets one of two concurrent merges of one duplicate into different survivors win", async () => {
      const [one, two, duplicate] = await Promise.all([
        makeActor(db.prisma),
        makeActor(db.prisma),
        makeActor(db.prisma),
      ]);
      const results = await Promise.all([
        reviewer.api.ok(MERGE, { i: mergeInput(one, [duplicate]) }),
        admin.api.ok(MERGE, { i: mergeInput(two, [duplicate]) }),
      ]);
      const failed = results.filter((result) => result.mergeActors.errors.length > 0);
      expect(failed).toHaveLength(1);
      expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(failed[0]!.mergeActors.errors[0].code);
      const row = await db.prisma.actor.findUniqueOrThrow({ where: { id: duplicate.id } });
      expect([one.id, two.id]).toContain(row.mergedIntoId);
      expect(await db.prisma.actorEvent.count({ where: { actorId: duplicate.id } })).toBe(1);
    });

    (embedded ? it.skip : it)("moves work whose transaction the merge had to wait for", async () => {
      const survivor = await makeActor(db.prisma);
      const duplicate = await makeActor(db.prisma);
      const article = await makeArticle(db.prisma);
      const writer = new Client({ connectionString: db.url });
      await writer.connect();
      try {
        const id = randomUUID();
        await writer.query("BEGIN");
        await writer.query(
          `INSERT INTO annotations (id, article_id, kind, status, start, "end", exact, updated_at)
           VALUES ($1, $2, 'QUOTE', 'PUBLISHED', 0, 4, $3, now())`,
          [id, article.id, article.body.slice(0, 4)],
        );
        await writer.query("INSERT INTO quotes (annotation_id, speaker_id) VALUES ($1, $2)", [id, duplicate.id]);
        const merging = reviewer.api.ok(MERGE, { i: mergeInput(survivor, [duplicate]) });
        // The writer's foreign-key lock on the duplicate holds the merge back until it commits.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await db.prisma.actorEvent.count({ where: { actorId: duplicate.id } })).toBe(0);
        await writer.query("COMMIT");
        expect((await merging).mergeActors.errors).toEqual([]);
        expect(await db.prisma.quote.findUnique({ where: { annotationId: id } })).toMatchObject({
          speakerId: survivor.id,
        });
      } finally {
        await writer.end();
      }
    });

    it("leaves no work naming a merged actor when claims naming it are written during the merge", async () => {
      const survivor = await makeActor(db.prisma);
      const duplicate = await makeActor(db.prisma);
      const article = await makeArticle(db.prisma);
      const create = (i: number) =>
        annotator.api.ok(
          `mutation ($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } errors { code } } }`,
          {
            i: {
              articleId: article.gid,
              start: i,
              end: i + 4,
              topic: "FOREIGN_BACKING",
              stance: "ASSERTS",
              subjectId: duplicate.gid,
              attributionKind: "UNATTRIBUTED",
            },
          },
        );
      // Some claims are sent before the merge, some after: each is either written first and moved,
      // or waits for the merge (the actors are locked) and is refused.
      const early = Array.from({ length: 6 }, (_, i) => create(i));
      const pending = reviewer.api.ok(MERGE, { i: mergeInput(survivor, [duplicate]) });
      const late = Array.from({ length: 6 }, (_, i) => create(6 + i));
      const [merge, ...creates] = await Promise.all([pending, ...early, ...late]);
      expect(merge.mergeActors.errors).toEqual([]);
      // Each claim was either written before the merge (and moved) or refused after it.
      const written = creates.flatMap((result) => (result.createClaim.claim ? [result.createClaim.claim.id] : []));
      for (const result of creates.filter((result) => !result.createClaim.claim)) {
        expect(result.createClaim.errors.map((error: any) => error.code)).toEqual([
          expect.stringMatching(/^(UNKNOWN_ACTOR|NOT_FOUND)$/),
        ]);
      }
      const subjects = await db.prisma.claim.findMany({ where: { annotation: { articleId: article.id } } });
      expect(subjects).toHaveLength(written.length);
      expect(subjects.every((claim) => claim.subjectId === survivor.id)).toBe(true);
    });
  });
});
