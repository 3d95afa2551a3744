/**
 * zfxxgk — typed schemas, reconciliation rules (勾稽关系) and year-over-year diffs for the annual
 * reports on government information disclosure (政府信息公开工作年度报告) that every administrative
 * organ in China publishes under 《中华人民共和国政府信息公开条例》.
 *
 * @packageDocumentation
 */

// Configuration: rule levels, custom rules, waivers, stable finding ids
export type {
  ConfigProblem,
  RuleKey,
  RuleLevel,
  RuleLevels,
  Waiver,
  ZfxxgkConfig,
} from "./config/config.js";
export { ConfigError, defineConfig } from "./config/config.js";
export type { ReportIdentity } from "./config/finding-id.js";
export { findingId } from "./config/finding-id.js";
export type { ConfigMessageId } from "./config/messages.js";
export { CONFIG_MESSAGES } from "./config/messages.js";
export type { MessageId, Messages } from "./i18n/catalogue.js";
export { builtInMessages } from "./i18n/catalogue.js";
export type { AppealColumn, AppealGroup, AppealOutcomes, Appeals } from "./model/appeals.js";
export { APPEAL_COLUMNS, APPEAL_GROUPS, appealsSchema } from "./model/appeals.js";
// Model and schemas
export type { ApplicantColumn, Applicants } from "./model/applicants.js";
export { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS } from "./model/applicants.js";
export type { Edition } from "./model/edition.js";
export { EDITION_SOURCES, EDITIONS } from "./model/edition.js";
export type { Report2019, Report2019Input } from "./model/edition-2019/schema.js";
export { proactive2019Schema, report2019Schema, requests2019Schema } from "./model/edition-2019/schema.js";
export type { Report2021, Report2021Input } from "./model/edition-2021/schema.js";
export { proactive2021Schema, report2021Schema, requests2021Schema } from "./model/edition-2021/schema.js";
export type { EmptyReportMeta, ReportInputOf } from "./model/empty.js";
export { emptyReport } from "./model/empty.js";
export type { FieldInfo } from "./model/fields.js";
export { fieldAt, fields } from "./model/fields.js";
export type { FieldMeta, Label, TableId, Unit } from "./model/label.js";
export type { OutlineHeading, OutlineScheme } from "./model/outline.js";
export { OUTLINE_PARTS, parseOutlineHeading } from "./model/outline.js";
export { getAt } from "./model/path.js";
export type { ProactiveColumn, ProactiveRow } from "./model/proactive-rows.js";
export { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021 } from "./model/proactive-rows.js";
export type { AnnualReport, AnnualReportInput } from "./model/report.js";
export { reportSchema } from "./model/report.js";
export type { OrganKind, OutlineEntry, Sections } from "./model/report-meta.js";
export type { OutcomeGroup, Table3Row } from "./model/table3.js";
export { TABLE3_CORNER_NOTE, table3Rows } from "./model/table3.js";
export type { FieldPath, Paths, ReportOf } from "./model/typed-path.js";
// Rules and validation
export type { RuleId, RulePrefix } from "./rules/catalogue.js";
export { rules } from "./rules/catalogue.js";
export { defineRule } from "./rules/define-rule.js";
export type { Equation, EquationTerm } from "./rules/equation.js";
export { renderTemplate } from "./rules/format.js";
export type { RuleSelection } from "./rules/select.js";
export type {
  Finding,
  FindingDraft,
  FindingOrigin,
  FindingRuleId,
  Locale,
  Path,
  Report,
  ReportPart,
  Rule,
  RuleContext,
  RuleMeta,
  Severity,
  Term,
  Waived,
} from "./rules/types.js";
export { toJsonSchema } from "./schema/json-schema.js";
export type { StandardSchemaV1 } from "./validate/standard-schema.js";
export { reportValidator } from "./validate/standard-schema.js";
export type { DocumentStatus, SplitCounts } from "./validate/status.js";
export { DOCUMENT_STATUS_LABELS } from "./validate/status.js";
export type {
  ReadingInput,
  Suspect,
  ValidateOptions,
  ValidationResult,
  Validator,
} from "./validate/validate.js";
export { createValidator, validateReport } from "./validate/validate.js";

// Year over year: cross-year rules, diffReports, diffSeries and their renderers

export type { CrosswalkLink } from "./diff/crosswalk.js";
export { TABLE2_CROSSWALK, TABLE3_CROSSWALK } from "./diff/crosswalk.js";
export type { DiffOptions, SafeDiffResult } from "./diff/diff-reports.js";
export { diffReports, safeDiffReports } from "./diff/diff-reports.js";
export { diffSeries } from "./diff/diff-series.js";
export { ReportInputError } from "./diff/errors.js";
export type { FigureTable, FigureValue } from "./diff/figures.js";
export { renderDiffMarkdown } from "./diff/render-markdown.js";
export type { RenderDiffOptions } from "./diff/render-model.js";
export { renderDiffText } from "./diff/render-text.js";
export type { DiffEntry, ReportDiff, SeriesDiff, SeriesFigure } from "./diff/types.js";
export { BOILERPLATE, stripBoilerplate } from "./rules/cross-year/boilerplate.js";
export { COPIED_TEXT_MIN_LENGTH, COPIED_TEXT_THRESHOLD } from "./rules/cross-year/copied-text.js";
export { PREVIOUS, previousPath } from "./rules/cross-year/previous.js";
export type { TextOverlap } from "./rules/cross-year/similarity.js";
export { normaliseNarrative, SHINGLE, textOverlap } from "./rules/cross-year/similarity.js";

// Import and render: published pages and text ↔ reports

export type { ImportLimits } from "./import/budget.js";
export { DEFAULT_LIMITS } from "./import/budget.js";
export type { ImportedReport, ImportOptions, ImportResult } from "./import/import.js";
export type { DocumentOptions, DocumentResult } from "./import/import-document.js";
export { importDocument } from "./import/import-document.js";
export { importHtml } from "./import/import-html.js";
export { importText } from "./import/import-text.js";
export { IMPORT_MESSAGES } from "./import/messages.js";
export type { OcrEngine, OcrMode, OcrPageStart, OcrSetup, OcrWord } from "./import/pdf/ocr/engine.js";
export type { DocumentFormat } from "./import/sniff.js";
export { renderHtml } from "./render/html.js";
export { renderMarkdown } from "./render/markdown.js";
export type { ReviewIndexEntry } from "./render/review/index-page.js";
export { renderReviewIndex, reviewIndexEntry } from "./render/review/index-page.js";
export type { ReviewOptions } from "./render/review/render-review.js";
export { renderReview } from "./render/review/render-review.js";

// Error localisation (suspects)

export type { LocaliseOptions } from "./localise/localise.js";
export { localiseErrors } from "./localise/localise.js";
export type { ErrorLocalisation, Slip, SuspectArea } from "./localise/types.js";

// A whole region: years paired per organ, coverage, indicators

export type { RegionInput, RegionOptions, RegionReport, ReportHead } from "./region/check.js";
export { checkRegion, PREVIOUS_MISSING, reportHead } from "./region/check.js";
export type {
  ConsolidationOptions,
  ConsolidationRow,
  ConsolidationTerm,
} from "./region/consolidation.js";
export {
  ConsolidationCheck,
  ConsolidationError,
  consolidationMessage,
  consolidationTerms,
} from "./region/consolidation.js";
export type { CoverageRow } from "./region/coverage.js";
export { CoverageTracker, coverage, regionOrder } from "./region/coverage.js";
export type { Indicator, IndicatorId, IndicatorOptions } from "./region/indicators.js";
export {
  INDICATOR_IDS,
  INDICATOR_LABELS,
  INDICATOR_MIN_COUNT,
  indicators,
  rateChange,
  sumIndicators,
} from "./region/indicators.js";
export type { OrganEntry, OrganList } from "./region/organ-name.js";
export { normaliseOrganName, OrganListError, organKindOf, parseOrgans } from "./region/organ-name.js";
export type { RegionIndicator } from "./region/totals.js";
export { RegionTotals } from "./region/totals.js";
