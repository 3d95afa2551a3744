import { z } from "zod";

// The contract of `zfxxgk validate --format json` (and of each `--ndjson` line). Published as
// schemas/findings.schema.json by scripts/gen-docs.ts; a test validates real output against it.

const label = z.object({ zh: z.string(), en: z.string() });
const path = z.array(z.union([z.string(), z.number()]));
const severities = z.object({ error: z.int().min(0), warning: z.int().min(0), info: z.int().min(0) });
const counts = z.object({
  error: z.int().min(0).describe('Errors of the report (origin "report"), not waived.'),
  warning: z.int().min(0),
  info: z.int().min(0),
  waived: z.int().min(0).describe("Findings a waiver or the baseline covers; not counted above."),
  reading: severities.describe(
    'Reading problems (origin "reading"), not waived: never counted as the report\'s.',
  ),
});

export const documentStatusSchema = z
  .enum(["valid", "invalid", "incomplete", "unreadable", "not-a-report"])
  .describe(
    "valid (通过), invalid (有错误: errors of a report read whole), incomplete (读取不完整: the reading has errors or warnings), unreadable (无法读取), not-a-report (不是年度报告: a file met in a folder with no table of a report; not counted).",
  );

export const outputFindingSchema = z
  .object({
    id: z
      .string()
      .describe("Stable id of the problem: the same across runs, versions and machines (for waivers)."),
    ruleId: z
      .string()
      .describe(
        'A catalogue id such as "requests.balance", "schema", "config", "internal", "import.*" or a custom rule\'s id.',
      ),
    severity: z.enum(["error", "warning", "info"]),
    origin: z
      .enum(["report", "reading"])
      .describe(
        '"reading": about how the document was read (import.*, or a finding on a cell read uncertainly), never an error of the report.',
      ),
    path: path.describe("The main cell, as a canonical path."),
    cells: z.array(path).describe("Every cell the finding involves."),
    messageId: z.string(),
    message: z.string().describe("Rendered in the locale asked for (--locale)."),
    data: z.record(z.string(), z.unknown()).describe("The numbers behind the message."),
    table: z
      .enum(["meta", "二", "三", "四", "sections"])
      .nullable()
      .describe("The table the main cell sits in; null when the path is not a field of the edition."),
    label: label.nullable().describe("Row and column label of the main cell, when it is a field."),
    waived: z
      .object({ reason: z.string(), by: z.string().optional(), until: z.string().optional() })
      .optional()
      .describe("Present when a waiver or the baseline covers the finding."),
  })
  .describe("One finding on one cell.");

export const outputSuspectSchema = z
  .object({
    path: path.describe("The cell most likely wrong."),
    reported: z.int().nullable().describe("The published value; null when blank."),
    suggested: z.int().describe("The value that makes every broken equality hold."),
    reason: z.string().describe("Rendered in the locale asked for."),
    slip: z.string().nullable().describe("The typing slip the change matches, or null."),
    ambiguous: z.boolean().describe("One candidate among several that fit equally."),
  })
  .describe("Error localisation: a cell most likely wrong and the value it should hold.");

export const fileResultSchema = z
  .object({
    file: z.string().describe("The path as given or found in a folder."),
    line: z.int().min(1).optional().describe("Line number, for --ndjson input."),
    kind: z
      .enum(["json", "html", "text", "pdf", "docx", "png", "jpeg", "tiff"])
      .nullable()
      .describe("Input kind detected from the content."),
    encoding: z.string().nullable(),
    status: z.enum(["checked", "failed"]).describe('"failed": the file could not be read as a report.'),
    documentStatus: documentStatusSchema,
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    report: z
      .object({
        organ: z.string().optional(),
        year: z.number().optional(),
        edition: z.string().optional(),
      })
      .optional(),
    valid: z
      .boolean()
      .nullable()
      .describe("No error of the report (reading problems apart); null when the file failed."),
    summary: counts,
    findings: z.array(outputFindingSchema),
    suspects: z.array(outputSuspectSchema).describe("Cells most likely wrong, best first."),
  })
  .describe("The result for one report (one file, or one line of --ndjson input).");

export const runSummarySchema = z.object({
  files: z
    .int()
    .min(0)
    .describe("Reports looked at (files, or lines for --ndjson); files that are not reports apart."),
  valid: z.int().min(0),
  invalid: z.int().min(0).describe("Read whole, with at least one error of the report."),
  incomplete: z
    .int()
    .min(0)
    .describe("Read incompletely (读取不完整): reading problems of severity error or warning."),
  failed: z.int().min(0).describe("Could not be read as a report (无法读取), scans included."),
  error: z.int().min(0).describe("Errors of the reports."),
  warning: z.int().min(0),
  info: z.int().min(0),
  reading: severities.describe("Reading problems, apart from the reports' findings."),
  byRule: z.record(z.string(), z.int().min(0)).describe("Findings per rule id."),
  notReports: z
    .array(z.string())
    .describe("Files met in a folder that hold no report (不是年度报告): listed, not counted."),
  skipped: z
    .array(z.string())
    .describe("Files a folder walk skipped for their format (.xlsx, .doc, images …): named, not read."),
});

export const validateOutputSchema = z
  .object({
    tool: z.literal("zfxxgk"),
    version: z.string(),
    locale: z.enum(["zh-CN", "en"]),
    files: z.array(fileResultSchema),
    summary: runSummarySchema,
  })
  .describe("Output of `zfxxgk validate --format json`.");

export type OutputFinding = z.infer<typeof outputFindingSchema>;
export type FileResult = z.infer<typeof fileResultSchema>;
export type OutputSuspect = z.infer<typeof outputSuspectSchema>;
export type RunSummary = z.infer<typeof runSummarySchema>;
export type ValidateOutput = z.infer<typeof validateOutputSchema>;

/** JSON Schemas (draft 2020-12) of the document and of one NDJSON line. */
export function outputJsonSchemas(): { document: unknown; line: unknown } {
  const options = { target: "draft-2020-12" as const, io: "output" as const };
  return {
    document: {
      $id: "https://unpkg.com/zfxxgk/schemas/findings.schema.json",
      ...z.toJSONSchema(validateOutputSchema, options),
    },
    line: {
      $id: "https://unpkg.com/zfxxgk/schemas/findings-line.schema.json",
      ...z.toJSONSchema(fileResultSchema, options),
    },
  };
}
