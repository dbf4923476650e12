import type { AnnotationStatus, Role } from "../../src/generated/prisma/enums";
import {
  availableMoves,
  checkEdit,
  checkMove,
  statusAfterCorrection,
  TRANSITIONS,
} from "../../src/modules/workflow/workflow.table";

const AUTHOR = "author";
const OTHER = "other";
const subject = (status: AnnotationStatus, lastEditorId: string = AUTHOR) => ({
  status,
  authorId: AUTHOR,
  lastEditorId,
});
const as = (role: Role, userId = OTHER) => ({ role, userId });

describe("workflow table", () => {
  describe("checkMove", () => {
    it.each([
      // [from, to, role, who, comment, expected]
      ["DRAFT", "IN_REVIEW", "ANNOTATOR", AUTHOR, null, "ok"],
      ["DRAFT", "IN_REVIEW", "ANNOTATOR", OTHER, null, "FORBIDDEN"],
      ["DRAFT", "IN_REVIEW", "ADMIN", OTHER, null, "ok"],
      ["CHANGES_REQUESTED", "IN_REVIEW", "ANNOTATOR", AUTHOR, null, "ok"],
      ["IN_REVIEW", "APPROVED", "REVIEWER", OTHER, null, "ok"],
      ["IN_REVIEW", "APPROVED", "ANNOTATOR", OTHER, null, "FORBIDDEN"],
      ["IN_REVIEW", "APPROVED", "REVIEWER", AUTHOR, null, "FORBIDDEN"],
      ["IN_REVIEW", "APPROVED", "ADMIN", AUTHOR, null, "FORBIDDEN"],
      ["IN_REVIEW", "CHANGES_REQUESTED", "REVIEWER", OTHER, "please fix", "ok"],
      ["IN_REVIEW", "CHANGES_REQUESTED", "REVIEWER", OTHER, null, "COMMENT_REQUIRED"],
      ["IN_REVIEW", "CHANGES_REQUESTED", "REVIEWER", OTHER, "   ", "COMMENT_REQUIRED"],
      ["IN_REVIEW", "REJECTED", "ADMIN", OTHER, "off topic", "ok"],
      ["IN_REVIEW", "REJECTED", "REVIEWER", OTHER, null, "COMMENT_REQUIRED"],
      ["APPROVED", "PUBLISHED", "REVIEWER", OTHER, null, "ok"],
      ["APPROVED", "PUBLISHED", "ADMIN", AUTHOR, null, "FORBIDDEN"],
      ["APPROVED", "PUBLISHED", "ANNOTATOR", OTHER, null, "FORBIDDEN"],
      ["PUBLISHED", "RETRACTED", "REVIEWER", OTHER, "wrong speaker", "ok"],
      ["PUBLISHED", "RETRACTED", "REVIEWER", OTHER, null, "COMMENT_REQUIRED"],
      ["PUBLISHED", "RETRACTED", "ANNOTATOR", AUTHOR, "mine", "FORBIDDEN"],
      ["SUGGESTED", "DRAFT", "ANNOTATOR", OTHER, null, "ok"],
      ["SUGGESTED", "REJECTED", "ANNOTATOR", OTHER, null, "COMMENT_REQUIRED"],
      ["DRAFT", "PUBLISHED", "ADMIN", OTHER, null, "INVALID_TRANSITION"],
      ["IN_REVIEW", "PUBLISHED", "REVIEWER", OTHER, null, "INVALID_TRANSITION"],
      ["RETRACTED", "PUBLISHED", "ADMIN", OTHER, null, "INVALID_TRANSITION"],
      ["REJECTED", "IN_REVIEW", "ANNOTATOR", AUTHOR, null, "INVALID_TRANSITION"],
    ] as const)("%s → %s by a %s (%s, comment %p): %s", (from, to, role, who, comment, expected) => {
      const verdict = checkMove(as(role, who), subject(from), to, comment);
      expect(verdict.ok ? "ok" : verdict.code).toBe(expected);
    });

    it("keeps the last editor from approving or publishing what they edited, admins included", () => {
      for (const role of ["REVIEWER", "ADMIN"] as const) {
        const edited = { status: "IN_REVIEW" as const, authorId: AUTHOR, lastEditorId: "editor" };
        expect(checkMove(as(role, "editor"), edited, "APPROVED")).toMatchObject({ ok: false, code: "FORBIDDEN" });
        expect(checkMove(as(role, "third"), edited, "APPROVED")).toMatchObject({ ok: true });
      }
    });
  });

  describe("four eyes with an edit history", () => {
    it("refuses anyone who edited the annotation, even when someone else edited it last", () => {
      const edited = {
        status: "IN_REVIEW" as const,
        authorId: AUTHOR,
        lastEditorId: "second",
        editorIds: ["first", "second"],
      };
      expect(checkMove(as("REVIEWER", "first"), edited, "APPROVED")).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(checkMove(as("REVIEWER", "third"), edited, "APPROVED")).toMatchObject({ ok: true });
    });
  });

  describe("availableMoves", () => {
    it("lists exactly the moves checkMove allows (given a comment)", () => {
      const statuses = [...new Set(TRANSITIONS.flatMap((m) => [m.from, m.to]))];
      for (const status of statuses) {
        for (const role of ["ANNOTATOR", "REVIEWER", "ADMIN"] as const) {
          for (const who of [AUTHOR, OTHER]) {
            const listed = availableMoves(as(role, who), subject(status)).map((m) => m.to);
            const allowed = statuses.filter((to) => checkMove(as(role, who), subject(status), to, "why").ok);
            expect({ status, role, who, moves: listed.sort() }).toEqual({ status, role, who, moves: allowed.sort() });
          }
        }
      }
    });

    it("gives a reviewer approve, request changes and reject on someone else's work in review", () => {
      expect(availableMoves(as("REVIEWER"), subject("IN_REVIEW", AUTHOR)).map((m) => [m.to, m.comment])).toEqual([
        ["APPROVED", false],
        ["CHANGES_REQUESTED", true],
        ["REJECTED", true],
      ]);
    });
  });

  describe("checkEdit", () => {
    it.each([
      ["DRAFT", "ANNOTATOR", AUTHOR, "DRAFT"],
      ["DRAFT", "ANNOTATOR", OTHER, "FORBIDDEN"],
      ["DRAFT", "ADMIN", OTHER, "DRAFT"],
      ["CHANGES_REQUESTED", "ANNOTATOR", AUTHOR, "CHANGES_REQUESTED"],
      ["IN_REVIEW", "ANNOTATOR", AUTHOR, "FORBIDDEN"],
      ["IN_REVIEW", "REVIEWER", OTHER, "IN_REVIEW"],
      ["APPROVED", "REVIEWER", OTHER, "IN_REVIEW"],
      ["PUBLISHED", "ADMIN", OTHER, "NOT_EDITABLE"],
      ["RETRACTED", "ADMIN", AUTHOR, "NOT_EDITABLE"],
      ["REJECTED", "ANNOTATOR", AUTHOR, "NOT_EDITABLE"],
      ["ORPHANED", "ANNOTATOR", AUTHOR, "IN_REVIEW"],
      ["ORPHANED", "ANNOTATOR", OTHER, "FORBIDDEN"],
      ["ORPHANED", "REVIEWER", OTHER, "IN_REVIEW"],
    ] as const)("%s by a %s (%s) → %s", (status, role, who, expected) => {
      const verdict = checkEdit(as(role, who), subject(status));
      expect(verdict.ok ? verdict.value : verdict.code).toBe(expected);
    });
  });

  describe("statusAfterCorrection", () => {
    it.each([
      ["PUBLISHED", "UNCHANGED", "PUBLISHED"],
      ["PUBLISHED", "MOVED", "PUBLISHED"],
      ["PUBLISHED", "CHANGED", "IN_REVIEW"],
      ["APPROVED", "CHANGED", "IN_REVIEW"],
      ["DRAFT", "CHANGED", "DRAFT"],
      ["IN_REVIEW", "ORPHANED", "ORPHANED"],
      ["PUBLISHED", "ORPHANED", "ORPHANED"],
      ["RETRACTED", "MOVED", "RETRACTED"],
      ["RETRACTED", "CHANGED", null],
      ["REJECTED", "ORPHANED", null],
      ["ORPHANED", "MOVED", null],
    ] as const)("%s, %s → %s", (status, result, expected) => {
      expect(statusAfterCorrection(status, result)).toBe(expected);
    });

    it("lets a reviewer dismiss an orphan with a reason", () => {
      expect(checkMove(as("REVIEWER", OTHER), subject("ORPHANED"), "REJECTED", "gone").ok).toBe(true);
      expect(checkMove(as("REVIEWER", OTHER), subject("ORPHANED"), "REJECTED").ok).toBe(false);
    });
  });
});
