import { z } from "zod";
import { VERDICTS } from "@/lib/domain/claims/verdicts";
import { personSchema } from "@/lib/api/common-schemas";

const share = z.number().nullable().meta({ description: "0..1; null when there is nothing to compare" });
const coefficient = z.number().nullable().meta({ description: "-1..1; null when there is nothing to compare" });
const verdict = z.enum(VERDICTS);
const spanScores = z.object({ matched: z.number().int(), precision: share, recall: share, f1: share });
const confusion = z
  .object({ categories: z.array(verdict), cells: z.record(verdict, z.record(verdict, z.number().int())) })
  .meta({ description: "cells[left editor's verdict][right editor's verdict]: matched claims" });

const pair = z.object({
  editorA: personSchema,
  editorB: personSchema,
  spanExact: spanScores,
  spanOverlap: spanScores,
  matchedClaims: z.number().int(),
  observedAgreement: share,
  cohenKappa: coefficient,
  confusion,
});

const figures = z.object({
  pairs: z.array(pair),
  matchedClaims: z.number().int().meta({ description: "Statements two or more editors marked (overlapping spans)" }),
  spanF1Exact: share,
  spanF1Overlap: share,
  observedAgreement: share,
  fleissKappa: coefficient,
  fleissUnits: z.number().int(),
  krippendorffAlpha: coefficient,
  confusion,
  overlapThreshold: z.number(),
});

/** lib/server/agreement/get-session-agreement.ts. */
export const sessionAgreementSchema = z
  .object({
    sessionId: z.string(),
    overlapThreshold: z.number(),
    doubleChecked: z.number().int().meta({ description: "Double-checked articles in the session" }),
    finished: z.number().int().meta({ description: "Those every checker marked done: the figures cover these only" }),
    session: figures,
    articles: z.array(
      z.object({
        articleId: z.string(),
        title: z.string(),
        editors: z.array(personSchema),
        differences: z.number().int(),
        openDifferences: z.number().int(),
        figures,
      }),
    ),
  })
  .meta({ id: "SessionAgreement" });

/** lib/server/agreement/list-differences.ts. */
export const differenceListSchema = z
  .object({
    sessionId: z.string(),
    articleId: z.string(),
    title: z.string(),
    ready: z.boolean().meta({ description: "Every checker is done; until then the list is empty" }),
    editors: z.array(personSchema.extend({ doneAt: z.string().nullable() })),
    differences: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(["ONLY_ONE", "SPANS_DIFFER", "VERDICTS_DIFFER", "AGREED"]),
        label: z.string(),
        sides: z.array(
          z.object({
            claimId: z.string(),
            editor: personSchema,
            start: z.number().int(),
            end: z.number().int(),
            exact: z.string(),
            prefix: z.string().meta({ description: "The words before the quote (W3C TextQuoteSelector prefix)" }),
            suffix: z.string().meta({ description: "The words after it" }),
            verdict,
          }),
        ),
        missing: z.array(personSchema).meta({ description: "Checkers who did not mark it" }),
        resolution: z
          .object({ action: z.enum(["KEEP", "MERGE", "DROP", "ACCEPT"]), claimId: z.string().nullable(), note: z.string().nullable(), resolvedBy: personSchema, resolvedAt: z.string() })
          .nullable(),
      }),
    ),
  })
  .meta({ id: "DifferenceList" });

export const resolutionResultSchema = z.object({
  key: z.string(),
  action: z.enum(["KEEP", "MERGE", "DROP", "ACCEPT"]),
  claimId: z.string().nullable().meta({ description: "The article claim it made (none when dropped)" }),
  note: z.string().nullable(),
  resolvedAt: z.string(),
});

export const checkDoneSchema = z.object({ sessionId: z.string(), articleId: z.string(), done: z.array(z.string()), allDone: z.boolean() });
export const reopenResultSchema = z.object({ sessionId: z.string(), articleId: z.string(), editorId: z.string(), reopened: z.literal(true) });
