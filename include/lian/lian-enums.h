/* lian-enums.h: the vocabulary of the domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib-object.h>
#include <lian/lian-version.h>

G_BEGIN_DECLS

/**
 * LianLevel:
 * @LIAN_LEVEL_PROVINCE: province (省)
 * @LIAN_LEVEL_CITY: city (市)
 * @LIAN_LEVEL_COUNTY: county, district or county-level city (县、区)
 *
 * An administrative level. The nicks are `province`, `city`, `county`.
 */
typedef enum {
  LIAN_LEVEL_PROVINCE,
  LIAN_LEVEL_CITY,
  LIAN_LEVEL_COUNTY,
} LianLevel;

/**
 * LianChainTier:
 * @LIAN_CHAIN_TIER_UNRATED: not rated by the province
 * @LIAN_CHAIN_TIER_KEY: a key chain (重点)
 * @LIAN_CHAIN_TIER_ADVANTAGE: an advantage chain (优势)
 * @LIAN_CHAIN_TIER_EXCELLENT: an excellent chain (卓越)
 *
 * How the province rates an industrial chain.
 */
typedef enum {
  LIAN_CHAIN_TIER_UNRATED,
  LIAN_CHAIN_TIER_KEY,
  LIAN_CHAIN_TIER_ADVANTAGE,
  LIAN_CHAIN_TIER_EXCELLENT,
} LianChainTier;

/**
 * LianChainRole:
 * @LIAN_CHAIN_ROLE_LEADER: a chain-leader enterprise (链主企业)
 * @LIAN_CHAIN_ROLE_CORE: a core enterprise
 * @LIAN_CHAIN_ROLE_SUPPORTING: a supporting enterprise
 * @LIAN_CHAIN_ROLE_SERVICE: a service enterprise
 *
 * The role of an enterprise on a chain.
 */
typedef enum {
  LIAN_CHAIN_ROLE_LEADER,
  LIAN_CHAIN_ROLE_CORE,
  LIAN_CHAIN_ROLE_SUPPORTING,
  LIAN_CHAIN_ROLE_SERVICE,
} LianChainRole;

/**
 * LianEnterpriseSize:
 * @LIAN_ENTERPRISE_SIZE_UNKNOWN: not stated
 * @LIAN_ENTERPRISE_SIZE_LARGE: large
 * @LIAN_ENTERPRISE_SIZE_MEDIUM: medium
 * @LIAN_ENTERPRISE_SIZE_SMALL: small
 * @LIAN_ENTERPRISE_SIZE_MICRO: micro
 *
 * The size class of an enterprise.
 */
typedef enum {
  LIAN_ENTERPRISE_SIZE_UNKNOWN,
  LIAN_ENTERPRISE_SIZE_LARGE,
  LIAN_ENTERPRISE_SIZE_MEDIUM,
  LIAN_ENTERPRISE_SIZE_SMALL,
  LIAN_ENTERPRISE_SIZE_MICRO,
} LianEnterpriseSize;

/**
 * LianEnterpriseTags:
 * @LIAN_ENTERPRISE_TAGS_NONE: no tag
 * @LIAN_ENTERPRISE_TAGS_SRDI: specialised, refined, distinctive, innovative (专精特新)
 * @LIAN_ENTERPRISE_TAGS_LITTLE_GIANT: a national "little giant" (小巨人)
 * @LIAN_ENTERPRISE_TAGS_HIGH_TECH: a high-tech enterprise (高新技术企业)
 * @LIAN_ENTERPRISE_TAGS_LISTED: listed on a stock exchange
 * @LIAN_ENTERPRISE_TAGS_STATE_OWNED: state-owned
 * @LIAN_ENTERPRISE_TAGS_PRIVATE: privately owned
 * @LIAN_ENTERPRISE_TAGS_FOREIGN_FUNDED: foreign-funded
 * @LIAN_ENTERPRISE_TAGS_HEADQUARTERS: the headquarters of a group
 *
 * Tags an enterprise may carry, any number at once.
 */
typedef enum /*< flags >*/ {
  LIAN_ENTERPRISE_TAGS_NONE = 0,
  LIAN_ENTERPRISE_TAGS_SRDI = 1 << 0,
  LIAN_ENTERPRISE_TAGS_LITTLE_GIANT = 1 << 1,
  LIAN_ENTERPRISE_TAGS_HIGH_TECH = 1 << 2,
  LIAN_ENTERPRISE_TAGS_LISTED = 1 << 3,
  LIAN_ENTERPRISE_TAGS_STATE_OWNED = 1 << 4,
  LIAN_ENTERPRISE_TAGS_PRIVATE = 1 << 5,
  LIAN_ENTERPRISE_TAGS_FOREIGN_FUNDED = 1 << 6,
  LIAN_ENTERPRISE_TAGS_HEADQUARTERS = 1 << 7,
} LianEnterpriseTags;

/**
 * LianOrgKind:
 * @LIAN_ORG_KIND_ALLIANCE: a chain party-building alliance (产业链党建联盟)
 * @LIAN_ORG_KIND_CHAIN_COMMITTEE: a chain party committee (产业链党委)
 * @LIAN_ORG_KIND_JOINT_COMMITTEE: a joint committee (联合党委)
 * @LIAN_ORG_KIND_BRANCH: a branch (党支部)
 * @LIAN_ORG_KIND_ACTION_BRANCH: an action branch formed to crack one problem (行动支部)
 * @LIAN_ORG_KIND_SERVICE_TEAM: a service team (先锋服务队)
 * @LIAN_ORG_KIND_PARTY_SCHOOL: a party school (企业党校, 流动党校)
 * @LIAN_ORG_KIND_ENTERPRISE: an enterprise's own party organisation (企业党组织)
 *
 * The kind of a party organisation.
 */
typedef enum {
  LIAN_ORG_KIND_ALLIANCE,
  LIAN_ORG_KIND_CHAIN_COMMITTEE,
  LIAN_ORG_KIND_JOINT_COMMITTEE,
  LIAN_ORG_KIND_BRANCH,
  LIAN_ORG_KIND_ACTION_BRANCH,
  LIAN_ORG_KIND_SERVICE_TEAM,
  LIAN_ORG_KIND_PARTY_SCHOOL,
  LIAN_ORG_KIND_ENTERPRISE,
} LianOrgKind;

/**
 * LianServiceKind:
 * @LIAN_SERVICE_KIND_POLICY: a policy (政策)
 * @LIAN_SERVICE_KIND_RESOURCE: a resource (资源)
 * @LIAN_SERVICE_KIND_PROJECT: a project (项目)
 * @LIAN_SERVICE_KIND_CARRIER: a carrier: a park, a platform (载体)
 * @LIAN_SERVICE_KIND_SERVICE: a service (服务)
 *
 * The kind of an item on a department's resources list.
 */
typedef enum {
  LIAN_SERVICE_KIND_POLICY,
  LIAN_SERVICE_KIND_RESOURCE,
  LIAN_SERVICE_KIND_PROJECT,
  LIAN_SERVICE_KIND_CARRIER,
  LIAN_SERVICE_KIND_SERVICE,
} LianServiceKind;

/**
 * LianNeedCategory:
 * @LIAN_NEED_CATEGORY_FINANCING: financing (融资)
 * @LIAN_NEED_CATEGORY_LAND: land (用地)
 * @LIAN_NEED_CATEGORY_TECHNOLOGY: technology (技术)
 * @LIAN_NEED_CATEGORY_TALENT: talent (人才)
 * @LIAN_NEED_CATEGORY_TAX: tax (税务)
 * @LIAN_NEED_CATEGORY_LISTING: listing on an exchange (上市)
 * @LIAN_NEED_CATEGORY_ENVIRONMENT: environment (环保)
 * @LIAN_NEED_CATEGORY_SAFETY: safety (安全)
 * @LIAN_NEED_CATEGORY_LOGISTICS: logistics (物流)
 * @LIAN_NEED_CATEGORY_MARKET: market: orders, capacity (市场)
 * @LIAN_NEED_CATEGORY_INVESTMENT: investment (招商)
 * @LIAN_NEED_CATEGORY_POLICY: policy (政策)
 * @LIAN_NEED_CATEGORY_OTHER: anything else (其他)
 *
 * What an enterprise's need is about.
 */
typedef enum {
  LIAN_NEED_CATEGORY_FINANCING,
  LIAN_NEED_CATEGORY_LAND,
  LIAN_NEED_CATEGORY_TECHNOLOGY,
  LIAN_NEED_CATEGORY_TALENT,
  LIAN_NEED_CATEGORY_TAX,
  LIAN_NEED_CATEGORY_LISTING,
  LIAN_NEED_CATEGORY_ENVIRONMENT,
  LIAN_NEED_CATEGORY_SAFETY,
  LIAN_NEED_CATEGORY_LOGISTICS,
  LIAN_NEED_CATEGORY_MARKET,
  LIAN_NEED_CATEGORY_INVESTMENT,
  LIAN_NEED_CATEGORY_POLICY,
  LIAN_NEED_CATEGORY_OTHER,
} LianNeedCategory;

/**
 * LianNeedCategories:
 * @LIAN_NEED_CATEGORIES_NONE: no category
 * @LIAN_NEED_CATEGORIES_FINANCING: financing
 * @LIAN_NEED_CATEGORIES_LAND: land
 * @LIAN_NEED_CATEGORIES_TECHNOLOGY: technology
 * @LIAN_NEED_CATEGORIES_TALENT: talent
 * @LIAN_NEED_CATEGORIES_TAX: tax
 * @LIAN_NEED_CATEGORIES_LISTING: listing
 * @LIAN_NEED_CATEGORIES_ENVIRONMENT: environment
 * @LIAN_NEED_CATEGORIES_SAFETY: safety
 * @LIAN_NEED_CATEGORIES_LOGISTICS: logistics
 * @LIAN_NEED_CATEGORIES_MARKET: market
 * @LIAN_NEED_CATEGORIES_INVESTMENT: investment
 * @LIAN_NEED_CATEGORIES_POLICY: policy
 * @LIAN_NEED_CATEGORIES_OTHER: anything else
 *
 * A set of need categories: what a service item serves. The flag of a
 * [enum@Lian.NeedCategory] `c` is `1 << c`.
 */
typedef enum /*< flags >*/ {
  LIAN_NEED_CATEGORIES_NONE = 0,
  LIAN_NEED_CATEGORIES_FINANCING = 1 << LIAN_NEED_CATEGORY_FINANCING,
  LIAN_NEED_CATEGORIES_LAND = 1 << LIAN_NEED_CATEGORY_LAND,
  LIAN_NEED_CATEGORIES_TECHNOLOGY = 1 << LIAN_NEED_CATEGORY_TECHNOLOGY,
  LIAN_NEED_CATEGORIES_TALENT = 1 << LIAN_NEED_CATEGORY_TALENT,
  LIAN_NEED_CATEGORIES_TAX = 1 << LIAN_NEED_CATEGORY_TAX,
  LIAN_NEED_CATEGORIES_LISTING = 1 << LIAN_NEED_CATEGORY_LISTING,
  LIAN_NEED_CATEGORIES_ENVIRONMENT = 1 << LIAN_NEED_CATEGORY_ENVIRONMENT,
  LIAN_NEED_CATEGORIES_SAFETY = 1 << LIAN_NEED_CATEGORY_SAFETY,
  LIAN_NEED_CATEGORIES_LOGISTICS = 1 << LIAN_NEED_CATEGORY_LOGISTICS,
  LIAN_NEED_CATEGORIES_MARKET = 1 << LIAN_NEED_CATEGORY_MARKET,
  LIAN_NEED_CATEGORIES_INVESTMENT = 1 << LIAN_NEED_CATEGORY_INVESTMENT,
  LIAN_NEED_CATEGORIES_POLICY = 1 << LIAN_NEED_CATEGORY_POLICY,
  LIAN_NEED_CATEGORIES_OTHER = 1 << LIAN_NEED_CATEGORY_OTHER,
} LianNeedCategories;

/**
 * LianNeedStatus:
 * @LIAN_NEED_STATUS_SUBMITTED: reported by the enterprise (已提交)
 * @LIAN_NEED_STATUS_ACCEPTED: accepted by an organisation (已受理)
 * @LIAN_NEED_STATUS_IN_PROGRESS: being worked on (办理中)
 * @LIAN_NEED_STATUS_RESOLVED: resolved (已解决)
 * @LIAN_NEED_STATUS_CLOSED: closed without a resolution (已关闭)
 *
 * Where a need stands. The moves allowed are: submitted → accepted or
 * closed; accepted → in-progress, resolved or closed; in-progress → resolved
 * or closed; resolved or closed → in-progress (a reopening, with a note).
 */
typedef enum {
  LIAN_NEED_STATUS_SUBMITTED,
  LIAN_NEED_STATUS_ACCEPTED,
  LIAN_NEED_STATUS_IN_PROGRESS,
  LIAN_NEED_STATUS_RESOLVED,
  LIAN_NEED_STATUS_CLOSED,
} LianNeedStatus;

/**
 * LianProjectStatus:
 * @LIAN_PROJECT_STATUS_PLANNED: planned
 * @LIAN_PROJECT_STATUS_ACTIVE: under way
 * @LIAN_PROJECT_STATUS_DONE: done, with its outcomes
 * @LIAN_PROJECT_STATUS_CANCELLED: cancelled
 *
 * Where an action project stands.
 */
typedef enum {
  LIAN_PROJECT_STATUS_PLANNED,
  LIAN_PROJECT_STATUS_ACTIVE,
  LIAN_PROJECT_STATUS_DONE,
  LIAN_PROJECT_STATUS_CANCELLED,
} LianProjectStatus;

/**
 * LianActivityKind:
 * @LIAN_ACTIVITY_KIND_MEETING: a meeting held
 * @LIAN_ACTIVITY_KIND_POLICY_DOCUMENT: a policy document issued
 * @LIAN_ACTIVITY_KIND_TRAINING: a training given
 * @LIAN_ACTIVITY_KIND_CASE: a case of good practice recorded
 *
 * The kind of an activity.
 */
typedef enum {
  LIAN_ACTIVITY_KIND_MEETING,
  LIAN_ACTIVITY_KIND_POLICY_DOCUMENT,
  LIAN_ACTIVITY_KIND_TRAINING,
  LIAN_ACTIVITY_KIND_CASE,
} LianActivityKind;

/**
 * LianRecordKind:
 * @LIAN_RECORD_KIND_REGION: a [class@Lian.Region]
 * @LIAN_RECORD_KIND_CHAIN: a [class@Lian.Chain]
 * @LIAN_RECORD_KIND_ENTERPRISE: a [class@Lian.Enterprise]
 * @LIAN_RECORD_KIND_ORGANIZATION: a [class@Lian.PartyOrg]
 * @LIAN_RECORD_KIND_SERVICE: a [class@Lian.ServiceItem]
 * @LIAN_RECORD_KIND_NEED: a [class@Lian.Need]
 * @LIAN_RECORD_KIND_PROJECT: a [class@Lian.ActionProject]
 * @LIAN_RECORD_KIND_ACTIVITY: a [class@Lian.Activity]
 * @LIAN_RECORD_KIND_POST: a [class@Lian.DemandPost]
 * @LIAN_RECORD_KIND_CAPABILITY: a [class@Lian.Capability]
 * @LIAN_RECORD_KIND_RESPONSE: a [class@Lian.Response]
 * @LIAN_RECORD_KIND_PERSON: a [class@Lian.Actor]: a person who works on the
 *   register, with roles and a scope (document member `people`)
 *
 * The kind of a record.
 */
typedef enum {
  LIAN_RECORD_KIND_REGION,
  LIAN_RECORD_KIND_CHAIN,
  LIAN_RECORD_KIND_ENTERPRISE,
  LIAN_RECORD_KIND_ORGANIZATION,
  LIAN_RECORD_KIND_SERVICE,
  LIAN_RECORD_KIND_NEED,
  LIAN_RECORD_KIND_PROJECT,
  LIAN_RECORD_KIND_ACTIVITY,
  LIAN_RECORD_KIND_POST,
  LIAN_RECORD_KIND_CAPABILITY,
  LIAN_RECORD_KIND_RESPONSE,
  LIAN_RECORD_KIND_PERSON,
} LianRecordKind;

/**
 * LianPostVisibility:
 * @LIAN_POST_VISIBILITY_CHAIN: the enterprises on the post's chain
 * @LIAN_POST_VISIBILITY_ALLIANCE: the members of the chain's alliance
 * @LIAN_POST_VISIBILITY_EVERYONE: everyone
 *
 * Who may see a [class@Lian.DemandPost].
 */
typedef enum {
  LIAN_POST_VISIBILITY_CHAIN,
  LIAN_POST_VISIBILITY_ALLIANCE,
  LIAN_POST_VISIBILITY_EVERYONE,
} LianPostVisibility;

/**
 * LianPostStatus:
 * @LIAN_POST_STATUS_OPEN: open for responses
 * @LIAN_POST_STATUS_CLOSED: closed without an award
 * @LIAN_POST_STATUS_AWARDED: awarded to a supplier
 * @LIAN_POST_STATUS_CANCELLED: withdrawn by its publisher
 *
 * The status of a [class@Lian.DemandPost].
 */
typedef enum {
  LIAN_POST_STATUS_OPEN,
  LIAN_POST_STATUS_CLOSED,
  LIAN_POST_STATUS_AWARDED,
  LIAN_POST_STATUS_CANCELLED,
} LianPostStatus;

/**
 * LianResponseStatus:
 * @LIAN_RESPONSE_STATUS_DRAFT: being written by the supplier
 * @LIAN_RESPONSE_STATUS_SUBMITTED: sent to the publisher
 * @LIAN_RESPONSE_STATUS_SHORTLISTED: kept by the publisher for a decision
 * @LIAN_RESPONSE_STATUS_AWARDED: the order went to this supplier
 * @LIAN_RESPONSE_STATUS_DECLINED: not taken
 *
 * The status of a [class@Lian.Response]: draft → submitted → shortlisted →
 * awarded or declined (a submitted response may be declined at once).
 */
typedef enum {
  LIAN_RESPONSE_STATUS_DRAFT,
  LIAN_RESPONSE_STATUS_SUBMITTED,
  LIAN_RESPONSE_STATUS_SHORTLISTED,
  LIAN_RESPONSE_STATUS_AWARDED,
  LIAN_RESPONSE_STATUS_DECLINED,
} LianResponseStatus;

/**
 * LianCapacityPeriod:
 * @LIAN_CAPACITY_PERIOD_DAY: per day
 * @LIAN_CAPACITY_PERIOD_WEEK: per week
 * @LIAN_CAPACITY_PERIOD_MONTH: per month (30 days)
 * @LIAN_CAPACITY_PERIOD_YEAR: per year (365 days)
 *
 * The period a [class@Lian.Capability]'s capacity is given for.
 */
typedef enum {
  LIAN_CAPACITY_PERIOD_DAY,
  LIAN_CAPACITY_PERIOD_WEEK,
  LIAN_CAPACITY_PERIOD_MONTH,
  LIAN_CAPACITY_PERIOD_YEAR,
} LianCapacityPeriod;

/**
 * LianIndustryLevel:
 * @LIAN_INDUSTRY_LEVEL_SECTION: a section (门类), a letter: `C`
 * @LIAN_INDUSTRY_LEVEL_DIVISION: a division (大类), two digits: `33`
 * @LIAN_INDUSTRY_LEVEL_GROUP: a group (中类), three digits: `331`
 * @LIAN_INDUSTRY_LEVEL_CLASS: a class (小类), four digits: `3311`
 *
 * The level of a GB/T 4754-2017 industry code.
 */
typedef enum {
  LIAN_INDUSTRY_LEVEL_SECTION,
  LIAN_INDUSTRY_LEVEL_DIVISION,
  LIAN_INDUSTRY_LEVEL_GROUP,
  LIAN_INDUSTRY_LEVEL_CLASS,
} LianIndustryLevel;

/**
 * LianRoles:
 * @LIAN_ROLES_NONE: no role: the person may read nothing and change nothing
 * @LIAN_ROLES_CLERK: enters and edits the enterprises and needs of the
 *   scope, but neither assigns nor moves needs (录入员)
 * @LIAN_ROLES_COORDINATOR: routes, assigns and moves the needs of the scope
 *   and runs its action projects (协调员)
 * @LIAN_ROLES_DEPARTMENT: a department: keeps its own service items, those
 *   whose provider is its organisation or that lie in the scope (职能部门)
 * @LIAN_ROLES_REVIEWER: reads the scope and changes nothing (审阅人)
 * @LIAN_ROLES_ADMINISTRATOR: changes any record of the scope, people
 *   included (管理员)
 *
 * What a [class@Lian.Actor] may do, any number of roles at once; the table
 * of rights is in [the people guide](people.html). Every role reads the
 * records of its scope.
 */
typedef enum /*< flags >*/ {
  LIAN_ROLES_NONE = 0,
  LIAN_ROLES_CLERK = 1 << 0,
  LIAN_ROLES_COORDINATOR = 1 << 1,
  LIAN_ROLES_DEPARTMENT = 1 << 2,
  LIAN_ROLES_REVIEWER = 1 << 3,
  LIAN_ROLES_ADMINISTRATOR = 1 << 4,
} LianRoles;

/**
 * LianQueueKind:
 * @LIAN_QUEUE_KIND_ASSIGNED: the open needs assigned to the organisation
 * @LIAN_QUEUE_KIND_OVERDUE: those past their deadline (its due day, or the
 *   days the need's category allows to accept or to resolve it)
 * @LIAN_QUEUE_KIND_STALLED: those that have not moved for the given number
 *   of days
 * @LIAN_QUEUE_KIND_DUE_SOON: those whose deadline falls within the given
 *   number of days
 * @LIAN_QUEUE_KIND_ESCALATED: the overdue needs of the organisations
 *   directly below, risen to this one
 *
 * A work queue of an organisation; see [method@Lian.Registry.dup_queue].
 */
typedef enum {
  LIAN_QUEUE_KIND_ASSIGNED,
  LIAN_QUEUE_KIND_OVERDUE,
  LIAN_QUEUE_KIND_STALLED,
  LIAN_QUEUE_KIND_DUE_SOON,
  LIAN_QUEUE_KIND_ESCALATED,
} LianQueueKind;

/**
 * LianSeverity:
 * @LIAN_SEVERITY_INFO: worth knowing, not wrong (an organisation without
 *   members)
 * @LIAN_SEVERITY_WARNING: probably wrong or late (a likely duplicate, a need
 *   past its due day)
 * @LIAN_SEVERITY_ERROR: wrong: the data breaks a rule (a duplicate credit
 *   code, a dangling reference, a cycle)
 *
 * How serious a [class@Lian.Problem] found by
 * [method@Lian.Registry.check] is. Values grow with seriousness.
 */
typedef enum {
  LIAN_SEVERITY_INFO,
  LIAN_SEVERITY_WARNING,
  LIAN_SEVERITY_ERROR,
} LianSeverity;

/**
 * LianCsvOutcome:
 * @LIAN_CSV_OUTCOME_IMPORTED: the row became a new record
 * @LIAN_CSV_OUTCOME_UPDATED: the row updated a record already in the registry
 * @LIAN_CSV_OUTCOME_REJECTED: the row was refused; the result says which
 *   column, and why
 * @LIAN_CSV_OUTCOME_SKIPPED: the row was good, but not imported because the
 *   import was all-or-nothing and another row was rejected
 *
 * What became of one row of a CSV file (see [class@Lian.CsvImporter]).
 */
typedef enum {
  LIAN_CSV_OUTCOME_IMPORTED,
  LIAN_CSV_OUTCOME_UPDATED,
  LIAN_CSV_OUTCOME_REJECTED,
  LIAN_CSV_OUTCOME_SKIPPED,
} LianCsvOutcome;

/**
 * LianCsvExportFlags:
 * @LIAN_CSV_EXPORT_FLAGS_NONE: Chinese headers and labels, personal data
 *   masked, cells guarded for spreadsheets
 * @LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS: English headers (the JSON member
 *   names), enum values as their nicks and booleans as `true`/`false`: a
 *   file for programs
 * @LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL: write phone numbers in full instead
 *   of masked as `138****5678`
 * @LIAN_CSV_EXPORT_FLAGS_RAW_TEXT: write every text cell as it is; without
 *   this flag, a text cell a spreadsheet would turn into a number or a
 *   formula (an all-digit credit code, a leading zero, a leading `=`) is
 *   written as `="…"`, which Excel and WPS show as the text itself
 *
 * How [method@Lian.Registry.export_csv_to_data] writes a CSV file.
 */
typedef enum /*< flags >*/ {
  LIAN_CSV_EXPORT_FLAGS_NONE = 0,
  LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS = 1 << 0,
  LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL = 1 << 1,
  LIAN_CSV_EXPORT_FLAGS_RAW_TEXT = 1 << 2,
} LianCsvExportFlags;

/**
 * LianReportFormat:
 * @LIAN_REPORT_FORMAT_HTML: one self-contained HTML page (UTF-8, inline CSS
 *   and SVG charts, no scripts, fonts or links to anything outside it),
 *   readable on screen and printable
 * @LIAN_REPORT_FORMAT_MARKDOWN: Markdown with tables (CommonMark and GitHub
 *   tables), without any HTML: no charts, the chain diagram as text
 *
 * What a report is written in (see [func@Lian.report_chain_book]).
 */
typedef enum {
  LIAN_REPORT_FORMAT_HTML,
  LIAN_REPORT_FORMAT_MARKDOWN,
} LianReportFormat;

/**
 * LianReportFlags:
 * @LIAN_REPORT_FLAGS_NONE: personal data masked: phone numbers written as
 *   `138****5678` ([func@Lian.mask_phone])
 * @LIAN_REPORT_FLAGS_SHOW_PERSONAL: write phone numbers in full
 *
 * How a report is written (see [func@Lian.report_chain_book]).
 */
typedef enum /*< flags >*/ {
  LIAN_REPORT_FLAGS_NONE = 0,
  LIAN_REPORT_FLAGS_SHOW_PERSONAL = 1 << 0,
} LianReportFlags;

/**
 * LianCoverage:
 * @LIAN_COVERAGE_NONE: reached by no organisation
 * @LIAN_COVERAGE_WORK: reached by the party's work (工作覆盖): covered by
 *   organisation, or a member of any organisation
 * @LIAN_COVERAGE_ORGANIZATION: covered by the party's organisation
 *   (组织覆盖): a member of a grassroots organisation, or with its own
 * @LIAN_COVERAGE_OWN_ORGANIZATION: with its own party organisation: a
 *   member of an organisation of kind enterprise, or with 3 or more party
 *   members, enough to set one up
 *
 * How the party reaches an enterprise ([func@Lian.Summary.coverage_of]).
 */
typedef enum /*< flags >*/ {
  LIAN_COVERAGE_NONE = 0,
  LIAN_COVERAGE_WORK = 1 << 0,
  LIAN_COVERAGE_ORGANIZATION = 1 << 1,
  LIAN_COVERAGE_OWN_ORGANIZATION = 1 << 2,
} LianCoverage;

/**
 * LianPeriod:
 * @LIAN_PERIOD_MONTH: a calendar month (`2023-09`)
 * @LIAN_PERIOD_QUARTER: a calendar quarter (`2023-Q3`)
 *
 * The periods of a roll-up by period ([func@Lian.Summary.rollup_periods]).
 */
typedef enum {
  LIAN_PERIOD_MONTH,
  LIAN_PERIOD_QUARTER,
} LianPeriod;

LIAN_AVAILABLE_IN_ALL
gboolean      lian_enum_from_nick    (GType          enum_type,
                                      const char    *nick,
                                      int           *value,
                                      GError       **error);
/**
 * LianChangeOperation:
 * @LIAN_CHANGE_OPERATION_ADD: a record was added
 * @LIAN_CHANGE_OPERATION_UPDATE: fields of a record changed
 * @LIAN_CHANGE_OPERATION_REMOVE: a record was removed
 *
 * What an entry of a registry's journal did; see [class@Lian.Change].
 */
typedef enum {
  LIAN_CHANGE_OPERATION_ADD,
  LIAN_CHANGE_OPERATION_UPDATE,
  LIAN_CHANGE_OPERATION_REMOVE,
} LianChangeOperation;

LIAN_AVAILABLE_IN_ALL
const char   *lian_enum_to_nick      (GType          enum_type,
                                      int            value);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_flags_from_nicks  (GType          flags_type,
                                      const char * const *nicks,
                                      guint         *value,
                                      GError       **error);
LIAN_AVAILABLE_IN_ALL
GStrv         lian_flags_to_nicks    (GType          flags_type,
                                      guint          value) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char   *lian_enum_get_label    (GType          type,
                                      int            value);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_enum_from_label   (GType          type,
                                      const char    *text,
                                      int           *value,
                                      GError       **error);

G_END_DECLS
