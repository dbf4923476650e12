import type { LedgerClaim } from "../../src/modules/ledger/ledger.build";
import { buildLedger } from "../../src/modules/ledger/ledger.build";

const day = (d: number) => new Date(Date.UTC(2020, 0, d));
let n = 0;
const claim = (fields: Partial<LedgerClaim> & Pick<LedgerClaim, "stance">): LedgerClaim => ({
  id: `c${++n}`,
  counterpartIds: [],
  claimantId: null,
  attributionText: null,
  attributionKind: "UNATTRIBUTED",
  seenAt: day(1),
  ...fields,
});

describe("buildLedger", () => {
  it("puts a claim naming several counterparts on each of their sides, and a denial naming none apart", () => {
    const reports = claim({ stance: "ASSERTS", counterpartIds: ["ru", "eg", "ae"], attributionText: "the reports" });
    const general = claim({ stance: "DENIES", claimantId: "lna", attributionKind: "SELF", seenAt: day(2) });
    const specific = claim({ stance: "DENIES", counterpartIds: ["ru"], claimantId: "lna", attributionKind: "SELF" });
    const ledger = buildLedger([general, reports, specific]);
    expect(ledger.claimCount).toBe(3);
    expect(ledger.counterparts.map((c) => c.counterpartId)).toEqual(["ru", "eg", "ae"]);
    const ru = ledger.counterparts[0]!;
    expect(ru.asserts.claimIds).toEqual([reports.id]);
    expect(ru.denies.claimIds).toEqual([specific.id]);
    expect(ledger.counterparts[1]!.denies.count).toBe(0);
    expect(ledger.generalDenials).toMatchObject({ stance: "DENIES", general: true, count: 1, claimIds: [general.id] });
    expect(ledger.generalAssertions.count).toBe(0);
  });

  it("counts sources by claimant, or by attribution when no claimant is named, with first and last seen", () => {
    const ledger = buildLedger([
      claim({
        stance: "ASSERTS",
        counterpartIds: ["ae"],
        claimantId: "gna",
        attributionText: "the GNA said",
        seenAt: day(5),
      }),
      claim({
        stance: "ASSERTS",
        counterpartIds: ["ae"],
        claimantId: "gna",
        attributionText: "GNA officials",
        seenAt: day(3),
      }),
      claim({ stance: "ASSERTS", counterpartIds: ["ae"], attributionText: "the reports", seenAt: day(9) }),
      claim({
        stance: "ASSERTS",
        counterpartIds: ["ae"],
        attributionText: "the reports",
        attributionKind: "ANONYMOUS_SOURCE",
      }),
    ]);
    const ae = ledger.counterparts[0]!.asserts;
    expect(ae.count).toBe(4);
    expect(ae.firstSeen).toEqual(day(1));
    expect(ae.lastSeen).toEqual(day(9));
    expect(ae.sources).toEqual([
      { claimantId: null, attributionText: "the reports", attributionKind: "ANONYMOUS_SOURCE", count: 1 },
      { claimantId: "gna", attributionText: null, attributionKind: "UNATTRIBUTED", count: 2 },
      { claimantId: null, attributionText: "the reports", attributionKind: "UNATTRIBUTED", count: 1 },
    ]);
  });

  it("orders counterparts by how much is said about them, then by who was named first", () => {
    const ledger = buildLedger([
      claim({ stance: "ASSERTS", counterpartIds: ["a"], seenAt: day(1) }),
      claim({ stance: "ASSERTS", counterpartIds: ["b"], seenAt: day(2) }),
      claim({ stance: "DENIES", counterpartIds: ["b"], seenAt: day(3) }),
      claim({ stance: "ASSERTS", counterpartIds: ["c", "c"], seenAt: day(4) }),
    ]);
    expect(ledger.counterparts.map((c) => [c.counterpartId, c.asserts.count + c.denies.count])).toEqual([
      ["b", 2],
      ["a", 1],
      ["c", 1],
    ]);
  });

  it("is empty for no claims", () => {
    expect(buildLedger([])).toMatchObject({
      claimCount: 0,
      counterparts: [],
      generalDenials: { count: 0, firstSeen: null },
    });
  });
});
