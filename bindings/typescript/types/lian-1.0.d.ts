/// <reference path="./json-1.0.d.ts" />
/// <reference path="./gio-2.0.d.ts" />
/// <reference path="./gobject-2.0.d.ts" />
/// <reference path="./glib-2.0.d.ts" />

/**
 * Type Definitions for Gjs (https://gjs.guide/)
 *
 * These type definitions are automatically generated, do not edit them by hand.
 * If you found a bug fix it in `ts-for-gir` or create a bug report on https://github.com/gjsify/ts-for-gir
 *
 * The based EJS template file is used for the generated .d.ts file of each GIR module like Gtk-4.0, GObject-2.0, ...
 */

declare module 'gi://Lian?version=1.0' {

// Module dependencies
import type Json from 'gi://Json?version=1.0';
import type Gio from 'gi://Gio?version=2.0';
import type GObject from 'gi://GObject?version=2.0';
import type GLib from 'gi://GLib?version=2.0';

export namespace Lian {

    /**
     * Lian-1.0
     */


    /**
     * @gir-type Enum
     */
    export namespace ActivityKind {
        export const $gtype: GObject.GType<ActivityKind>;
    }

    /**
     * The kind of an activity.
     * @gir-type Enum
     */
    enum ActivityKind {
        /**
         * a meeting held
         */
        MEETING = 0,
        /**
         * a policy document issued
         */
        POLICY_DOCUMENT = 1,
        /**
         * a training given
         */
        TRAINING = 2,
        /**
         * a case of good practice recorded
         */
        CASE = 3,
    }


    /**
     * @gir-type Enum
     */
    export namespace CapacityPeriod {
        export const $gtype: GObject.GType<CapacityPeriod>;
    }

    /**
     * The period a {@link Lian.Capability}'s capacity is given for.
     * @gir-type Enum
     */
    enum CapacityPeriod {
        /**
         * per day
         */
        DAY = 0,
        /**
         * per week
         */
        WEEK = 1,
        /**
         * per month (30 days)
         */
        MONTH = 2,
        /**
         * per year (365 days)
         */
        YEAR = 3,
    }


    /**
     * @gir-type Enum
     */
    export namespace ChainRole {
        export const $gtype: GObject.GType<ChainRole>;
    }

    /**
     * The role of an enterprise on a chain.
     * @gir-type Enum
     */
    enum ChainRole {
        /**
         * a chain-leader enterprise (链主企业)
         */
        LEADER = 0,
        /**
         * a core enterprise
         */
        CORE = 1,
        /**
         * a supporting enterprise
         */
        SUPPORTING = 2,
        /**
         * a service enterprise
         */
        SERVICE = 3,
    }


    /**
     * @gir-type Enum
     */
    export namespace ChainTier {
        export const $gtype: GObject.GType<ChainTier>;
    }

    /**
     * How the province rates an industrial chain.
     * @gir-type Enum
     */
    enum ChainTier {
        /**
         * not rated by the province
         */
        UNRATED = 0,
        /**
         * a key chain (重点)
         */
        KEY = 1,
        /**
         * an advantage chain (优势)
         */
        ADVANTAGE = 2,
        /**
         * an excellent chain (卓越)
         */
        EXCELLENT = 3,
    }


    /**
     * @gir-type Enum
     */
    export namespace ChangeOperation {
        export const $gtype: GObject.GType<ChangeOperation>;
    }

    /**
     * What an entry of a registry's journal did; see {@link Lian.Change}.
     * @gir-type Enum
     */
    enum ChangeOperation {
        /**
         * a record was added
         */
        ADD = 0,
        /**
         * fields of a record changed
         */
        UPDATE = 1,
        /**
         * a record was removed
         */
        REMOVE = 2,
    }


    /**
     * @gir-type Enum
     */
    export namespace CsvOutcome {
        export const $gtype: GObject.GType<CsvOutcome>;
    }

    /**
     * What became of one row of a CSV file (see {@link Lian.CsvImporter}).
     * @gir-type Enum
     */
    enum CsvOutcome {
        /**
         * the row became a new record
         */
        IMPORTED = 0,
        /**
         * the row updated a record already in the registry
         */
        UPDATED = 1,
        /**
         * the row was refused; the result says which
         *   column, and why
         */
        REJECTED = 2,
        /**
         * the row was good, but not imported because the
         *   import was all-or-nothing and another row was rejected
         */
        SKIPPED = 3,
    }


    /**
     * Errors about a single value. The message says which field, and why.
     * @gir-type Struct
     */
    class DataError extends GLib.Error {
        static $gtype: GObject.GType<GLib.Error>;

        // Static fields
        /**
         * an id is empty, longer than 64 characters or
         *   holds a character outside `[A-Za-z0-9._:-]`
         */
        static INVALID_ID: number;

        /**
         * a Unified Social Credit Code is malformed or
         *   its check character is wrong
         */
        static INVALID_USCC: number;

        /**
         * a region code breaks the GB/T 2260 rules
         */
        static INVALID_REGION: number;

        /**
         * a date or timestamp is not a real ISO 8601
         *   date, or dates are out of order
         */
        static INVALID_DATE: number;

        /**
         * a string names no value of an enumeration
         */
        static UNKNOWN_NICK: number;

        /**
         * a number is negative or too large
         */
        static OUT_OF_RANGE: number;

        /**
         * a required value is absent
         */
        static MISSING: number;

        /**
         * any other bad value (an empty string in a
         *   list, a duplicate in a set)
         */
        static INVALID_VALUE: number;

        /**
         * a need status move the status machine
         *   does not allow
         */
        static ILLEGAL_TRANSITION: number;

        // Constructors
        constructor(options: { message: string; code: number });

        // Static methods
        /**
         * The quark of {@link Lian.DataError}.
         */
        static quark(): GLib.Quark;
    }


    /**
     * @gir-type Enum
     */
    export namespace DuplicateBand {
        export const $gtype: GObject.GType<DuplicateBand>;
    }

    /**
     * How sure lian is that two records are one.
     * @gir-type Enum
     */
    enum DuplicateBand {
        /**
         * the two look somewhat alike, most likely
         *   two records of two things (the same name in two cities)
         */
        UNLIKELY = 0,
        /**
         * the two look alike enough that a person
         *   should decide
         */
        LIKELY = 1,
        /**
         * the two are one (the same credit code; a
         *   need entered twice)
         */
        CERTAIN = 2,
    }


    /**
     * @gir-type Enum
     */
    export namespace EnterpriseSize {
        export const $gtype: GObject.GType<EnterpriseSize>;
    }

    /**
     * The size class of an enterprise.
     * @gir-type Enum
     */
    enum EnterpriseSize {
        /**
         * not stated
         */
        UNKNOWN = 0,
        /**
         * large
         */
        LARGE = 1,
        /**
         * medium
         */
        MEDIUM = 2,
        /**
         * small
         */
        SMALL = 3,
        /**
         * micro
         */
        MICRO = 4,
    }


    /**
     * Errors about a document or a row as a whole.
     * @gir-type Struct
     */
    class FormatError extends GLib.Error {
        static $gtype: GObject.GType<GLib.Error>;

        // Static fields
        /**
         * the text is not well-formed (JSON syntax, a
         *   member given twice in a JSON object, CSV quoting); the message gives
         *   line and column
         */
        static SYNTAX: number;

        /**
         * a member or cell has the wrong type (a
         *   string where a number belongs, `null` where a record belongs)
         */
        static WRONG_TYPE: number;

        /**
         * the document is of another format, or of a
         *   newer version than this library reads
         */
        static UNSUPPORTED: number;

        /**
         * the bytes are not valid in the expected text
         *   encoding
         */
        static ENCODING: number;

        /**
         * the input passes a limit (size, nesting depth,
         *   string length, columns)
         */
        static LIMIT: number;

        /**
         * a required member, column or row is absent
         */
        static MISSING: number;

        // Constructors
        constructor(options: { message: string; code: number });

        // Static methods
        /**
         * The quark of {@link Lian.FormatError}.
         */
        static quark(): GLib.Quark;
    }


    /**
     * @gir-type Enum
     */
    export namespace IndustryLevel {
        export const $gtype: GObject.GType<IndustryLevel>;
    }

    /**
     * The level of a GB/T 4754-2017 industry code.
     * @gir-type Enum
     */
    enum IndustryLevel {
        /**
         * a section (门类), a letter: `C`
         */
        SECTION = 0,
        /**
         * a division (大类), two digits: `33`
         */
        DIVISION = 1,
        /**
         * a group (中类), three digits: `331`
         */
        GROUP = 2,
        /**
         * a class (小类), four digits: `3311`
         */
        CLASS = 3,
    }


    /**
     * @gir-type Enum
     */
    export namespace Level {
        export const $gtype: GObject.GType<Level>;
    }

    /**
     * An administrative level. The nicks are `province`, `city`, `county`.
     * @gir-type Enum
     */
    enum Level {
        /**
         * province (省)
         */
        PROVINCE = 0,
        /**
         * city (市)
         */
        CITY = 1,
        /**
         * county, district or county-level city (县、区)
         */
        COUNTY = 2,
    }


    /**
     * @gir-type Enum
     */
    export namespace NeedCategory {
        export const $gtype: GObject.GType<NeedCategory>;
    }

    /**
     * What an enterprise's need is about.
     * @gir-type Enum
     */
    enum NeedCategory {
        /**
         * financing (融资)
         */
        FINANCING = 0,
        /**
         * land (用地)
         */
        LAND = 1,
        /**
         * technology (技术)
         */
        TECHNOLOGY = 2,
        /**
         * talent (人才)
         */
        TALENT = 3,
        /**
         * tax (税务)
         */
        TAX = 4,
        /**
         * listing on an exchange (上市)
         */
        LISTING = 5,
        /**
         * environment (环保)
         */
        ENVIRONMENT = 6,
        /**
         * safety (安全)
         */
        SAFETY = 7,
        /**
         * logistics (物流)
         */
        LOGISTICS = 8,
        /**
         * market: orders, capacity (市场)
         */
        MARKET = 9,
        /**
         * investment (招商)
         */
        INVESTMENT = 10,
        /**
         * policy (政策)
         */
        POLICY = 11,
        /**
         * anything else (其他)
         */
        OTHER = 12,
    }


    /**
     * @gir-type Enum
     */
    export namespace NeedStatus {
        export const $gtype: GObject.GType<NeedStatus>;
    }

    /**
     * Where a need stands. The moves allowed are: submitted → accepted or
     * closed; accepted → in-progress, resolved or closed; in-progress → resolved
     * or closed; resolved or closed → in-progress (a reopening, with a note).
     * @gir-type Enum
     */
    enum NeedStatus {
        /**
         * reported by the enterprise (已提交)
         */
        SUBMITTED = 0,
        /**
         * accepted by an organisation (已受理)
         */
        ACCEPTED = 1,
        /**
         * being worked on (办理中)
         */
        IN_PROGRESS = 2,
        /**
         * resolved (已解决)
         */
        RESOLVED = 3,
        /**
         * closed without a resolution (已关闭)
         */
        CLOSED = 4,
    }


    /**
     * @gir-type Enum
     */
    export namespace OrgKind {
        export const $gtype: GObject.GType<OrgKind>;
    }

    /**
     * The kind of a party organisation.
     * @gir-type Enum
     */
    enum OrgKind {
        /**
         * a chain party-building alliance (产业链党建联盟)
         */
        ALLIANCE = 0,
        /**
         * a chain party committee (产业链党委)
         */
        CHAIN_COMMITTEE = 1,
        /**
         * a joint committee (联合党委)
         */
        JOINT_COMMITTEE = 2,
        /**
         * a branch (党支部)
         */
        BRANCH = 3,
        /**
         * an action branch formed to crack one problem (行动支部)
         */
        ACTION_BRANCH = 4,
        /**
         * a service team (先锋服务队)
         */
        SERVICE_TEAM = 5,
        /**
         * a party school (企业党校, 流动党校)
         */
        PARTY_SCHOOL = 6,
        /**
         * an enterprise's own party organisation (企业党组织)
         */
        ENTERPRISE = 7,
    }


    /**
     * @gir-type Enum
     */
    export namespace Period {
        export const $gtype: GObject.GType<Period>;
    }

    /**
     * The periods of a roll-up by period ({@link Lian.Summary.rollup_periods}).
     * @gir-type Enum
     */
    enum Period {
        /**
         * a calendar month (`2023-09`)
         */
        MONTH = 0,
        /**
         * a calendar quarter (`2023-Q3`)
         */
        QUARTER = 1,
    }


    /**
     * @gir-type Enum
     */
    export namespace PostStatus {
        export const $gtype: GObject.GType<PostStatus>;
    }

    /**
     * The status of a {@link Lian.DemandPost}.
     * @gir-type Enum
     */
    enum PostStatus {
        /**
         * open for responses
         */
        OPEN = 0,
        /**
         * closed without an award
         */
        CLOSED = 1,
        /**
         * awarded to a supplier
         */
        AWARDED = 2,
        /**
         * withdrawn by its publisher
         */
        CANCELLED = 3,
    }


    /**
     * @gir-type Enum
     */
    export namespace PostVisibility {
        export const $gtype: GObject.GType<PostVisibility>;
    }

    /**
     * Who may see a {@link Lian.DemandPost}.
     * @gir-type Enum
     */
    enum PostVisibility {
        /**
         * the enterprises on the post's chain
         */
        CHAIN = 0,
        /**
         * the members of the chain's alliance
         */
        ALLIANCE = 1,
        /**
         * everyone
         */
        EVERYONE = 2,
    }


    /**
     * @gir-type Enum
     */
    export namespace ProjectStatus {
        export const $gtype: GObject.GType<ProjectStatus>;
    }

    /**
     * Where an action project stands.
     * @gir-type Enum
     */
    enum ProjectStatus {
        /**
         * planned
         */
        PLANNED = 0,
        /**
         * under way
         */
        ACTIVE = 1,
        /**
         * done, with its outcomes
         */
        DONE = 2,
        /**
         * cancelled
         */
        CANCELLED = 3,
    }


    /**
     * @gir-type Enum
     */
    export namespace QueueKind {
        export const $gtype: GObject.GType<QueueKind>;
    }

    /**
     * A work queue of an organisation; see {@link Lian.Registry.dup_queue}.
     * @gir-type Enum
     */
    enum QueueKind {
        /**
         * the open needs assigned to the organisation
         */
        ASSIGNED = 0,
        /**
         * those past their deadline (its due day, or the
         *   days the need's category allows to accept or to resolve it)
         */
        OVERDUE = 1,
        /**
         * those that have not moved for the given number
         *   of days
         */
        STALLED = 2,
        /**
         * those whose deadline falls within the given
         *   number of days
         */
        DUE_SOON = 3,
        /**
         * the overdue needs of the organisations
         *   directly below, risen to this one
         */
        ESCALATED = 4,
    }


    /**
     * @gir-type Enum
     */
    export namespace RecordKind {
        export const $gtype: GObject.GType<RecordKind>;
    }

    /**
     * The kind of a record.
     * @gir-type Enum
     */
    enum RecordKind {
        /**
         * a {@link Lian.Region}
         */
        REGION = 0,
        /**
         * a {@link Lian.Chain}
         */
        CHAIN = 1,
        /**
         * a {@link Lian.Enterprise}
         */
        ENTERPRISE = 2,
        /**
         * a {@link Lian.PartyOrg}
         */
        ORGANIZATION = 3,
        /**
         * a {@link Lian.ServiceItem}
         */
        SERVICE = 4,
        /**
         * a {@link Lian.Need}
         */
        NEED = 5,
        /**
         * a {@link Lian.ActionProject}
         */
        PROJECT = 6,
        /**
         * a {@link Lian.Activity}
         */
        ACTIVITY = 7,
        /**
         * a {@link Lian.DemandPost}
         */
        POST = 8,
        /**
         * a {@link Lian.Capability}
         */
        CAPABILITY = 9,
        /**
         * a {@link Lian.Response}
         */
        RESPONSE = 10,
        /**
         * a {@link Lian.Actor}: a person who works on the
         *   register, with roles and a scope (document member `people`)
         */
        PERSON = 11,
    }


    /**
     * Errors about changes a registry refuses.
     * @gir-type Struct
     */
    class RegistryError extends GLib.Error {
        static $gtype: GObject.GType<GLib.Error>;

        // Static fields
        /**
         * a record with that id is already there
         */
        static DUPLICATE_ID: number;

        /**
         * a record refers to an id that is
         *   not in the registry
         */
        static UNKNOWN_REFERENCE: number;

        /**
         * a record refers to an id of the wrong kind
         */
        static WRONG_KIND: number;

        /**
         * the organisation tree, or the headquarters of
         *   enterprises, would have a cycle
         */
        static CYCLE: number;

        /**
         * a record others refer to cannot be
         *   removed without a cascade
         */
        static STILL_REFERENCED: number;

        /**
         * no record has that id
         */
        static NOT_FOUND: number;

        /**
         * the registry changed while its records
         *   were being visited (see {@link Lian.Registry.foreach})
         */
        static CHANGED: number;

        /**
         * a record is of a type that is none of
         *   lian's kinds of record (a subclass of {@link Lian.Record} made in C,
         *   Python or JavaScript): the registry could neither check, index nor
         *   save it
         */
        static UNKNOWN_TYPE: number;

        /**
         * the change was based on a record, or a
         *   file, that another process has changed since; nothing was applied, and
         *   the message names the record, who changed it and when
         */
        static CONFLICT: number;

        /**
         * the person the registry works as
         *   ({@link Lian.Registry.set_person}) may not make the change: it is
         *   outside their scope, or none of their roles gives the right; nothing
         *   was applied, and the message names the rule
         */
        static PERMISSION: number;

        /**
         * the registry was disposed
         *   (`g_object_run_dispose()`, Python's `run_dispose()`): it holds no
         *   records and takes none
         */
        static DISPOSED: number;

        // Constructors
        constructor(options: { message: string; code: number });

        // Static methods
        /**
         * The quark of {@link Lian.RegistryError}.
         */
        static quark(): GLib.Quark;
    }


    /**
     * @gir-type Enum
     */
    export namespace ReportFormat {
        export const $gtype: GObject.GType<ReportFormat>;
    }

    /**
     * What a report is written in (see {@link Lian.report_chain_book}).
     * @gir-type Enum
     */
    enum ReportFormat {
        /**
         * one self-contained HTML page (UTF-8, inline CSS
         *   and SVG charts, no scripts, fonts or links to anything outside it),
         *   readable on screen and printable
         */
        HTML = 0,
        /**
         * Markdown with tables (CommonMark and GitHub
         *   tables), without any HTML: no charts, the chain diagram as text
         */
        MARKDOWN = 1,
    }


    /**
     * @gir-type Enum
     */
    export namespace ResponseStatus {
        export const $gtype: GObject.GType<ResponseStatus>;
    }

    /**
     * The status of a {@link Lian.Response}: draft → submitted → shortlisted →
     * awarded or declined (a submitted response may be declined at once).
     * @gir-type Enum
     */
    enum ResponseStatus {
        /**
         * being written by the supplier
         */
        DRAFT = 0,
        /**
         * sent to the publisher
         */
        SUBMITTED = 1,
        /**
         * kept by the publisher for a decision
         */
        SHORTLISTED = 2,
        /**
         * the order went to this supplier
         */
        AWARDED = 3,
        /**
         * not taken
         */
        DECLINED = 4,
    }


    /**
     * @gir-type Enum
     */
    export namespace ServiceKind {
        export const $gtype: GObject.GType<ServiceKind>;
    }

    /**
     * The kind of an item on a department's resources list.
     * @gir-type Enum
     */
    enum ServiceKind {
        /**
         * a policy (政策)
         */
        POLICY = 0,
        /**
         * a resource (资源)
         */
        RESOURCE = 1,
        /**
         * a project (项目)
         */
        PROJECT = 2,
        /**
         * a carrier: a park, a platform (载体)
         */
        CARRIER = 3,
        /**
         * a service (服务)
         */
        SERVICE = 4,
    }


    /**
     * @gir-type Enum
     */
    export namespace Severity {
        export const $gtype: GObject.GType<Severity>;
    }

    /**
     * How serious a {@link Lian.Problem} found by
     * {@link Lian.Registry.check} is. Values grow with seriousness.
     * @gir-type Enum
     */
    enum Severity {
        /**
         * worth knowing, not wrong (an organisation without
         *   members)
         */
        INFO = 0,
        /**
         * probably wrong or late (a likely duplicate, a need
         *   past its due day)
         */
        WARNING = 1,
        /**
         * wrong: the data breaks a rule (a duplicate credit
         *   code, a dangling reference, a cycle)
         */
        ERROR = 2,
    }


    /**
     * The longest cell a CSV file may hold, in bytes of UTF-8 (64 KiB). A
     * longer cell, most often a quote never closed, refuses the file with
     * `LIAN_FORMAT_ERROR_LIMIT`.
     * @default 65536
     */
    const CSV_MAX_CELL_LENGTH: number;

    /**
     * The most columns a CSV file may have. A header with more is refused
     * with `LIAN_FORMAT_ERROR_LIMIT`; a row with more is rejected.
     * @default 256
     */
    const CSV_MAX_COLUMNS: number;

    /**
     * The largest CSV file, in bytes, an importer takes unless told otherwise
     * (256 MiB: a full Excel sheet of 1,048,576 rows at 256 bytes a row). A
     * larger file is refused with `LIAN_FORMAT_ERROR_LIMIT` before a byte of it
     * is read; {@link Lian.CsvImporter.max_file_size} changes the limit.
     * @default 268435456
     */
    const CSV_MAX_FILE_SIZE: number;

    /**
     * The value of the `format` member of a lian document.
     * @default lian
     */
    const DOCUMENT_FORMAT: string;

    /**
     * The newest document `version` this library reads, and the one it writes.
     * @default 1
     */
    const DOCUMENT_VERSION: number;

    /**
     * The longest id a record may have, in characters.
     * @default 64
     */
    const ID_MAX_LENGTH: number;

    /**
     * The deepest nesting of arrays and objects a document may have. A lian
     * document needs 5 levels; deeper ones are refused with
     * `LIAN_FORMAT_ERROR_LIMIT` before they are parsed.
     * @default 64
     */
    const JSON_MAX_DEPTH: number;

    /**
     * The largest document, in bytes, a registry loads unless told otherwise
     * (1 GiB, some 30 times the size of a province's register). A larger one
     * is refused with `LIAN_FORMAT_ERROR_LIMIT` before it is parsed, and a
     * file or stream before more of it is read;
     * {@link Lian.Registry.set_max_document_size} changes the limit.
     * @default 1073741824
     */
    const JSON_MAX_DOCUMENT_SIZE: number;

    /**
     * The longest string, in bytes, a document may hold (64 KiB: a long
     * description fits, a pasted file does not).
     * @default 65536
     */
    const JSON_MAX_STRING_LENGTH: number;

    /**
     * The major version of lian the code is compiled against.
     * @default 0
     */
    const MAJOR_VERSION: number;

    /**
     * The micro version of lian the code is compiled against.
     * @default 0
     */
    const MICRO_VERSION: number;

    /**
     * The minor version of lian the code is compiled against.
     * @default 1
     */
    const MINOR_VERSION: number;

    /**
     * The version of lian the code is compiled against, as a string.
     * @default 0.1.0
     */
    const VERSION_STRING: string;

    /**
     * Like {@link Lian.adcode_is_valid}, with an error that says why.
     * @param code a string
     * @returns true if `code` is valid; false with   `LIAN_DATA_ERROR_INVALID_REGION` otherwise
     * @throws GLib.Error
     */
    function adcode_check(code: string | null): boolean;

    /**
     * Whether the region `code` lies within `ancestor`: `ancestor` is `code` itself
     * or one of its parents. `320000` contains `320214`; `320200` does not
     * contain `320500`.
     * @param ancestor a valid region code
     * @param code a valid region code
     * @returns true if `ancestor` contains `code`
     */
    function adcode_contains(ancestor: string, code: string): boolean;

    /**
     * The code of the region one level up: `320214` → `320200` → `320000`. A
     * county-level region administered by its province directly (`xx90xx`) has
     * the province as parent.
     * @param code a valid region code
     * @returns the parent's code, or `NULL` for a   province
     */
    function adcode_dup_parent(code: string): string | null;

    /**
     * The level of the region `code` names: `xx0000` is a province, `xxxx00` a
     * city, anything else a county.
     * @param code a valid region code
     * @returns the level
     */
    function adcode_get_level(code: string): Level;

    /**
     * The name of the region `code` names, from the tables built into lian:
     * every province, city and county of China (GB/T 2260, see
     * {@link Lian.adcodes_get_edition}) and Jiangsu's own detail. A document's
     * {@link Lian.Region} records may name others.
     * @param code a region code
     * @returns the name, such as `无锡市`, or `NULL` if the table   does not know `code`
     */
    function adcode_get_name(code: string): string | null;

    /**
     * Whether `code` is a GB/T 2260 code: six digits whose first two name a
     * province (11 to 82), naming a province, city or county of China that
     * lian's tables know. `320214` and `310115` are valid, `329999` is not.
     * @param code a string
     * @returns true if `code` is a valid region code
     */
    function adcode_is_valid(code: string | null): boolean;

    /**
     * Looks `code` up in the GB/T 2260 codes of the whole country built into
     * lian ({@link Lian.adcodes_get_edition} names the edition), and in the
     * detail of Jiangsu it keeps beside them: `310115` is 浦东新区, a county of
     * `310100`, in the province `310000`.
     * @param code a string
     * @returns true if `code` names a region of China
     */
    function adcode_lookup(code: string | null): [boolean, string, Level | null, string];

    /**
     * The edition of the region codes built into lian: the divisions as they
     * stood on 30 June of that year.
     * @returns the edition, such as `2023`
     */
    function adcodes_get_edition(): string;

    /**
     * The quark of {@link Lian.DataError}.
     * @returns the error domain of bad values
     */
    function data_error_quark(): GLib.Quark;

    /**
     * Like {@link Lian.date_is_valid}, with an error that says why.
     * @param date a string
     * @returns true if `date` is a valid date; false with   `LIAN_DATA_ERROR_INVALID_DATE` otherwise
     * @throws GLib.Error
     */
    function date_check(date: string | null): boolean;

    /**
     * Counts the days from `from` to `to`: 0 for the same day, negative when `to`
     * comes first.
     * @param from a valid date
     * @param to a valid date
     * @returns the number of days
     */
    function date_days_between(from: string, to: string): number;

    /**
     * The calendar date of `when` in its own time zone, as `YYYY-MM-DD`: the
     * year has 4 digits, `0999-12-31` for the year 999.
     * @param when a date and time
     * @returns the date
     */
    function date_from_date_time(when: GLib.DateTime): string;

    /**
     * Whether `date` is a real calendar date written `YYYY-MM-DD`, as lian
     * writes dates: `2023-07-11` is, `2023-02-30` and `2023-7-11` are not.
     * @param date a string
     * @returns true if `date` is a valid date
     */
    function date_is_valid(date: string | null): boolean;

    /**
     * Reads a value of `type` from its label, whatever the language of lian's
     * messages: this is how a command line (`--to 办理中`) or a form takes
     * values. Spaces around `text` are ignored.
     * 
     * ```python
     * ok, status = Lian.enum_from_label(Lian.NeedStatus, '办理中')
     * ```
     * @param type a lian enumeration type, such as `LIAN_TYPE_NEED_STATUS`, or a   lian flags type, such as `LIAN_TYPE_NEED_CATEGORIES`
     * @param text what a person typed: a Chinese label or one of its aliases   (`办理中`, `处理中`), an English label in any case (`In progress`), or a   nick (`in-progress`)
     * @returns true if `text` names a value; false with   `LIAN_DATA_ERROR_INVALID_VALUE` listing the labels of `type` in the   current language otherwise
     * @throws GLib.Error
     */
    function enum_from_label(type: GObject.GType, text: string): [boolean, number];

    /**
     * Looks up the value of `enum_type` whose nick is `nick`.
     * 
     * ```python
     * ok, value = Lian.enum_from_nick(Lian.NeedStatus, 'in-progress')
     * ```
     * @param enum_type a registered enumeration type, such as `LIAN_TYPE_NEED_STATUS`
     * @param nick the nick, as written in documents (`in-progress`)
     * @returns true if `nick` names a value; false with   `LIAN_DATA_ERROR_UNKNOWN_NICK` listing the nicks expected otherwise
     * @throws GLib.Error
     */
    function enum_from_nick(enum_type: GObject.GType, nick: string): [boolean, number];

    /**
     * Gives the word people read for `value`, in the language of lian's
     * messages ({@link Lian.set_language}): `in progress` in English, `办理中`
     * in Chinese. The Chinese labels of the values the CSV files carry are the
     * words of those files.
     * 
     * ```python
     * Lian.enum_get_label(Lian.NeedStatus, Lian.NeedStatus.IN_PROGRESS)
     * ```
     * 
     * {@link Lian.enum_from_label} reads a label back.
     * @param type a lian enumeration type, such as `LIAN_TYPE_NEED_STATUS`, or a   lian flags type, such as `LIAN_TYPE_ENTERPRISE_TAGS`
     * @param value a value of `type`, or a single flag of it
     * @returns the label; an empty string for a value that has none (an   unrated tier, an unknown size, no flag or several flags at once, a   number that is no value of `type`, a type that is not lian's)
     */
    function enum_get_label(type: GObject.GType, value: number): string;

    /**
     * Gives the nick of `value`, as written in documents.
     * @param enum_type a registered enumeration type
     * @param value a value of `enum_type`
     * @returns the nick, or `NULL` if `value` is not a value of   `enum_type`
     */
    function enum_to_nick(enum_type: GObject.GType, value: number): string | null;

    /**
     * Writes `contents` to `path` the way lian writes every file (a document, a
     * CSV export, an import's report): safely, and without harm to what
     * `path` is.
     * 
     * - A regular file is written beside the file it replaces, as
     *   `.NAME.lian-XXXXXX`, flushed to disk, renamed over it, and its folder
     *   flushed: whoever reads `path` sees the old contents or the new, never a
     *   part, and a save that returned survives a power cut. The new file
     *   keeps the mode of the old one (a `0600` file stays `0600`) and its
     *   owner and group, as far as the process may set them (root may; others
     *   keep the group where they belong to it); a new file gets `0666` less
     *   the umask.
     * - A symbolic link is followed: the file it leads to is replaced, and the
     *   link stays a link. A link that leads nowhere yet makes that file,
     *   unless something came there while the file was written. Only a link
     *   found when the save begins is followed, to the file `stat()` finds
     *   through it: a link planted at `path` meanwhile is replaced, not
     *   followed.
     * - A path that names a descriptor, or a link to one (`/dev/stdout`,
     *   `/dev/fd/N`, `/proc/self/fd/N`), is written through that descriptor,
     *   where it is the process's own, else opened again without truncating:
     *   `-o /dev/stdout >> all.csv` appends to `all.csv`.
     * - A character device (`/dev/null`, a terminal) or a FIFO is written
     *   straight through, as a shell's `>` would; it is not replaced. (A FIFO
     *   is opened as a shell opens it: the call waits for a reader.) A reader
     *   that goes away early is `G_IO_ERROR_BROKEN_PIPE`; no `SIGPIPE` reaches
     *   the process.
     * - A folder, a block device or a socket is refused with
     *   `G_IO_ERROR_IS_DIRECTORY` or `G_IO_ERROR_NOT_REGULAR_FILE`.
     * 
     * A failed or cancelled save removes its temporary file. One killed in the
     * middle cannot: the next save of the same file removes such a file once it
     * is stale, that is, when no process holds the lock a save keeps on it and
     * it has not been written for a minute, or in any case after a day.
     * 
     * ```python
     * Lian.file_set_contents('report.html', html.encode(), None)
     * ```
     * @param path the file to write
     * @param contents what to write
     * @param cancellable a cancellable
     * @returns true if the file was written
     * @throws GLib.Error
     */
    function file_set_contents(path: string, contents: Uint8Array | string, cancellable: Gio.Cancellable | null): boolean;

    /**
     * Combines the flags named by `nicks`. An empty list gives 0.
     * @param flags_type a registered flags type, such as `LIAN_TYPE_ENTERPRISE_TAGS`
     * @param nicks the nicks of the flags to set
     * @returns true if every nick names a flag; false with   `LIAN_DATA_ERROR_UNKNOWN_NICK` naming the first that does not
     * @throws GLib.Error
     */
    function flags_from_nicks(flags_type: GObject.GType, nicks: string[]): [boolean, number];

    /**
     * Lists the nicks of the flags set in `value`, in the order the type declares
     * them. Bits that name no flag are left out.
     * @param flags_type a registered flags type
     * @param value a combination of flags of `flags_type`
     * @returns the nicks
     */
    function flags_to_nicks(flags_type: GObject.GType, value: number): string[];

    /**
     * Writes a count as people read it in a table or a sentence, with thousands
     * separators in every language: `17,280`, `-3,456`.
     * @param n a number of things
     * @returns the count
     */
    function format_count(n: bigint | number): string;

    /**
     * The quark of {@link Lian.FormatError}.
     * @returns the error domain of unreadable documents and rows
     */
    function format_error_quark(): GLib.Quark;

    /**
     * Writes a moment as people in China read it: the date and the time of day
     * in China's time zone (Asia/Shanghai, UTC+08:00), to the minute, in every
     * language: `2023-09-04 10:00` for `2023-09-04T02:00:00Z`.
     * @param when a moment, in any time zone
     * @returns the date and time
     */
    function format_time(when: GLib.DateTime): string;

    /**
     * Writes an amount of money as people read it in the language of lian's
     * messages ({@link Lian.set_language}). In Chinese, amounts of 1 万 and more
     * are counted in 万 or 亿, with one decimal where it is not 0 (rounded half
     * up); smaller ones exactly:
     * `172.8 亿元`, `3,456 万元`, `1.5 万元`, `980 元`. In English, the exact
     * amount with thousands separators: `17,280,000,000 yuan`. A negative amount
     * starts with `-`.
     * @param yuan an amount of money, in yuan
     * @returns the amount
     */
    function format_yuan(yuan: bigint | number): string;

    /**
     * The language lian's messages are written in now: the one given to
     * {@link Lian.set_language}, or else the locale's when lian has a
     * translation into it.
     * @returns `zh_CN` or `en`
     */
    function get_language(): string;

    /**
     * The major version of the lian library in use, which may differ from
     * {@link Lian.MAJOR_VERSION} that a program was compiled against.
     * @returns the major version
     */
    function get_major_version(): number;

    /**
     * The micro version of the lian library in use.
     * @returns the micro version
     */
    function get_micro_version(): number;

    /**
     * The minor version of the lian library in use.
     * @returns the minor version
     */
    function get_minor_version(): number;

    /**
     * The version of the lian library in use, such as `0.1.0`.
     * @returns the version
     */
    function get_version_string(): string;

    /**
     * Like {@link Lian.industry_code_lookup}, with an error that names the code
     * and says why it is refused.
     * @param code a string
     * @returns true if `code` is a GB/T 4754-2017 code; false with   `LIAN_DATA_ERROR_INVALID_VALUE` otherwise
     * @throws GLib.Error
     */
    function industry_code_check(code: string | null): boolean;

    /**
     * Whether `code` is `ancestor` or lies under it: `C` contains `33`, `33`
     * contains `3392`, `339` contains `3392`.
     * @param ancestor an industry code
     * @param code an industry code
     * @returns true if `ancestor` contains `code`
     */
    function industry_code_contains(ancestor: string, code: string): boolean;

    /**
     * Looks `code` up in GB/T 4754-2017 (国民经济行业分类), built into lian
     * ({@link Lian.industry_codes_get_edition} names the edition): a section is
     * a letter (`C`, 制造业), a division two digits (`33`, 金属制品业), a group
     * three, a class four (`3392`, 有色金属铸造). lian's table lists every
     * section and division, and the groups and classes of sections A to C
     * (agriculture, mining, manufacturing); a group or class of a division
     * whose groups it does not list yet is known by its division, without a
     * name.
     * @param code a string
     * @returns true if `code` is a code of the standard
     */
    function industry_code_lookup(code: string | null): [boolean, string, IndustryLevel | null, string];

    /**
     * The edition of the industry codes built into lian.
     * @returns the edition, `GB/T 4754-2017`
     */
    function industry_codes_get_edition(): string;

    /**
     * Masks a phone number for showing or exporting it where personal data
     * must not be seen: the first 3 and the last 4 characters are kept and each
     * character between them becomes `*`, so `13812345678` becomes
     * `138****5678`. A text shorter than 8 characters is masked whole (`*` for
     * each character); an empty one stays empty. Characters are counted, not
     * bytes (a text that is not valid UTF-8 is first made valid, as
     * `g_utf8_make_valid()` does), and nothing is parsed: `+86 138…` keeps `+86`.
     * 
     * The CSV export and the reports mask phone numbers with this function
     * unless asked to show personal data.
     * 
     * ```python
     * Lian.mask_phone('13812345678')   # '138****5678'
     * ```
     * @param phone a phone number, as text (UTF-8)
     * @returns the masked text
     */
    function mask_phone(phone: string): string;

    /**
     * Masks, as {@link Lian.mask_phone} does, every phone number found in a text
     * whose meaning lian does not know: a spreadsheet's column 联系方式 or Tel,
     * kept as an extra member. A phone number is a mobile number of China (11
     * digits from 13 to 19, maybe after `+86`), or a number with its area code
     * (`0510-85212345`), its digits maybe grouped by spaces, hyphens or
     * brackets, and not part of a longer run of digits nor followed by a letter
     * (a credit code, an amount, a date are left as they are); letters before
     * it do not matter (`Tel13812345678`). The rest of the text is kept:
     * `王经理 13812345678` becomes `王经理 138****5678`.
     * 
     * The CSV export masks the columns lian does not know with this function
     * unless asked to show personal data.
     * 
     * ```python
     * Lian.mask_phone_numbers('王经理 13812345678')   # '王经理 138****5678'
     * ```
     * @param text any text (UTF-8)
     * @returns the text with its phone numbers masked
     */
    function mask_phone_numbers(text: string): string;

    /**
     * Gets the type of the records of `kind`: {@link Lian.Need} for
     * `LIAN_RECORD_KIND_NEED`.
     * @param kind a kind of record
     * @returns the type
     */
    function record_kind_get_record_type(kind: RecordKind): GObject.GType;

    /**
     * Whether `property` of the records of `kind` holds the id, or the ids, of
     * other records: the references a registry checks and follows. An
     * enterprise's {@link Lian.Enterprise.parent_id} counts, although its
     * headquarters may be outside the registry.
     * 
     * ```python
     * Lian.RecordKind.get_reference(Lian.RecordKind.NEED, 'enterprise-id')
     * # (True, target=<enum LIAN_RECORD_KIND_ENTERPRISE ...>)
     * ```
     * @param kind a kind of record
     * @param property the name of a property of records of `kind`
     * @returns true if `property` is a reference
     */
    function record_kind_get_reference(kind: RecordKind, property: string): [boolean, RecordKind | null];

    /**
     * The quark of {@link Lian.RegistryError}.
     * @returns the error domain of refused registry changes
     */
    function registry_error_quark(): GLib.Quark;

    /**
     * Writes the chain book (一链一册) of a chain: everything the registry
     * knows about it, in one document.
     * 
     * - *Overview*: name, tier, cluster, level, region, and the headline
     *   counts.
     * - *Segments*, upstream to downstream: in HTML a diagram (a box per
     *   segment, arrows between them, the segments that hold a chain leader
     *   marked 链主), in Markdown one line; then a table with, per segment, the
     *   enterprises in it and their organisation coverage (those that are
     *   members of a grassroots organisation, see
     *   {@link Lian.PartyOrg.kind_is_grassroots}, or have their own, see
     *   {@link Lian.Summary.coverage_of}, out of the enterprises in the
     *   segment) and work coverage (those, and members of any organisation). Enterprises
     *   on the chain without a segment, or with one the chain does not list,
     *   are counted in a row of their own.
     * - *Leader enterprises* ({@link Lian.Chain.leader_ids}), with their
     *   contact, and every *enterprise on the chain*, by segment.
     * - The *organisations* serving the chain.
     * - The chain's *needs* by category: open (submitted, accepted or in
     *   progress), resolved and closed; in HTML also as a bar chart; then the
     *   open needs one by one.
     * - The *service items* that apply to the chain, its regions and its open
     *   needs: those {@link Lian.Matcher.match_all}, judging validity on
     *   `as_of`, ranks among the three best for at least one open need of the
     *   chain (as the enterprise form shows them), each with how many of the
     *   chain's open needs it can serve, most first; and how many more items
     *   could serve one.
     * - The *action projects* bundling the chain's needs, with their outcomes
     *   (loans, talents, problems solved) and their totals, and the chain's
     *   activities.
     * - When the chain has demand posts ({@link Lian.DemandPost}), the *orders
     *   and capacity shared* (同享同行): posts, responses, awards, the value of
     *   the orders and the shares awarded on the chain and in the province
     *   (as {@link Lian.Summary} counts them), then each post with how many
     *   suppliers {@link Lian.Matcher.match_post} proposes.
     * 
     * Records are "on the chain" as {@link Lian.Registry.select} decides. The
     * text is in the language of lian's messages ({@link Lian.set_language}, or
     * the locale): English, or Chinese, with amounts in 万元 and 亿元; an HTML
     * page says which in its `lang`. Under the title the book says the day
     * its data stands at (数据截至, "Data as of"): `as_of`. Every value taken from the registry is escaped (HTML) or
     * made inert (Markdown: no HTML, no `<` at all). Phone numbers are masked
     * as {@link Lian.mask_phone} does unless `flags` has
     * `LIAN_REPORT_FLAGS_SHOW_PERSONAL`. The same registry and `as_of` give the
     * same text; the book names the day it judged validity on.
     * 
     * ```python
     * html = Lian.report_chain_book(registry, 'chain-ic', None, Lian.ReportFormat.HTML,
     *                               Lian.ReportFlags.NONE)
     * Lian.file_set_contents('chain-ic.html', html.encode(), None)
     * ```
     * @param registry a registry
     * @param chain_id the id of a {@link Lian.Chain}
     * @param as_of the day on which service items must be valid,   `YYYY-MM-DD`, or `NULL` for today in the local time zone
     * @param format HTML or Markdown
     * @param flags whether to show personal data
     * @returns the document (UTF-8), or `NULL` with   `LIAN_REGISTRY_ERROR_NOT_FOUND` if the registry has no chain `chain_id`
     * @throws GLib.Error
     */
    function report_chain_book(registry: Registry, chain_id: string, as_of: string | null, format: ReportFormat, flags: ReportFlags): string;

    /**
     * Writes the dashboard of a region: its figures as a {@link Lian.Summary}
     * computes them (with no date limit), and those of the regions one level
     * below it.
     * 
     * - *Headline figures*: chains (by tier), enterprises, organisation and
     *   work coverage, organisations (of which grassroots), needs (open,
     *   bottleneck), the resolution rate, the median and 90th percentile days
     *   to resolve, action projects, loans coordinated, talents brought in,
     *   bottleneck problems solved, activities.
     * - *Needs* by category and by status: tables, and in HTML bar charts.
     * - The *regions one level below* (a province's cities, a city's
     *   counties; for the whole registry, the cities of its province, or its
     *   provinces if it spans several), as
     *   {@link Lian.Summary.rollup_regions} computes them: in HTML a bar chart of
     *   their organisation coverage, and a table with their main figures and,
     *   last, those of the region itself. A county has no such part.
     * - When the region has demand posts ({@link Lian.DemandPost}), the
     *   *orders and capacity shared* (同享同行): posts, responses, awards, the
     *   value of the orders and the shares awarded on the post's chain and in
     *   the publisher's province, then each post with how many suppliers
     *   {@link Lian.Matcher.match_post} proposes.
     * 
     * A region's figures count what lies in it, as {@link Lian.Summary} says:
     * also the chains its enterprises lead, the organisations they are members
     * of and the projects working on their needs; the table of regions gives,
     * beside the organisations, the enterprises covered by an organisation of
     * their own (3 or more party members).
     * 
     * As for {@link Lian.report_chain_book}, the text is in the language of
     * lian's messages, and the same registry gives the same text on the same
     * day. The dashboard says the day its data stands at (数据截至, "Data as
     * of"): today in the local time zone, or the day of `SOURCE_DATE_EPOCH`
     * when that is set, for reproducible documents.
     * @param registry a registry
     * @param region the code of the region to show, or `NULL` for the   whole registry
     * @param format HTML or Markdown
     * @param flags whether to show personal data (the dashboard shows none: only   figures)
     * @returns the document (UTF-8), or `NULL` with   `LIAN_DATA_ERROR_INVALID_REGION` if `region` is not a valid region code
     * @throws GLib.Error
     */
    function report_dashboard(registry: Registry, region: string | null, format: ReportFormat, flags: ReportFlags): string;

    /**
     * Writes the enterprise form (一企一表) of an enterprise:
     * 
     * - *identity*: name, Unified Social Credit Code, region, size, tags,
     *   employees and party members, contact (the phone number masked unless
     *   `flags` has `LIAN_REPORT_FLAGS_SHOW_PERSONAL`), parent enterprise;
     * - the *chains* it is on, with its segment and role;
     * - the *organisations* it is a member of, and whether that makes it
     *   covered by organisation (a grassroots one, or its own, see
     *   {@link Lian.Summary.coverage_of}) and by work;
     * - its *needs*, with the history of each;
     * - for each open need, the three service items that fit it best, with
     *   their score and reasons, as {@link Lian.Matcher.match_need} ranks them
     *   with {@link Lian.Matcher.as_of} set to `as_of`.
     * 
     * As for {@link Lian.report_chain_book}, the text is in the language of
     * lian's messages, values from the registry are escaped, the form says the
     * day its data stands at (`as_of`), and the same registry, `as_of` and
     * language give the same text.
     * @param registry a registry
     * @param enterprise_id the id of a {@link Lian.Enterprise}
     * @param as_of the day on which service items must be valid to be   matched, `YYYY-MM-DD`, or `NULL` for today in the local time zone
     * @param format HTML or Markdown
     * @param flags whether to show personal data
     * @returns the document (UTF-8), or `NULL` with   `LIAN_REGISTRY_ERROR_NOT_FOUND` if the registry has no enterprise   `enterprise_id`
     * @throws GLib.Error
     */
    function report_enterprise_form(registry: Registry, enterprise_id: string, as_of: string | null, format: ReportFormat, flags: ReportFlags): string;

    /**
     * Chooses the language of every message lian writes from now on, in every
     * thread: {@link GLib.Error} messages, match reasons, check problems, reports, the
     * labels of {@link Lian.enum_get_label}. By default they follow the locale
     * of the program (`LANG=zh_CN.UTF-8`); a Python script follows it after
     * `locale.setlocale(locale.LC_ALL, '')`, as every GTK program does.
     * 
     * ```python
     * Lian.set_language('zh_CN')   # 中文, whatever the locale
     * ```
     * 
     * `zh`, `zh-CN` and `zh_CN.UTF-8` name Chinese too; `C`, `en` and `en_US`
     * English. Chinese needs the system's `zh_CN.UTF-8` locale (on Debian,
     * `locale-gen`): without it this fails and nothing changes.
     * @param language `zh_CN` (Chinese), `en` (English), or `NULL` to   follow the locale again
     * @returns true if the language was set
     * @throws GLib.Error
     */
    function set_language(language: string | null): boolean;

    /**
     * Opens the store `uri` names, creating an empty SQLite database if there
     * is none. A JSON document is read only by {@link Lian.Store.load}.
     * @param uri a path or URI: `PATH.json` or `file:PATH.json` for a lian JSON   document, `PATH.db`, `PATH.sqlite` or `sqlite:PATH` for a SQLite   database, `postgresql://USER@HOST/DB` (or `postgres://`) for a   PostgreSQL database
     * @returns the store, or `NULL` with `LIAN_FORMAT_ERROR_UNSUPPORTED`   for a URI of no known kind, or another error when it cannot be opened
     * @throws GLib.Error
     */
    function store_open(uri: string): Store;

    /**
     * Counts the columns a terminal gives `utf8`, to line up tables: a wide
     * character (a Chinese character, full-width punctuation such as `，`) takes
     * two, a combining mark or another character of no width none, a control
     * character none, any other one. A byte that is not UTF-8 counts as one
     * column (it is shown as one replacement character).
     * 
     * ```python
     * Lian.text_display_width('无锡市')   # 6
     * ```
     * @param utf8 text in UTF-8
     * @returns the width in columns
     */
    function text_display_width(utf8: string): number;

    /**
     * The code `base` begins, with its check character appended: what a
     * registration office or a generator of test data makes of an
     * organisation's region and serial number.
     * 
     * ```python
     * Lian.uscc_complete('91320214745555318')  # '91320214745555318W'
     * ```
     * @param base the first 17 characters of a code: symbols of `0-9A-HJ-NPQRTUWXY`,   digits in positions 3 to 8
     * @returns the 18-character code, or `NULL` with   `LIAN_DATA_ERROR_INVALID_USCC` saying why: its length or a character   outside the set
     * @throws GLib.Error
     */
    function uscc_complete(base: string): string;

    /**
     * Whether `code` is a Unified Social Credit Code exactly as written: 18
     * symbols of `0-9A-HJ-NPQRTUWXY`, digits in positions 3 to 8, and the right
     * check character. Use {@link Lian.uscc_normalize} for codes typed by hand.
     * @param code a string
     * @returns true if `code` is a valid code
     */
    function uscc_is_valid(code: string | null): boolean;

    /**
     * Strips spaces (also full-width ones) and hyphens from `text`, turns
     * full-width digits and letters into ASCII, upper-cases it, and checks the
     * result.
     * 
     * ```python
     * Lian.uscc_normalize('9132 0214 7455 5531 8w')  # '91320214745555318W'
     * ```
     * @param text a code as typed: spaces, hyphens and lower case allowed
     * @returns the code, or `NULL` with   `LIAN_DATA_ERROR_INVALID_USCC` saying why: its length, a character   outside the set, or the check character expected
     * @throws GLib.Error
     */
    function uscc_normalize(text: string): string;

    /**
     * @gir-type Callback
     */
    interface MatchFunc {
        (need: Need, matches: Gio.ListModel): boolean;
    }

    /**
     * @gir-type Callback
     */
    interface RecordVisitFunc {
        (record: Record): boolean;
    }

    /**
     * @gir-type Flags
     */
    export namespace Coverage {
        export const $gtype: GObject.GType<Coverage>;
    }

    /**
     * How the party reaches an enterprise ({@link Lian.Summary.coverage_of}).
     * @gir-type Flags
     */
    enum Coverage {
        /**
         * reached by no organisation
         */
        NONE = 0,
        /**
         * reached by the party's work (工作覆盖): covered by
         *   organisation, or a member of any organisation
         */
        WORK = 1,
        /**
         * covered by the party's organisation
         *   (组织覆盖): a member of a grassroots organisation, or with its own
         */
        ORGANIZATION = 2,
        /**
         * with its own party organisation: a
         *   member of an organisation of kind enterprise, or with 3 or more party
         *   members, enough to set one up
         */
        OWN_ORGANIZATION = 4,
    }


    /**
     * @gir-type Flags
     */
    export namespace CsvExportFlags {
        export const $gtype: GObject.GType<CsvExportFlags>;
    }

    /**
     * How {@link Lian.Registry.export_csv_to_data} writes a CSV file.
     * @gir-type Flags
     */
    enum CsvExportFlags {
        /**
         * Chinese headers and labels, personal data
         *   masked, cells guarded for spreadsheets
         */
        NONE = 0,
        /**
         * English headers (the JSON member
         *   names), enum values as their nicks and booleans as `true`/`false`: a
         *   file for programs
         */
        ENGLISH_HEADERS = 1,
        /**
         * write phone numbers in full instead
         *   of masked as `138****5678`
         */
        SHOW_PERSONAL = 2,
        /**
         * write every text cell as it is; without
         *   this flag, a text cell a spreadsheet would turn into a number or a
         *   formula (an all-digit credit code, a leading zero, a leading `=`) is
         *   written as `="…"`, which Excel and WPS show as the text itself
         */
        RAW_TEXT = 4,
    }


    /**
     * @gir-type Flags
     */
    export namespace EnterpriseTags {
        export const $gtype: GObject.GType<EnterpriseTags>;
    }

    /**
     * Tags an enterprise may carry, any number at once.
     * @gir-type Flags
     */
    enum EnterpriseTags {
        /**
         * no tag
         */
        NONE = 0,
        /**
         * specialised, refined, distinctive, innovative (专精特新)
         */
        SRDI = 1,
        /**
         * a national "little giant" (小巨人)
         */
        LITTLE_GIANT = 2,
        /**
         * a high-tech enterprise (高新技术企业)
         */
        HIGH_TECH = 4,
        /**
         * listed on a stock exchange
         */
        LISTED = 8,
        /**
         * state-owned
         */
        STATE_OWNED = 16,
        /**
         * privately owned
         */
        PRIVATE = 32,
        /**
         * foreign-funded
         */
        FOREIGN_FUNDED = 64,
        /**
         * the headquarters of a group
         */
        HEADQUARTERS = 128,
    }


    /**
     * @gir-type Flags
     */
    export namespace NeedCategories {
        export const $gtype: GObject.GType<NeedCategories>;
    }

    /**
     * A set of need categories: what a service item serves. The flag of a
     * {@link Lian.NeedCategory} `c` is `1 << c`.
     * @gir-type Flags
     */
    enum NeedCategories {
        /**
         * no category
         */
        NONE = 0,
        /**
         * financing
         */
        FINANCING = 1,
        /**
         * land
         */
        LAND = 2,
        /**
         * technology
         */
        TECHNOLOGY = 4,
        /**
         * talent
         */
        TALENT = 8,
        /**
         * tax
         */
        TAX = 16,
        /**
         * listing
         */
        LISTING = 32,
        /**
         * environment
         */
        ENVIRONMENT = 64,
        /**
         * safety
         */
        SAFETY = 128,
        /**
         * logistics
         */
        LOGISTICS = 256,
        /**
         * market
         */
        MARKET = 512,
        /**
         * investment
         */
        INVESTMENT = 1024,
        /**
         * policy
         */
        POLICY = 2048,
        /**
         * anything else
         */
        OTHER = 4096,
    }


    /**
     * @gir-type Flags
     */
    export namespace ReportFlags {
        export const $gtype: GObject.GType<ReportFlags>;
    }

    /**
     * How a report is written (see {@link Lian.report_chain_book}).
     * @gir-type Flags
     */
    enum ReportFlags {
        /**
         * personal data masked: phone numbers written as
         *   `138****5678` ({@link Lian.mask_phone})
         */
        NONE = 0,
        /**
         * write phone numbers in full
         */
        SHOW_PERSONAL = 1,
    }


    /**
     * @gir-type Flags
     */
    export namespace Roles {
        export const $gtype: GObject.GType<Roles>;
    }

    /**
     * What a {@link Lian.Actor} may do, any number of roles at once; the table
     * of rights is in [the people guide](people.html). Every role reads the
     * records of its scope.
     * @gir-type Flags
     */
    enum Roles {
        /**
         * no role: the person may read nothing and change nothing
         */
        NONE = 0,
        /**
         * enters and edits the enterprises and needs of the
         *   scope, but neither assigns nor moves needs (录入员)
         */
        CLERK = 1,
        /**
         * routes, assigns and moves the needs of the scope
         *   and runs its action projects (协调员)
         */
        COORDINATOR = 2,
        /**
         * a department: keeps its own service items, those
         *   whose provider is its organisation or that lie in the scope (职能部门)
         */
        DEPARTMENT = 4,
        /**
         * reads the scope and changes nothing (审阅人)
         */
        REVIEWER = 8,
        /**
         * changes any record of the scope, people
         *   included (管理员)
         */
        ADMINISTRATOR = 16,
    }


    namespace ActionProject {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::due": (pspec: GObject.ParamSpec) => void;
            "notify::finished": (pspec: GObject.ParamSpec) => void;
            "notify::loans-yuan": (pspec: GObject.ParamSpec) => void;
            "notify::need-ids": (pspec: GObject.ParamSpec) => void;
            "notify::owner-id": (pspec: GObject.ParamSpec) => void;
            "notify::problems-solved": (pspec: GObject.ParamSpec) => void;
            "notify::service-ids": (pspec: GObject.ParamSpec) => void;
            "notify::started": (pspec: GObject.ParamSpec) => void;
            "notify::status": (pspec: GObject.ParamSpec) => void;
            "notify::talents": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            due: string | null;
            finished: string | null;
            loans_yuan: bigint | number;
            loansYuan: bigint | number;
            need_ids: string[];
            needIds: string[];
            owner_id: string | null;
            ownerId: string | null;
            problems_solved: number;
            problemsSolved: number;
            service_ids: string[];
            serviceIds: string[];
            started: string | null;
            status: ProjectStatus;
            talents: number;
        }
    }

    /**
     * An entry of the action-project list (行动项目清单): a project a party
     * organisation owns, bundling enterprises' needs with the service items that
     * answer them, followed until it is done. When it is done its outcomes are
     * counted: loans coordinated, talents brought in, bottleneck problems solved.
     * 
     * ```python
     * project = Lian.ActionProject.new('prj-wx-iot', '物联网产业链金融赋能行动',
     *                                  'org-wx-iot-alliance')
     * project.add_need('need-wx-0001')
     * project.add_service('svc-wx-loan')
     * project.props.started = '2023-03-01'
     * project.finish('2023-11-30', 1_728_000_000, 300, 42)
     * ```
     * @gir-type Class
     */
    class ActionProject extends Record {
        static $gtype: GObject.GType<ActionProject>;

        // Properties
        /**
         * The day the project is to be done by, `YYYY-MM-DD`, if there is one.
         */
        get due(): string | null;
        set due(val: string | null);

        /**
         * The day the project was done, `YYYY-MM-DD`, once it is.
         */
        get finished(): string | null;
        set finished(val: string | null);

        /**
         * The loans the project coordinated for enterprises, in yuan.
         * 
         * It is never negative: as for {@link Lian.Need.amount_yuan}, the
         * setter refuses a negative amount with a critical and keeps the one it
         * had.
         */
        get loans_yuan(): number;
        set loans_yuan(val: bigint | number);

        /**
         * The loans the project coordinated for enterprises, in yuan.
         * 
         * It is never negative: as for {@link Lian.Need.amount_yuan}, the
         * setter refuses a negative amount with a critical and keeps the one it
         * had.
         */
        get loansYuan(): number;
        set loansYuan(val: bigint | number);

        /**
         * The ids of the {@link Lian.Need} records the project takes on, in the
         * order they were added, each once.
         */
        get need_ids(): string[];
        set need_ids(val: string[]);

        /**
         * The ids of the {@link Lian.Need} records the project takes on, in the
         * order they were added, each once.
         */
        get needIds(): string[];
        set needIds(val: string[]);

        /**
         * The id of the {@link Lian.PartyOrg} that owns the project. Required.
         */
        get owner_id(): string | null;
        set owner_id(val: string | null);

        /**
         * The id of the {@link Lian.PartyOrg} that owns the project. Required.
         */
        get ownerId(): string | null;
        set ownerId(val: string | null);

        /**
         * How many bottleneck problems the project solved.
         */
        get problems_solved(): number;
        set problems_solved(val: number);

        /**
         * How many bottleneck problems the project solved.
         */
        get problemsSolved(): number;
        set problemsSolved(val: number);

        /**
         * The ids of the {@link Lian.ServiceItem} records the project brings to
         * bear, in the order they were added, each once.
         */
        get service_ids(): string[];
        set service_ids(val: string[]);

        /**
         * The ids of the {@link Lian.ServiceItem} records the project brings to
         * bear, in the order they were added, each once.
         */
        get serviceIds(): string[];
        set serviceIds(val: string[]);

        /**
         * The day the project started, `YYYY-MM-DD`, if it has.
         */
        get started(): string | null;
        set started(val: string | null);

        /**
         * Where the project stands. {@link Lian.ActionProject.finish} closes it
         * with its outcomes.
         */
        get status(): ProjectStatus;
        set status(val: ProjectStatus);

        /**
         * How many talents the project brought in.
         */
        get talents(): number;
        set talents(val: number);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: ActionProject.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<ActionProject.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, name: string | null, owner_id: string | null): ActionProject;

        // Signals
        /** @signal */
        connect<K extends keyof ActionProject.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, ActionProject.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof ActionProject.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, ActionProject.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof ActionProject.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<ActionProject.SignalSignatures[K]>): void;

        // Methods
        /**
         * Adds a need to the end of those the project takes on.
         * @param need_id the id of a {@link Lian.Need}
         * @returns true if it was added; false if the project already had it
         */
        add_need(need_id: string): boolean;

        /**
         * Adds a service item to the end of those the project brings to bear.
         * @param service_id the id of a {@link Lian.ServiceItem}
         * @returns true if it was added; false if the project already had it
         */
        add_service(service_id: string): boolean;

        /**
         * Closes the project with its outcomes: its status becomes
         * `LIAN_PROJECT_STATUS_DONE`, and {@link Lian.ActionProject.finished},
         * {@link Lian.ActionProject.loans_yuan},
         * {@link Lian.ActionProject.talents} and
         * {@link Lian.ActionProject.problems_solved} take the values given. Each
         * property that changes is notified once, after all of them are set. On an
         * error nothing changes. On a project a registry holds, the registry checks
         * the change as it checks every change, and its refusal (a conflict in a
         * store, say) comes back in `error`.
         * @param finished the day it was done, `YYYY-MM-DD`
         * @param loans_yuan the loans it coordinated, in yuan
         * @param talents how many talents it brought in
         * @param problems_solved how many bottleneck problems it solved
         * @returns true if the project was closed; false with   `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` if it is already done or cancelled,   `LIAN_DATA_ERROR_INVALID_DATE` if `finished` is not a date or comes before   {@link Lian.ActionProject.started}, `LIAN_DATA_ERROR_OUT_OF_RANGE` if   `loans_yuan` is negative
         * @throws GLib.Error
         */
        finish(finished: string, loans_yuan: bigint | number, talents: number, problems_solved: number): boolean;

        /**
         * Gets the day the project is to be done by.
         * @returns the date, `YYYY-MM-DD`
         */
        get_due(): string | null;

        /**
         * Gets the day the project was done.
         * @returns the date, `YYYY-MM-DD`
         */
        get_finished(): string | null;

        /**
         * Gets the loans the project coordinated.
         * @returns the amount, in yuan
         */
        get_loans_yuan(): number;

        /**
         * Gets the ids of the needs the project takes on.
         * @returns the ids, possibly   an empty list
         */
        get_need_ids(): string[];

        /**
         * Gets the id of the organisation that owns the project.
         * @returns the id
         */
        get_owner_id(): string | null;

        /**
         * Gets how many bottleneck problems the project solved.
         * @returns the number of problems
         */
        get_problems_solved(): number;

        /**
         * Gets the ids of the service items the project brings to bear.
         * @returns the ids, possibly   an empty list
         */
        get_service_ids(): string[];

        /**
         * Gets the day the project started.
         * @returns the date, `YYYY-MM-DD`
         */
        get_started(): string | null;

        /**
         * Gets where the project stands.
         * @returns the status
         */
        get_status(): ProjectStatus;

        /**
         * Gets how many talents the project brought in.
         * @returns the number of talents
         */
        get_talents(): number;

        /**
         * Whether the project takes on a need.
         * @param need_id the id of a {@link Lian.Need}
         * @returns true if `need_id` is among the project's needs
         */
        has_need(need_id: string): boolean;

        /**
         * Whether the project brings a service item to bear.
         * @param service_id the id of a {@link Lian.ServiceItem}
         * @returns true if `service_id` is among the project's service items
         */
        has_service(service_id: string): boolean;

        /**
         * Whether the project is past its due day and still open: neither done nor
         * cancelled, with a {@link Lian.ActionProject.due} day before `today`.
         * @param today the day to judge on, `YYYY-MM-DD`
         * @returns true if the project is overdue on `today`
         */
        is_overdue(today: string): boolean;

        /**
         * Removes a need from those the project takes on.
         * @param need_id the id of a {@link Lian.Need}
         * @returns true if it was removed; false if the project did not have it
         */
        remove_need(need_id: string): boolean;

        /**
         * Removes a service item from those the project brings to bear.
         * @param service_id the id of a {@link Lian.ServiceItem}
         * @returns true if it was removed; false if the project did not have it
         */
        remove_service(service_id: string): boolean;

        /**
         * Sets the day the project is to be done by. {@link Lian.Record.validate}
         * checks it.
         * @param due the date, `YYYY-MM-DD`
         */
        set_due(due: string | null): void;

        /**
         * Sets the day the project was done. {@link Lian.Record.validate} checks
         * it.
         * @param finished the date, `YYYY-MM-DD`
         */
        set_finished(finished: string | null): void;

        /**
         * Sets the loans the project coordinated.
         * @param loans_yuan the amount, in yuan; not negative
         */
        set_loans_yuan(loans_yuan: bigint | number): void;

        /**
         * Replaces the needs the project takes on.
         * @param need_ids the ids of   {@link Lian.Need} records
         */
        set_need_ids(need_ids: string[] | null): void;

        /**
         * Sets the organisation that owns the project.
         * @param owner_id the id of a {@link Lian.PartyOrg}
         */
        set_owner_id(owner_id: string | null): void;

        /**
         * Sets how many bottleneck problems the project solved.
         * @param problems_solved the number of problems
         */
        set_problems_solved(problems_solved: number): void;

        /**
         * Replaces the service items the project brings to bear.
         * @param service_ids the ids of   {@link Lian.ServiceItem} records
         */
        set_service_ids(service_ids: string[] | null): void;

        /**
         * Sets the day the project started. {@link Lian.Record.validate} checks it.
         * @param started the date, `YYYY-MM-DD`
         */
        set_started(started: string | null): void;

        /**
         * Sets where the project stands, as a document records it. To close a
         * project with its outcomes, use {@link Lian.ActionProject.finish}.
         * @param status the status
         */
        set_status(status: ProjectStatus): void;

        /**
         * Sets how many talents the project brought in.
         * @param talents the number of talents
         */
        set_talents(talents: number): void;
    }


    namespace Activity {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::chain-id": (pspec: GObject.ParamSpec) => void;
            "notify::date": (pspec: GObject.ParamSpec) => void;
            "notify::kind": (pspec: GObject.ParamSpec) => void;
            "notify::org-id": (pspec: GObject.ParamSpec) => void;
            "notify::participants": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            chain_id: string | null;
            chainId: string | null;
            date: string | null;
            kind: ActivityKind;
            org_id: string | null;
            orgId: string | null;
            participants: number;
        }
    }

    /**
     * Something an organisation did for a chain: a meeting held, a policy
     * document issued, a training given, a case of good practice recorded. The
     * province counts them.
     * 
     * ```js
     * const meeting = new Lian.Activity({
     *     id: 'act-1', kind: Lian.ActivityKind.MEETING, date: '2023-05-18',
     *     org_id: 'org-wx-alliance', participants: 40,
     * });
     * ```
     * @gir-type Class
     */
    class Activity extends Record {
        static $gtype: GObject.GType<Activity>;

        // Properties
        /**
         * The id of the {@link Lian.Chain} it was for, if any.
         */
        get chain_id(): string | null;
        set chain_id(val: string | null);

        /**
         * The id of the {@link Lian.Chain} it was for, if any.
         */
        get chainId(): string | null;
        set chainId(val: string | null);

        /**
         * The day it took place, `YYYY-MM-DD`. Required.
         */
        get date(): string | null;
        set date(val: string | null);

        /**
         * What kind of activity it was.
         */
        get kind(): ActivityKind;
        set kind(val: ActivityKind);

        /**
         * The id of the {@link Lian.PartyOrg} that held it, if any.
         */
        get org_id(): string | null;
        set org_id(val: string | null);

        /**
         * The id of the {@link Lian.PartyOrg} that held it, if any.
         */
        get orgId(): string | null;
        set orgId(val: string | null);

        /**
         * How many people took part.
         */
        get participants(): number;
        set participants(val: number);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Activity.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Activity.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, kind: ActivityKind, date: string): Activity;

        // Signals
        /** @signal */
        connect<K extends keyof Activity.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Activity.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Activity.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Activity.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Activity.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Activity.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets the id of the chain it was for.
         * @returns the id
         */
        get_chain_id(): string | null;

        /**
         * Gets the day it took place.
         * @returns the date, `YYYY-MM-DD`
         */
        get_date(): string | null;

        /**
         * Gets what kind of activity it was.
         * @returns the kind
         */
        get_kind(): ActivityKind;

        /**
         * Gets the id of the organisation that held it.
         * @returns the id
         */
        get_org_id(): string | null;

        /**
         * Gets how many people took part.
         * @returns the number of participants
         */
        get_participants(): number;

        /**
         * Sets the chain it was for.
         * @param chain_id the id of a {@link Lian.Chain}
         */
        set_chain_id(chain_id: string | null): void;

        /**
         * Sets the day it took place. {@link Lian.Record.validate} checks it.
         * @param date the date, `YYYY-MM-DD`
         */
        set_date(date: string | null): void;

        /**
         * Sets what kind of activity it was.
         * @param kind the kind
         */
        set_kind(kind: ActivityKind): void;

        /**
         * Sets the organisation that held it.
         * @param org_id the id of a {@link Lian.PartyOrg}
         */
        set_org_id(org_id: string | null): void;

        /**
         * Sets how many people took part.
         * @param participants the number of participants
         */
        set_participants(participants: number): void;
    }


    namespace Actor {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::chain-ids": (pspec: GObject.ParamSpec) => void;
            "notify::org-id": (pspec: GObject.ParamSpec) => void;
            "notify::regions": (pspec: GObject.ParamSpec) => void;
            "notify::roles": (pspec: GObject.ParamSpec) => void;
            "notify::scope-org-id": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            chain_ids: string[];
            chainIds: string[];
            org_id: string | null;
            orgId: string | null;
            regions: string[];
            roles: Roles;
            scope_org_id: string | null;
            scopeOrgId: string | null;
        }
    }

    /**
     * A person who works on the register: a county's clerk, a city's
     * coordinator, a department, a reviewer, an administrator. People are
     * records of the kind `LIAN_RECORD_KIND_PERSON`, kept in the store with the
     * rest (the member `people` of a document, the table `people` of a SQLite
     * store), so that every store holds them the same way.
     * 
     * What a person may do is given by their {@link Lian.Actor.roles}; where
     * they may do it by their scope: {@link Lian.Actor.regions} (region codes:
     * a county, a city, the province), {@link Lian.Actor.scope_org_id} (an
     * organisation and the organisations below it) and
     * {@link Lian.Actor.chain_ids}. A record is in the scope when it lies in
     * one of the regions, or belongs to the organisation subtree, or is on one
     * of the chains; a person with none of the three is unlimited (the
     * province). A registry works as a person with
     * {@link Lian.Registry.set_person}.
     * 
     * ```python
     * clerk = Lian.Actor.new('p-wx-clerk', '王芳', Lian.Roles.CLERK)
     * clerk.set_regions(['320205'])
     * registry.add(clerk)
     * registry.set_person(clerk)
     * ```
     * @gir-type Class
     */
    class Actor extends Record {
        static $gtype: GObject.GType<Actor>;

        // Properties
        /**
         * The ids of the {@link Lian.Chain}s in the scope: the records on them.
         */
        get chain_ids(): string[];
        set chain_ids(val: string[]);

        /**
         * The ids of the {@link Lian.Chain}s in the scope: the records on them.
         */
        get chainIds(): string[];
        set chainIds(val: string[]);

        /**
         * The id of the {@link Lian.PartyOrg} the person works for, if any: a
         * need assigned to it is in the person's queue.
         */
        get org_id(): string | null;
        set org_id(val: string | null);

        /**
         * The id of the {@link Lian.PartyOrg} the person works for, if any: a
         * need assigned to it is in the person's queue.
         */
        get orgId(): string | null;
        set orgId(val: string | null);

        /**
         * The region codes of the scope: a county's records, or a city's and
         * those of its counties.
         */
        get regions(): string[];
        set regions(val: string[]);

        /**
         * What the person may do.
         */
        get roles(): Roles;
        set roles(val: Roles);

        /**
         * The id of the {@link Lian.PartyOrg} whose subtree is in the scope, if
         * any: it and every organisation below it, and their activities.
         */
        get scope_org_id(): string | null;
        set scope_org_id(val: string | null);

        /**
         * The id of the {@link Lian.PartyOrg} whose subtree is in the scope, if
         * any: it and every organisation below it, and their activities.
         */
        get scopeOrgId(): string | null;
        set scopeOrgId(val: string | null);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Actor.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Actor.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, name: string | null, roles: Roles): Actor;

        // Signals
        /** @signal */
        connect<K extends keyof Actor.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Actor.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Actor.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Actor.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Actor.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Actor.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets the chains in the person's scope.
         * @returns the chain ids
         */
        get_chain_ids(): string[];

        /**
         * Gets the id of the organisation the person works for.
         * @returns the organisation's id
         */
        get_org_id(): string | null;

        /**
         * Gets the region codes of the person's scope.
         * @returns the codes, perhaps none
         */
        get_regions(): string[];

        /**
         * Gets what the person may do.
         * @returns the roles
         */
        get_roles(): Roles;

        /**
         * Gets the organisation whose subtree is in the person's scope.
         * @returns the organisation's id
         */
        get_scope_org_id(): string | null;

        /**
         * Whether the person has one of the roles of `role`.
         * @param role one role, or several
         * @returns true if they have one
         */
        has_role(role: Roles): boolean;

        /**
         * Whether the person's scope is the whole register: no regions, no
         * organisation subtree and no chains limit it.
         * @returns true if nothing limits the scope
         */
        is_unlimited(): boolean;

        /**
         * Sets the chains in the person's scope.
         * @param chain_ids ids of {@link Lian.Chain}s
         */
        set_chain_ids(chain_ids: string[] | null): void;

        /**
         * Sets the organisation the person works for.
         * @param org_id the id of a {@link Lian.PartyOrg}
         */
        set_org_id(org_id: string | null): void;

        /**
         * Sets the region codes of the person's scope.
         * @param regions region codes
         */
        set_regions(regions: string[] | null): void;

        /**
         * Sets the person's roles.
         * @param roles what the person may do
         */
        set_roles(roles: Roles): void;

        /**
         * Sets the organisation whose subtree is in the person's scope.
         * @param org_id the id of a {@link Lian.PartyOrg}
         */
        set_scope_org_id(org_id: string | null): void;
    }


    namespace Capability {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::capacity": (pspec: GObject.ParamSpec) => void;
            "notify::certifications": (pspec: GObject.ParamSpec) => void;
            "notify::enterprise-id": (pspec: GObject.ParamSpec) => void;
            "notify::industry-codes": (pspec: GObject.ParamSpec) => void;
            "notify::lead-days": (pspec: GObject.ParamSpec) => void;
            "notify::min-order": (pspec: GObject.ParamSpec) => void;
            "notify::period": (pspec: GObject.ParamSpec) => void;
            "notify::products": (pspec: GObject.ParamSpec) => void;
            "notify::regions": (pspec: GObject.ParamSpec) => void;
            "notify::unit": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            capacity: number;
            certifications: string[];
            enterprise_id: string | null;
            enterpriseId: string | null;
            industry_codes: string[];
            industryCodes: string[];
            lead_days: number;
            leadDays: number;
            min_order: number;
            minOrder: number;
            period: CapacityPeriod;
            products: string[];
            regions: string[];
            unit: string | null;
        }
    }

    /**
     * What an enterprise can supply (产能): its products and industries, its
     * capacity per period, the smallest order it takes, its lead time, its
     * certifications and the regions it serves. An enterprise may have several.
     * {@link Lian.Matcher.match_post} reads them to propose suppliers for a
     * {@link Lian.DemandPost}.
     * 
     * ```python
     * cap = Lian.Capability.new('cap-1', 'ent-diecast')
     * cap.props.industry_codes = ['3392']
     * cap.props.capacity = 10000
     * cap.props.period = Lian.CapacityPeriod.MONTH
     * cap.props.lead_days = 20
     * ```
     * @gir-type Class
     */
    class Capability extends Record {
        static $gtype: GObject.GType<Capability>;

        // Properties
        /**
         * How many units it can make per {@link Lian.Capability.period}.
         */
        get capacity(): number;
        set capacity(val: number);

        /**
         * Its certifications (`IATF 16949`, `ISO 9001`).
         */
        get certifications(): string[];
        set certifications(val: string[]);

        /**
         * The id of the {@link Lian.Enterprise} that can supply. Required;
         * removing the enterprise removes its capabilities.
         */
        get enterprise_id(): string | null;
        set enterprise_id(val: string | null);

        /**
         * The id of the {@link Lian.Enterprise} that can supply. Required;
         * removing the enterprise removes its capabilities.
         */
        get enterpriseId(): string | null;
        set enterpriseId(val: string | null);

        /**
         * The GB/T 4754-2017 codes of its industries (`3392`).
         */
        get industry_codes(): string[];
        set industry_codes(val: string[]);

        /**
         * The GB/T 4754-2017 codes of its industries (`3392`).
         */
        get industryCodes(): string[];
        set industryCodes(val: string[]);

        /**
         * How many days it needs from order to first delivery.
         */
        get lead_days(): number;
        set lead_days(val: number);

        /**
         * How many days it needs from order to first delivery.
         */
        get leadDays(): number;
        set leadDays(val: number);

        /**
         * The smallest order it takes, in units; 0 for any.
         */
        get min_order(): number;
        set min_order(val: number);

        /**
         * The smallest order it takes, in units; 0 for any.
         */
        get minOrder(): number;
        set minOrder(val: number);

        /**
         * The period {@link Lian.Capability.capacity} is given for.
         */
        get period(): CapacityPeriod;
        set period(val: CapacityPeriod);

        /**
         * What it makes (`压铸件`, `精密机加工`).
         */
        get products(): string[];
        set products(val: string[]);

        /**
         * The GB/T 2260 codes of the regions it serves; none: everywhere.
         */
        get regions(): string[];
        set regions(val: string[]);

        /**
         * The unit of {@link Lian.Capability.capacity} (`件`).
         */
        get unit(): string | null;
        set unit(val: string | null);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Capability.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Capability.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, enterprise_id: string): Capability;

        // Signals
        /** @signal */
        connect<K extends keyof Capability.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Capability.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Capability.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Capability.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Capability.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Capability.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets {@link Lian.Capability.capacity}.
         * @returns the capacity
         */
        get_capacity(): number;

        /**
         * How many units the capability makes in `days` days at its capacity: a
         * month counts 30 days, a year 365, and a part of a period counts its part
         * (rounded down).
         * @param days a number of days
         * @returns the number of units
         */
        get_capacity_for_days(days: number): number;

        /**
         * Gets {@link Lian.Capability.certifications}.
         * @returns the certifications, possibly none
         */
        get_certifications(): string[];

        /**
         * Gets {@link Lian.Capability.enterprise_id}.
         * @returns the id of the enterprise
         */
        get_enterprise_id(): string | null;

        /**
         * Gets {@link Lian.Capability.industry_codes}.
         * @returns the industry codes, possibly none
         */
        get_industry_codes(): string[];

        /**
         * Gets {@link Lian.Capability.lead_days}.
         * @returns the lead time in days
         */
        get_lead_days(): number;

        /**
         * Gets {@link Lian.Capability.min_order}.
         * @returns the minimum order
         */
        get_min_order(): number;

        /**
         * Gets {@link Lian.Capability.period}.
         * @returns the period
         */
        get_period(): CapacityPeriod;

        /**
         * Gets {@link Lian.Capability.products}.
         * @returns the products, possibly none
         */
        get_products(): string[];

        /**
         * Gets {@link Lian.Capability.regions}.
         * @returns the region codes, possibly none
         */
        get_regions(): string[];

        /**
         * Gets {@link Lian.Capability.unit}.
         * @returns the unit
         */
        get_unit(): string | null;

        /**
         * Sets {@link Lian.Capability.capacity}.
         * @param capacity the capacity
         */
        set_capacity(capacity: number): void;

        /**
         * Sets {@link Lian.Capability.certifications}.
         * @param certifications the certifications
         */
        set_certifications(certifications: string[] | null): void;

        /**
         * Sets {@link Lian.Capability.enterprise_id}.
         * @param enterprise_id the id of the enterprise
         */
        set_enterprise_id(enterprise_id: string | null): void;

        /**
         * Sets {@link Lian.Capability.industry_codes}.
         * @param industry_codes the industry codes
         */
        set_industry_codes(industry_codes: string[] | null): void;

        /**
         * Sets {@link Lian.Capability.lead_days}.
         * @param lead_days the lead time in days
         */
        set_lead_days(lead_days: number): void;

        /**
         * Sets {@link Lian.Capability.min_order}.
         * @param min_order the minimum order
         */
        set_min_order(min_order: number): void;

        /**
         * Sets {@link Lian.Capability.period}.
         * @param period the period
         */
        set_period(period: CapacityPeriod): void;

        /**
         * Sets {@link Lian.Capability.products}.
         * @param products the products
         */
        set_products(products: string[] | null): void;

        /**
         * Sets {@link Lian.Capability.regions}.
         * @param regions the region codes
         */
        set_regions(regions: string[] | null): void;

        /**
         * Sets {@link Lian.Capability.unit}.
         * @param unit the unit
         */
        set_unit(unit: string | null): void;
    }


    namespace Chain {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::cluster": (pspec: GObject.ParamSpec) => void;
            "notify::leader-ids": (pspec: GObject.ParamSpec) => void;
            "notify::level": (pspec: GObject.ParamSpec) => void;
            "notify::region": (pspec: GObject.ParamSpec) => void;
            "notify::segments": (pspec: GObject.ParamSpec) => void;
            "notify::tier": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            cluster: string | null;
            leader_ids: string[];
            leaderIds: string[];
            level: Level;
            region: string | null;
            segments: string[];
            tier: ChainTier;
        }
    }

    /**
     * An industrial chain: the province's key, advantage and excellent chains,
     * and those cities and counties keep of their own. A chain runs through
     * ordered segments, upstream to downstream, and has one or more
     * chain-leader enterprises (链主企业), held by id.
     * 
     * ```js
     * const ic = new Lian.Chain({
     *     id: 'chain-wx-ic', name: '集成电路', tier: Lian.ChainTier.EXCELLENT,
     *     level: Lian.Level.CITY, region: '320200',
     * });
     * ic.add_segment('芯片设计');
     * ic.add_segment('晶圆制造');
     * ic.add_segment('封装测试');
     * ic.add_leader('ent-wx-1');
     * ic.get_segment_index('封装测试');   // 2
     * ```
     * @gir-type Class
     */
    class Chain extends Record {
        static $gtype: GObject.GType<Chain>;

        // Properties
        /**
         * The advanced-manufacturing cluster the chain belongs to
         * (`集成电路与新一代信息技术`), if any.
         */
        get cluster(): string | null;
        set cluster(val: string | null);

        /**
         * The ids of the chain's chain-leader enterprises, each a
         * {@link Lian.Enterprise}.
         */
        get leader_ids(): string[];
        set leader_ids(val: string[]);

        /**
         * The ids of the chain's chain-leader enterprises, each a
         * {@link Lian.Enterprise}.
         */
        get leaderIds(): string[];
        set leaderIds(val: string[]);

        /**
         * The level that keeps the chain: the province, a city or a county.
         */
        get level(): Level;
        set level(val: Level);

        /**
         * The GB/T 2260 code of the region that keeps the chain (`320200`).
         * Required.
         */
        get region(): string | null;
        set region(val: string | null);

        /**
         * The chain's segments in order, upstream to downstream; each appears
         * once.
         */
        get segments(): string[];
        set segments(val: string[]);

        /**
         * How the province rates the chain: key, advantage, excellent, or not
         * rated.
         */
        get tier(): ChainTier;
        set tier(val: ChainTier);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Chain.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Chain.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, name: string | null): Chain;

        // Signals
        /** @signal */
        connect<K extends keyof Chain.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Chain.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Chain.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Chain.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Chain.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Chain.SignalSignatures[K]>): void;

        // Methods
        /**
         * Makes an enterprise one of the chain's chain-leader enterprises.
         * @param enterprise_id the id of a {@link Lian.Enterprise}
         * @returns true if it was added; false if it already was a leader
         */
        add_leader(enterprise_id: string): boolean;

        /**
         * Appends `segment` downstream of the chain's other segments.
         * @param segment a segment (`封装测试`)
         * @returns true if it was added; false if the chain already has it
         */
        add_segment(segment: string): boolean;

        /**
         * Gets the advanced-manufacturing cluster the chain belongs to.
         * @returns the cluster
         */
        get_cluster(): string | null;

        /**
         * Gets the ids of the chain's chain-leader enterprises.
         * @returns the ids
         */
        get_leader_ids(): string[];

        /**
         * Gets the level that keeps the chain.
         * @returns the level
         */
        get_level(): Level;

        /**
         * Gets the code of the region that keeps the chain.
         * @returns the region code
         */
        get_region(): string | null;

        /**
         * Gets where `segment` sits on the chain, counting from the most upstream
         * segment at 0.
         * @param segment a segment
         * @returns the index of `segment`, or -1 if the chain does not have it
         */
        get_segment_index(segment: string): number;

        /**
         * Gets the chain's segments, upstream to downstream.
         * @returns the segments
         */
        get_segments(): string[];

        /**
         * Gets how the province rates the chain.
         * @returns the tier
         */
        get_tier(): ChainTier;

        /**
         * Whether the chain has `segment`.
         * @param segment a segment
         * @returns true if it has
         */
        has_segment(segment: string): boolean;

        /**
         * Whether an enterprise is one of the chain's chain-leader enterprises.
         * @param enterprise_id the id of a {@link Lian.Enterprise}
         * @returns true if it is
         */
        is_leader(enterprise_id: string): boolean;

        /**
         * Removes an enterprise from the chain's chain-leader enterprises.
         * @param enterprise_id the id of a {@link Lian.Enterprise}
         * @returns true if it was removed; false if it was not a leader
         */
        remove_leader(enterprise_id: string): boolean;

        /**
         * Removes `segment` from the chain; the others keep their order.
         * @param segment a segment
         * @returns true if it was removed; false if the chain did not have it
         */
        remove_segment(segment: string): boolean;

        /**
         * Sets the advanced-manufacturing cluster the chain belongs to.
         * @param cluster the cluster
         */
        set_cluster(cluster: string | null): void;

        /**
         * Replaces the chain's chain-leader enterprises.
         * @param leader_ids the ids of   {@link Lian.Enterprise} records
         */
        set_leader_ids(leader_ids: string[] | null): void;

        /**
         * Sets the level that keeps the chain.
         * @param level the level
         */
        set_level(level: Level): void;

        /**
         * Sets the region that keeps the chain. {@link Lian.Record.validate}
         * checks the code.
         * @param region a GB/T 2260 region code
         */
        set_region(region: string | null): void;

        /**
         * Replaces the chain's segments. {@link Lian.Record.validate} checks that
         * none is empty and none appears twice.
         * @param segments the segments, upstream   to downstream
         */
        set_segments(segments: string[] | null): void;

        /**
         * Sets how the province rates the chain.
         * @param tier the tier
         */
        set_tier(tier: ChainTier): void;
    }


    namespace Change {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {}

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {}
    }

    /**
     * One change a registry accepted: a record added, fields of a record
     * changed, a record removed. Every change to a held record goes through the
     * registry's checks; the ones that pass become entries of its journal
     * ({@link Lian.Registry.get_journal}), in order, with the record's new
     * revision, the time, the actor the registry acted for, and for an update
     * the fields with their values before and after.
     * 
     * ```python
     * need.props.title = '设备更新贷款'          # checked, then accepted
     * change = registry.get_journal()[-1]
     * change.get_fields()                     # ['title']
     * change.get_before('title'), change.get_after('title')
     * ```
     * @gir-type Class
     */
    class Change extends GObject.Object {
        static $gtype: GObject.GType<Change>;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Change.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Change.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        // Signals
        /** @signal */
        connect<K extends keyof Change.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Change.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Change.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Change.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Change.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Change.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets who made the change: the registry's {@link Lian.Registry.actor}
         * when it was accepted.
         * @returns the actor, or `NULL` when none was given
         */
        get_actor(): string | null;

        /**
         * Gets the value `field` had right after the change.
         * @param field one of {@link Lian.Change.get_fields}, or `NULL` for   the only one
         * @returns the value, or `NULL` when the change   did not change `field`
         */
        get_after(field: string | null): unknown | null;

        /**
         * Gets the value `field` had before the change.
         * @param field one of {@link Lian.Change.get_fields}, or `NULL` for   the only one
         * @returns the value, or `NULL` when the change   did not change `field`
         */
        get_before(field: string | null): unknown | null;

        /**
         * Gets the names of the properties an update changed, in the order they
         * changed (a need's move changes `status`, `n-events` and perhaps
         * `resolved`); `extra` stands for the members lian does not know. An
         * addition or a removal has none.
         * @returns the property names
         */
        get_fields(): string[];

        /**
         * Gets what the change did.
         * @returns the operation
         */
        get_operation(): ChangeOperation;

        /**
         * Gets the property an update changed, when it changed exactly one.
         * @returns the property name, or `NULL` for an addition, a   removal or an update of several fields
         */
        get_property_name(): string | null;

        /**
         * Gets the record the change was made to. It is the record as it is now,
         * which later changes may have changed again.
         * @returns the record
         */
        get_record(): Record;

        /**
         * Gets the id of the record the change was made to.
         * @returns the id
         */
        get_record_id(): string;

        /**
         * Gets the kind of the record the change was made to.
         * @returns the kind
         */
        get_record_kind(): RecordKind;

        /**
         * Gets the record's {@link Lian.Record.revision} right after the
         * change: 1 for an addition, one more than before for an update; for a
         * removal, the revision the record had.
         * @returns the revision
         */
        get_revision(): number;

        /**
         * Gets the change's place in its registry's journal: 1 for the first
         * change, one more for each after it.
         * @returns the sequence number
         */
        get_sequence(): number;

        /**
         * Gets when the change was accepted.
         * @returns microseconds since 1970-01-01 00:00 UTC, as `g_get_real_time()`
         */
        get_time(): number;
    }


    namespace CsvImporter {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::allow-duplicates": (pspec: GObject.ParamSpec) => void;
            "notify::encoding": (pspec: GObject.ParamSpec) => void;
            "notify::max-file-size": (pspec: GObject.ParamSpec) => void;
            "notify::partial": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::registry": (pspec: GObject.ParamSpec) => void;
            "notify::update": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            allow_duplicates: boolean;
            allowDuplicates: boolean;
            encoding: string | null;
            max_file_size: bigint | number;
            maxFileSize: bigint | number;
            partial: boolean;
            record_kind: RecordKind;
            recordKind: RecordKind;
            registry: Registry;
            update: boolean;
        }
    }

    /**
     * Takes in enterprises (一企一表), needs or service items from a
     * spreadsheet saved as CSV by Excel or WPS, and says what became of every
     * row.
     * 
     * The header row names the columns, in Chinese or English, in any order
     * (the table is in the CSV guide, `doc/csv-columns.md`); columns lian does
     * not know are kept on each record as string members
     * ({@link Lian.Record.get_extra}). The bytes may be UTF-8, UTF-8 with a
     * byte-order mark, or GB18030 (what Excel writes for "CSV" on a Chinese
     * Windows); see {@link Lian.CsvImporter.encoding}.
     * 
     * Cells are read as people type them: Chinese labels or nicks for
     * categories, statuses, sizes, roles and tags (`融资`, `financing`); lists
     * separated by `、`, `，`, `,`, `;` or `；`; 是/否 for booleans; full-width
     * digits and spaces in codes and numbers; dates as Excel rewrites them
     * (`2023/9/12`); chains, organisations and enterprises by id or by name
     * (as `lian validate` compares names: `无锡华芯微电子` is 无锡华芯微电子有限公司).
     * 
     * Each row of data gets a {@link Lian.CsvRowResult}: imported, updated,
     * rejected (with its row number, the column and why) or skipped. With
     * {@link Lian.CsvImporter.partial} false (the default) the import is
     * all-or-nothing: one rejected row refuses the file, and the registry is
     * left exactly as it was; every row still gets its result, the good ones
     * skipped with what they would have done (`would be imported, but the file
     * was refused`), so the report lists every problem at once. With it true, good rows go in and bad rows are
     * reported. Either way no row is lost without a result saying so; only rows
     * with every cell empty are passed over.
     * 
     * A row whose id (or, for an enterprise, credit code) is already in the
     * registry updates that record, through its setters, in the columns the
     * file has ({@link Lian.CsvImporter.update}). A row without an id gets
     * one: `ent-` and the credit code for an enterprise; `need-` or `svc-`, the
     * first 8 hex digits of the SHA-256 of the file's bytes, and the row number
     * for the others (`need-3f2a9c1e-7`), so importing the same file again finds
     * the same records.
     * 
     * ```python
     * importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
     * importer.props.partial = True
     * importer.import_file('县企业表.csv', None)
     * for result in importer.get_results():
     *     if result.props.outcome == Lian.CsvOutcome.REJECTED:
     *         print(f'row {result.props.row}, {result.props.column}: {result.props.message}')
     * importer.write_report('县企业表-结果.csv')
     * ```
     * @gir-type Class
     */
    class CsvImporter extends GObject.Object {
        static $gtype: GObject.GType<CsvImporter>;

        // Properties
        /**
         * Whether a new need the registry already has — the same enterprise,
         * category, title and day of submission, a sheet imported twice — is
         * imported again, and so is a second row of the file making the same
         * need. By default such a row is rejected
         * (`LIAN_REGISTRY_ERROR_DUPLICATE_ID`, naming the need or row it repeats).
         */
        get allow_duplicates(): boolean;
        set allow_duplicates(val: boolean);

        /**
         * Whether a new need the registry already has — the same enterprise,
         * category, title and day of submission, a sheet imported twice — is
         * imported again, and so is a second row of the file making the same
         * need. By default such a row is rejected
         * (`LIAN_REGISTRY_ERROR_DUPLICATE_ID`, naming the need or row it repeats).
         */
        get allowDuplicates(): boolean;
        set allowDuplicates(val: boolean);

        /**
         * The encoding of the files, or `NULL` (the default) to detect it: UTF-8
         * with or without a byte-order mark, else GB18030 (which covers GBK and
         * GB2312). Set `"UTF-8"` or `"GB18030"` to force one; any other name iconv
         * knows works too.
         */
        get encoding(): string | null;
        set encoding(val: string | null);

        /**
         * The largest file, in bytes, the importer takes, or 0 for no limit;
         * {@link Lian.CSV_MAX_FILE_SIZE} by default. A larger file is refused
         * with `LIAN_FORMAT_ERROR_LIMIT` before it is read.
         */
        get max_file_size(): number;
        set max_file_size(val: bigint | number);

        /**
         * The largest file, in bytes, the importer takes, or 0 for no limit;
         * {@link Lian.CSV_MAX_FILE_SIZE} by default. A larger file is refused
         * with `LIAN_FORMAT_ERROR_LIMIT` before it is read.
         */
        get maxFileSize(): number;
        set maxFileSize(val: bigint | number);

        /**
         * False (the default) for an all-or-nothing import: any rejected row
         * refuses the whole file and leaves the registry untouched. True to take
         * in the good rows and report the bad ones.
         */
        get partial(): boolean;
        set partial(val: boolean);

        /**
         * The kind of record each row is: enterprises, needs or services. Set at
         * construction.
         * @construct-only
         */
        get record_kind(): RecordKind;

        /**
         * The kind of record each row is: enterprises, needs or services. Set at
         * construction.
         * @construct-only
         */
        get recordKind(): RecordKind;

        /**
         * The registry the records go into. Set at construction.
         * @construct-only
         */
        get registry(): Registry;

        /**
         * Whether a row whose id, or for an enterprise whose credit code, is
         * already in the registry updates that record (the default). When false
         * such a row is rejected.
         * 
         * An update sets each column the file has, an empty cell clearing the
         * field; fields without a column are left alone. A need's status moves
         * through {@link Lian.Need.transition}, so its history records the move
         * and an illegal move rejects the row; the history column is not read for
         * updates. A masked phone number (`138****5678`) keeps the number on
         * record.
         */
        get update(): boolean;
        set update(val: boolean);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: CsvImporter.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<CsvImporter.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](registry: Registry, kind: RecordKind): CsvImporter;

        // Signals
        /** @signal */
        connect<K extends keyof CsvImporter.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, CsvImporter.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof CsvImporter.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, CsvImporter.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof CsvImporter.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<CsvImporter.SignalSignatures[K]>): void;

        // Methods
        /**
         * Writes the results of the last import as a CSV file people can open in
         * Excel or WPS: UTF-8 with a byte-order mark, CRLF line ends, one row per
         * row of data with the columns 行号 (row), 结果 (outcome: 已导入, 已更新,
         * 已拒绝, 未导入), 编号 (record id), 列 (column) and 说明 (message).
         * @returns the report
         */
        dup_report(): string;

        /**
         * Gets whether needs the registry already has are imported again.
         * @returns true if they are
         */
        get_allow_duplicates(): boolean;

        /**
         * Gets the encoding files are read in.
         * @returns the encoding, or `NULL` when it is detected
         */
        get_encoding(): string | null;

        /**
         * Gets the largest file the importer takes.
         * @returns the limit in bytes, or 0 for none
         */
        get_max_file_size(): number;

        /**
         * Gets how many rows of the last import became new records.
         * @returns the number of rows imported
         */
        get_n_imported(): number;

        /**
         * Gets how many rows of the last import were rejected.
         * @returns the number of rows rejected
         */
        get_n_rejected(): number;

        /**
         * Gets how many good rows of the last import were not imported because it
         * was all-or-nothing and another row was rejected.
         * @returns the number of rows skipped
         */
        get_n_skipped(): number;

        /**
         * Gets how many rows of the last import updated a record.
         * @returns the number of rows that updated a record
         */
        get_n_updated(): number;

        /**
         * Gets whether good rows go in when others are rejected.
         * @returns true for a partial import, false for all-or-nothing
         */
        get_partial(): boolean;

        /**
         * Gets the kind of record each row is.
         * @returns the kind
         */
        get_record_kind(): RecordKind;

        /**
         * Gets the registry the records go into.
         * @returns the registry
         */
        get_registry(): Registry;

        /**
         * Gets what became of each row of data of the last import, in the order
         * of the file. The list is the same object across imports; each import
         * replaces its items at once.
         * @returns a list of {@link Lian.CsvRowResult}
         */
        get_results(): Gio.ListModel;

        /**
         * Gets whether rows update the records they name.
         * @returns true if rows naming an existing record update it
         */
        get_update(): boolean;

        /**
         * Imports the rows of a CSV file. Every row of data gets a result in
         * {@link Lian.CsvImporter.get_results}, which this call replaces.
         * 
         * The error is about the file as a whole: bytes in no encoding read, no
         * header, a required column missing, a quote never closed, a limit passed
         * ({@link Lian.CSV_MAX_COLUMNS}, {@link Lian.CSV_MAX_CELL_LENGTH},
         * {@link Lian.CsvImporter.max_file_size}). In an
         * all-or-nothing import it also tells of rejected rows, with the domain
         * and code of the first one's problem: `3 of 120 rows rejected; first: row
         * 7, 统一社会信用代码: check character is 'W', not 'X'`. A file-level error
         * leaves the registry untouched and the results empty.
         * @param data the bytes of a CSV   file, in any encoding the importer reads
         * @returns true if the file was read and, for an all-or-nothing import, no   row was rejected
         * @throws GLib.Error
         */
        import_data(data: Uint8Array | string): boolean;

        /**
         * Like {@link Lian.CsvImporter.import_data}, reading a file. A file that
         * cannot be read gives a `G_IO_ERROR` whose message names it and says why
         * (`data/县企业表.csv: No such file or directory`). A file larger than
         * {@link Lian.CsvImporter.max_file_size} is refused before it is read
         * (it is mapped, and mapping reads nothing). Cancelling stops the import
         * before anything is changed.
         * @param path the CSV file to read
         * @param cancellable a cancellable
         * @returns true if the file was read and, for an all-or-nothing import, no   row was rejected
         * @throws GLib.Error
         */
        import_file(path: string, cancellable: Gio.Cancellable | null): boolean;

        /**
         * Sets whether needs the registry already has are imported again, or their
         * rows rejected.
         * @param allow true to import a need the registry already has again
         */
        set_allow_duplicates(allow: boolean): void;

        /**
         * Sets the encoding files are read in.
         * @param encoding `"UTF-8"`, `"GB18030"`, another name iconv knows,   or `NULL` to detect it
         */
        set_encoding(encoding: string | null): void;

        /**
         * Sets the largest file the importer takes.
         * @param max_size the largest file to take, in bytes, or 0 for no limit
         */
        set_max_file_size(max_size: bigint | number): void;

        /**
         * Sets whether good rows go in when others are rejected.
         * @param partial true to take in the good rows of a file with bad ones
         */
        set_partial(partial: boolean): void;

        /**
         * Sets whether rows update the records they name, or are rejected.
         * @param update true to let rows update the records they name
         */
        set_update(update: boolean): void;

        /**
         * Writes the report of {@link Lian.CsvImporter.dup_report} to a file as
         * {@link Lian.file_set_contents} does: atomically (the file holds the old
         * content or the whole report), through a symbolic link, keeping the mode
         * and owner of the file it replaces.
         * @param path the file to write
         * @returns true if the report was written
         * @throws GLib.Error
         */
        write_report(path: string): boolean;
    }


    namespace CsvRowResult {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::column": (pspec: GObject.ParamSpec) => void;
            "notify::message": (pspec: GObject.ParamSpec) => void;
            "notify::outcome": (pspec: GObject.ParamSpec) => void;
            "notify::record-id": (pspec: GObject.ParamSpec) => void;
            "notify::row": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            column: string | null;
            message: string | null;
            outcome: CsvOutcome;
            record_id: string | null;
            recordId: string | null;
            row: number;
        }
    }

    /**
     * What became of one row of a CSV file: imported as a new record, used to
     * update a record, rejected (with the column and the reason), or skipped
     * because an all-or-nothing import was refused. {@link Lian.CsvImporter}
     * gives one per row of data, in the order of the file.
     * 
     * ```python
     * for result in importer.get_results():
     *     if result.props.outcome == Lian.CsvOutcome.REJECTED:
     *         print(result.props.row, result.props.column, result.props.message)
     * ```
     * @gir-type Class
     */
    class CsvRowResult extends GObject.Object {
        static $gtype: GObject.GType<CsvRowResult>;

        // Properties
        /**
         * The header of the column at fault, as written in the file
         * (`统一社会信用代码`), or `NULL` when the row as a whole is (too few
         * cells, a duplicate of another row's key) or nothing is wrong.
         * @read-only
         */
        get column(): string | null;

        /**
         * Why the row was rejected (`check character is 'W', not 'X'`), or a
         * note on a row taken in (`a masked number was left out`), or `NULL`.
         * @read-only
         */
        get message(): string | null;

        /**
         * What became of the row.
         * @read-only
         */
        get outcome(): CsvOutcome;

        /**
         * The id of the record the row made or updated (or would have), if the
         * row got as far as having one.
         * @read-only
         */
        get record_id(): string | null;

        /**
         * The id of the record the row made or updated (or would have), if the
         * row got as far as having one.
         * @read-only
         */
        get recordId(): string | null;

        /**
         * The row's number as a spreadsheet shows it, counting from 1 for the
         * first row of the file (the header, or a title above it): the first row
         * of data under a header in row 1 is row 2. A row whose cells hold line
         * breaks spans several lines of the file but is one row.
         * @read-only
         */
        get row(): number;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: CsvRowResult.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<CsvRowResult.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        // Signals
        /** @signal */
        connect<K extends keyof CsvRowResult.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, CsvRowResult.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof CsvRowResult.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, CsvRowResult.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof CsvRowResult.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<CsvRowResult.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets the header of the column at fault, as written in the file.
         * @returns the header, or `NULL`
         */
        get_column(): string | null;

        /**
         * Gets why the row was rejected, or a note on how it was taken in.
         * @returns the message, or `NULL`
         */
        get_message(): string | null;

        /**
         * Gets what became of the row.
         * @returns the outcome
         */
        get_outcome(): CsvOutcome;

        /**
         * Gets the id of the record the row made or updated.
         * @returns the id, or `NULL` if the row had none
         */
        get_record_id(): string | null;

        /**
         * Gets the row's number as a spreadsheet shows it (the first row of the
         * file is row 1; a row whose cells hold line breaks is one row).
         * @returns the row number
         */
        get_row(): number;
    }


    namespace DemandPost {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::budget-yuan": (pspec: GObject.ParamSpec) => void;
            "notify::chain-id": (pspec: GObject.ParamSpec) => void;
            "notify::delivery-from": (pspec: GObject.ParamSpec) => void;
            "notify::delivery-until": (pspec: GObject.ParamSpec) => void;
            "notify::enterprise-id": (pspec: GObject.ParamSpec) => void;
            "notify::industry-code": (pspec: GObject.ParamSpec) => void;
            "notify::product": (pspec: GObject.ParamSpec) => void;
            "notify::published": (pspec: GObject.ParamSpec) => void;
            "notify::quantity": (pspec: GObject.ParamSpec) => void;
            "notify::segment": (pspec: GObject.ParamSpec) => void;
            "notify::specification": (pspec: GObject.ParamSpec) => void;
            "notify::status": (pspec: GObject.ParamSpec) => void;
            "notify::unit": (pspec: GObject.ParamSpec) => void;
            "notify::visibility": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            budget_yuan: bigint | number;
            budgetYuan: bigint | number;
            chain_id: string | null;
            chainId: string | null;
            delivery_from: string | null;
            deliveryFrom: string | null;
            delivery_until: string | null;
            deliveryUntil: string | null;
            enterprise_id: string | null;
            enterpriseId: string | null;
            industry_code: string | null;
            industryCode: string | null;
            product: string | null;
            published: string | null;
            quantity: number;
            segment: string | null;
            specification: string | null;
            status: PostStatus;
            unit: string | null;
            visibility: PostVisibility;
        }
    }

    /**
     * A demand post (需求发布) of the practice the province calls 同享同行: an
     * enterprise, usually a chain leader, publishes a product it needs with its
     * technical specification, quantity and delivery window, so that suppliers
     * up and down its chain can answer with a {@link Lian.Response}.
     * {@link Lian.Matcher.match_post} proposes suppliers by their
     * {@link Lian.Capability}.
     * 
     * ```python
     * post = Lian.DemandPost.new('post-1', 'ent-leader', 'chain-ic', '铝合金压铸件')
     * post.props.industry_code = '3392'
     * post.props.quantity = 20000
     * post.props.unit = '件'
     * post.props.published = '2024-03-01'
     * post.props.delivery_until = '2024-06-30'
     * ```
     * @gir-type Class
     */
    class DemandPost extends Record {
        static $gtype: GObject.GType<DemandPost>;

        // Properties
        /**
         * The budget, in yuan; 0 when not stated.
         */
        get budget_yuan(): number;
        set budget_yuan(val: bigint | number);

        /**
         * The budget, in yuan; 0 when not stated.
         */
        get budgetYuan(): number;
        set budgetYuan(val: bigint | number);

        /**
         * The id of the {@link Lian.Chain} the post is for. Required.
         */
        get chain_id(): string | null;
        set chain_id(val: string | null);

        /**
         * The id of the {@link Lian.Chain} the post is for. Required.
         */
        get chainId(): string | null;
        set chainId(val: string | null);

        /**
         * The first day of the delivery window, `YYYY-MM-DD`.
         */
        get delivery_from(): string | null;
        set delivery_from(val: string | null);

        /**
         * The first day of the delivery window, `YYYY-MM-DD`.
         */
        get deliveryFrom(): string | null;
        set deliveryFrom(val: string | null);

        /**
         * The last day of the delivery window, `YYYY-MM-DD`. Required; not
         * before {@link Lian.DemandPost.delivery_from} nor
         * {@link Lian.DemandPost.published}.
         */
        get delivery_until(): string | null;
        set delivery_until(val: string | null);

        /**
         * The last day of the delivery window, `YYYY-MM-DD`. Required; not
         * before {@link Lian.DemandPost.delivery_from} nor
         * {@link Lian.DemandPost.published}.
         */
        get deliveryUntil(): string | null;
        set deliveryUntil(val: string | null);

        /**
         * The id of the {@link Lian.Enterprise} that publishes the post, usually
         * a chain leader. Required; removing the enterprise removes its posts.
         */
        get enterprise_id(): string | null;
        set enterprise_id(val: string | null);

        /**
         * The id of the {@link Lian.Enterprise} that publishes the post, usually
         * a chain leader. Required; removing the enterprise removes its posts.
         */
        get enterpriseId(): string | null;
        set enterpriseId(val: string | null);

        /**
         * The GB/T 4754-2017 code of the industry that makes the product: a
         * division (`33`), group (`338`) or class (`3389`). {@link Lian.industry_code_lookup}
         * names it.
         */
        get industry_code(): string | null;
        set industry_code(val: string | null);

        /**
         * The GB/T 4754-2017 code of the industry that makes the product: a
         * division (`33`), group (`338`) or class (`3389`). {@link Lian.industry_code_lookup}
         * names it.
         */
        get industryCode(): string | null;
        set industryCode(val: string | null);

        /**
         * What the publisher wants (`铝合金压铸件`). Required.
         */
        get product(): string | null;
        set product(val: string | null);

        /**
         * The day the post was published, `YYYY-MM-DD`. Required.
         */
        get published(): string | null;
        set published(val: string | null);

        /**
         * How many units are wanted. Required (not 0).
         */
        get quantity(): number;
        set quantity(val: number);

        /**
         * The segment of the chain the publisher works in (`整车制造`); suppliers
         * in the segments before it are upstream of it.
         */
        get segment(): string | null;
        set segment(val: string | null);

        /**
         * The technical specification, in words.
         */
        get specification(): string | null;
        set specification(val: string | null);

        /**
         * Whether the post is open, closed, awarded or cancelled.
         */
        get status(): PostStatus;
        set status(val: PostStatus);

        /**
         * The unit of {@link Lian.DemandPost.quantity} (`件`, `吨`).
         */
        get unit(): string | null;
        set unit(val: string | null);

        /**
         * Who may see the post.
         */
        get visibility(): PostVisibility;
        set visibility(val: PostVisibility);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: DemandPost.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<DemandPost.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, enterprise_id: string, chain_id: string, product: string): DemandPost;

        // Signals
        /** @signal */
        connect<K extends keyof DemandPost.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, DemandPost.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof DemandPost.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, DemandPost.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof DemandPost.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<DemandPost.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets {@link Lian.DemandPost.budget_yuan}.
         * @returns the budget in yuan
         */
        get_budget_yuan(): number;

        /**
         * Gets {@link Lian.DemandPost.chain_id}.
         * @returns the id of the chain
         */
        get_chain_id(): string | null;

        /**
         * Gets {@link Lian.DemandPost.delivery_from}.
         * @returns the first day of the window
         */
        get_delivery_from(): string | null;

        /**
         * Gets {@link Lian.DemandPost.delivery_until}.
         * @returns the last day of the window
         */
        get_delivery_until(): string | null;

        /**
         * Gets {@link Lian.DemandPost.enterprise_id}.
         * @returns the id of the publisher
         */
        get_enterprise_id(): string | null;

        /**
         * Gets {@link Lian.DemandPost.industry_code}.
         * @returns the industry code
         */
        get_industry_code(): string | null;

        /**
         * Gets {@link Lian.DemandPost.product}.
         * @returns the product
         */
        get_product(): string | null;

        /**
         * Gets {@link Lian.DemandPost.published}.
         * @returns the day it was published
         */
        get_published(): string | null;

        /**
         * Gets {@link Lian.DemandPost.quantity}.
         * @returns the quantity
         */
        get_quantity(): number;

        /**
         * Gets {@link Lian.DemandPost.segment}.
         * @returns the segment
         */
        get_segment(): string | null;

        /**
         * Gets {@link Lian.DemandPost.specification}.
         * @returns the specification
         */
        get_specification(): string | null;

        /**
         * Gets {@link Lian.DemandPost.status}.
         * @returns the status
         */
        get_status(): PostStatus;

        /**
         * Gets {@link Lian.DemandPost.unit}.
         * @returns the unit
         */
        get_unit(): string | null;

        /**
         * Gets {@link Lian.DemandPost.visibility}.
         * @returns who may see it
         */
        get_visibility(): PostVisibility;

        /**
         * Sets {@link Lian.DemandPost.budget_yuan}.
         * @param budget_yuan the budget in yuan
         */
        set_budget_yuan(budget_yuan: bigint | number): void;

        /**
         * Sets {@link Lian.DemandPost.chain_id}.
         * @param chain_id the id of the chain
         */
        set_chain_id(chain_id: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.delivery_from}.
         * @param delivery_from the first day of the window
         */
        set_delivery_from(delivery_from: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.delivery_until}.
         * @param delivery_until the last day of the window
         */
        set_delivery_until(delivery_until: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.enterprise_id}.
         * @param enterprise_id the id of the publisher
         */
        set_enterprise_id(enterprise_id: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.industry_code}.
         * @param industry_code the industry code
         */
        set_industry_code(industry_code: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.product}.
         * @param product the product
         */
        set_product(product: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.published}.
         * @param published the day it was published
         */
        set_published(published: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.quantity}.
         * @param quantity the quantity
         */
        set_quantity(quantity: number): void;

        /**
         * Sets {@link Lian.DemandPost.segment}.
         * @param segment the segment
         */
        set_segment(segment: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.specification}.
         * @param specification the specification
         */
        set_specification(specification: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.status}.
         * @param status the status
         */
        set_status(status: PostStatus): void;

        /**
         * Sets {@link Lian.DemandPost.unit}.
         * @param unit the unit
         */
        set_unit(unit: string | null): void;

        /**
         * Sets {@link Lian.DemandPost.visibility}.
         * @param visibility who may see it
         */
        set_visibility(visibility: PostVisibility): void;
    }


    namespace Duplicate {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::band": (pspec: GObject.ParamSpec) => void;
            "notify::first-id": (pspec: GObject.ParamSpec) => void;
            "notify::kind": (pspec: GObject.ParamSpec) => void;
            "notify::reasons": (pspec: GObject.ParamSpec) => void;
            "notify::score": (pspec: GObject.ParamSpec) => void;
            "notify::second-id": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            band: DuplicateBand;
            first_id: string;
            firstId: string;
            kind: RecordKind;
            reasons: string[];
            score: number;
            second_id: string;
            secondId: string;
        }
    }

    /**
     * Two records of one kind that may be one: two enterprises with the same
     * credit code or names alike once 有限公司, brackets and the region are set
     * aside, or a need entered twice. {@link Lian.Registry.find_duplicates}
     * finds them; each says how sure lian is (its band) and why (its reasons).
     * 
     * ```python
     * for pair in registry.find_duplicates(Lian.RecordKind.ENTERPRISE,
     *                                      Lian.DuplicateBand.LIKELY):
     *     print(pair.get_first_id(), pair.get_second_id(), pair.get_band(),
     *           '; '.join(pair.get_reasons()))
     * ```
     * @gir-type Class
     */
    class Duplicate extends GObject.Object {
        static $gtype: GObject.GType<Duplicate>;

        // Properties
        /**
         * How sure lian is that the two are one.
         * @read-only
         */
        get band(): DuplicateBand;

        /**
         * The id of the first record of the pair, the one a merge keeps.
         * @read-only
         */
        get first_id(): string;

        /**
         * The id of the first record of the pair, the one a merge keeps.
         * @read-only
         */
        get firstId(): string;

        /**
         * The kind of the two records.
         * @read-only
         */
        get kind(): RecordKind;

        /**
         * What the two have alike, or not, in lian's language.
         * @read-only
         */
        get reasons(): string[];

        /**
         * The likeness of the two; 1 or more for a certain pair.
         * @read-only
         */
        get score(): number;

        /**
         * The id of the second record of the pair.
         * @read-only
         */
        get second_id(): string;

        /**
         * The id of the second record of the pair.
         * @read-only
         */
        get secondId(): string;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Duplicate.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Duplicate.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        // Signals
        /** @signal */
        connect<K extends keyof Duplicate.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Duplicate.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Duplicate.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Duplicate.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Duplicate.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Duplicate.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets how sure lian is that the two are one.
         * @returns the band
         */
        get_band(): DuplicateBand;

        /**
         * Gets the id of the first record of the pair: the one added first, the one
         * a merge would keep.
         * @returns the id
         */
        get_first_id(): string;

        /**
         * Gets the kind of the two records.
         * @returns the kind
         */
        get_kind(): RecordKind;

        /**
         * Gets what the two have alike, or not, in lian's language: "same credit
         * code", "same telephone", "regions differ".
         * @returns the reasons
         */
        get_reasons(): string[];

        /**
         * Gets the likeness of the two, from 0 (nothing alike) up; 1 or more for a
         * certain pair. Pairs of one band are sorted by it.
         * @returns the score
         */
        get_score(): number;

        /**
         * Gets the id of the second record of the pair.
         * @returns the id
         */
        get_second_id(): string;
    }


    namespace Enterprise {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::aliases": (pspec: GObject.ParamSpec) => void;
            "notify::chain-ids": (pspec: GObject.ParamSpec) => void;
            "notify::contact-name": (pspec: GObject.ParamSpec) => void;
            "notify::contact-phone": (pspec: GObject.ParamSpec) => void;
            "notify::employees": (pspec: GObject.ParamSpec) => void;
            "notify::not-duplicates": (pspec: GObject.ParamSpec) => void;
            "notify::parent-id": (pspec: GObject.ParamSpec) => void;
            "notify::party-members": (pspec: GObject.ParamSpec) => void;
            "notify::region": (pspec: GObject.ParamSpec) => void;
            "notify::size": (pspec: GObject.ParamSpec) => void;
            "notify::tags": (pspec: GObject.ParamSpec) => void;
            "notify::uscc": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            aliases: string[];
            chain_ids: string[];
            chainIds: string[];
            contact_name: string | null;
            contactName: string | null;
            contact_phone: string | null;
            contactPhone: string | null;
            employees: number;
            not_duplicates: string[];
            notDuplicates: string[];
            parent_id: string | null;
            parentId: string | null;
            party_members: number;
            partyMembers: number;
            region: string | null;
            size: EnterpriseSize;
            tags: EnterpriseTags;
            uscc: string | null;
        }
    }

    /**
     * An enterprise on one or more industrial chains: its Unified Social Credit
     * Code, the region it is registered in, its size and tags, its workforce and
     * party members, whom to call, and the group headquarters it belongs to
     * (总部党建), which may be in another province.
     * 
     * Its places on chains are {@link Lian.ChainLink}s, kept in the order they
     * were added, at most one per chain.
     * 
     * ```python
     * ent = Lian.Enterprise(id='ent-1', name='无锡华润微电子', uscc='91320214745555318W',
     *                       region='320214', size=Lian.EnterpriseSize.LARGE,
     *                       tags=Lian.EnterpriseTags.HIGH_TECH | Lian.EnterpriseTags.LISTED)
     * ent.add_chain_link('chain-ic', '封装测试', Lian.ChainRole.LEADER)
     * print(ent.props.chain_ids)      # ['chain-ic']
     * ```
     * @gir-type Class
     */
    class Enterprise extends Record {
        static $gtype: GObject.GType<Enterprise>;

        // Properties
        /**
         * The ids of enterprises merged into this one
         * ({@link Lian.Registry.merge_enterprises}): they still find it in
         * {@link Lian.Registry.lookup_enterprise} and in CSV imports.
         */
        get aliases(): string[];
        set aliases(val: string[]);

        /**
         * The ids of the chains the enterprise is on, in the order of its
         * {@link Lian.ChainLink}s. It changes, and is notified, with every change
         * to the links.
         * @read-only
         */
        get chain_ids(): string[];

        /**
         * The ids of the chains the enterprise is on, in the order of its
         * {@link Lian.ChainLink}s. It changes, and is notified, with every change
         * to the links.
         * @read-only
         */
        get chainIds(): string[];

        /**
         * The name of the person to contact at the enterprise.
         */
        get contact_name(): string | null;
        set contact_name(val: string | null);

        /**
         * The name of the person to contact at the enterprise.
         */
        get contactName(): string | null;
        set contactName(val: string | null);

        /**
         * The contact's telephone number, as written.
         */
        get contact_phone(): string | null;
        set contact_phone(val: string | null);

        /**
         * The contact's telephone number, as written.
         */
        get contactPhone(): string | null;
        set contactPhone(val: string | null);

        /**
         * How many people the enterprise employs.
         */
        get employees(): number;
        set employees(val: number);

        /**
         * The ids of enterprises a person decided are not the same enterprise
         * as this one, though they look alike ({@link Lian.Registry.decide_duplicate}):
         * {@link Lian.Registry.find_duplicates} no longer offers the pair.
         */
        get not_duplicates(): string[];
        set not_duplicates(val: string[]);

        /**
         * The ids of enterprises a person decided are not the same enterprise
         * as this one, though they look alike ({@link Lian.Registry.decide_duplicate}):
         * {@link Lian.Registry.find_duplicates} no longer offers the pair.
         */
        get notDuplicates(): string[];
        set notDuplicates(val: string[]);

        /**
         * The id of the enterprise's group headquarters, another
         * {@link Lian.Enterprise}, possibly in another province (总部党建); `NULL`
         * if it has none. It may not be the enterprise's own id, and a registry
         * refuses headquarters whose own headquarters lead back to it.
         */
        get parent_id(): string | null;
        set parent_id(val: string | null);

        /**
         * The id of the enterprise's group headquarters, another
         * {@link Lian.Enterprise}, possibly in another province (总部党建); `NULL`
         * if it has none. It may not be the enterprise's own id, and a registry
         * refuses headquarters whose own headquarters lead back to it.
         */
        get parentId(): string | null;
        set parentId(val: string | null);

        /**
         * How many party members work in the enterprise.
         */
        get party_members(): number;
        set party_members(val: number);

        /**
         * How many party members work in the enterprise.
         */
        get partyMembers(): number;
        set partyMembers(val: number);

        /**
         * The code of the region the enterprise is registered in (GB/T 2260, such
         * as `320214`). Required.
         */
        get region(): string | null;
        set region(val: string | null);

        /**
         * The enterprise's size class.
         */
        get size(): EnterpriseSize;
        set size(val: EnterpriseSize);

        /**
         * The tags the enterprise carries: specialised and innovative, high-tech,
         * listed, state-owned and so on.
         */
        get tags(): EnterpriseTags;
        set tags(val: EnterpriseTags);

        /**
         * The enterprise's Unified Social Credit Code (统一社会信用代码), 18
         * characters. Required. It is kept as given; {@link Lian.Record.validate}
         * wants it exactly valid, so normalise typed codes with
         * {@link Lian.uscc_normalize} first.
         */
        get uscc(): string | null;
        set uscc(val: string | null);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Enterprise.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Enterprise.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, name: string, uscc: string, region: string): Enterprise;

        // Signals
        /** @signal */
        connect<K extends keyof Enterprise.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Enterprise.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Enterprise.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Enterprise.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Enterprise.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Enterprise.SignalSignatures[K]>): void;

        // Methods
        /**
         * Puts the enterprise on a chain. A new chain is added after the others; if
         * the enterprise is already on `chain_id`, that link is replaced where it
         * stands. Nothing changes if the link would be the same.
         * 
         * ```c
         * lian_enterprise_add_chain_link (ent, "chain-ic", "封装测试", LIAN_CHAIN_ROLE_CORE);
         * ```
         * @param chain_id the id of a {@link Lian.Chain}
         * @param segment the segment of the chain it works in, if known
         * @param role its role on the chain
         */
        add_chain_link(chain_id: string, segment: string | null, role: ChainRole): void;

        /**
         * Gets the ids of the enterprises merged into this one.
         * @returns the ids, possibly empty
         */
        get_aliases(): string[];

        /**
         * Gets the ids of the chains the enterprise is on, in the order of its
         * links. The array belongs to the enterprise's links: it is valid until
         * the enterprise's chain links next change; copy it (g_strdupv()) to keep
         * it longer.
         * @returns the chain ids, perhaps   none
         */
        get_chain_ids(): string[];

        /**
         * Gets the enterprise's link to a chain.
         * @param chain_id the id of a {@link Lian.Chain}
         * @returns the link, or `NULL` if the   enterprise is not on `chain_id`
         */
        get_chain_link(chain_id: string): ChainLink | null;

        /**
         * Gets the enterprise's links to chains, in the order they were added. The
         * array is made when first asked for; it belongs to the enterprise and
         * changes with it: do not modify it, and take a reference to a link to keep
         * it. To read the links, {@link Lian.Enterprise.get_chain_ids} and
         * {@link Lian.Enterprise.get_chain_link} make nothing.
         * @returns the links, perhaps   none
         */
        get_chain_links(): ChainLink[];

        /**
         * Gets the name of the person to contact.
         * @returns the name
         */
        get_contact_name(): string | null;

        /**
         * Gets the contact's telephone number.
         * @returns the number, as written
         */
        get_contact_phone(): string | null;

        /**
         * Gets how many people the enterprise employs.
         * @returns the number of employees
         */
        get_employees(): number;

        /**
         * Gets the ids of enterprises decided not to be the same as this one.
         * @returns the ids, possibly empty
         */
        get_not_duplicates(): string[];

        /**
         * Gets the id of the enterprise's group headquarters.
         * @returns the id, or `NULL` if it has none
         */
        get_parent_id(): string | null;

        /**
         * Gets how many party members work in the enterprise.
         * @returns the number of party members
         */
        get_party_members(): number;

        /**
         * Gets the code of the region the enterprise is registered in.
         * @returns the region code
         */
        get_region(): string | null;

        /**
         * Gets the enterprise's size class.
         * @returns the size
         */
        get_size(): EnterpriseSize;

        /**
         * Gets the tags the enterprise carries.
         * @returns the tags
         */
        get_tags(): EnterpriseTags;

        /**
         * Gets the enterprise's Unified Social Credit Code.
         * @returns the code, as stored
         */
        get_uscc(): string | null;

        /**
         * Whether the enterprise carries `tag`; when `tag` holds several tags, whether
         * it carries all of them. Every enterprise carries
         * `LIAN_ENTERPRISE_TAGS_NONE`.
         * @param tag one tag, or several
         * @returns true if every tag in `tag` is set
         */
        has_tag(tag: EnterpriseTags): boolean;

        /**
         * Takes the enterprise off a chain. The other links keep their order.
         * @param chain_id the id of a {@link Lian.Chain}
         * @returns true if the enterprise was on `chain_id`
         */
        remove_chain_link(chain_id: string): boolean;

        /**
         * Sets the ids of the enterprises merged into this one.
         * @param aliases ids of enterprises merged   into this one
         */
        set_aliases(aliases: string[] | null): void;

        /**
         * Sets the name of the person to contact.
         * @param contact_name the name
         */
        set_contact_name(contact_name: string | null): void;

        /**
         * Sets the contact's telephone number.
         * @param contact_phone the number
         */
        set_contact_phone(contact_phone: string | null): void;

        /**
         * Sets how many people the enterprise employs.
         * @param employees the number of employees
         */
        set_employees(employees: number): void;

        /**
         * Sets the ids of enterprises decided not to be the same as this one.
         * @param ids ids of enterprises that are   not the same as this one
         */
        set_not_duplicates(ids: string[] | null): void;

        /**
         * Sets the enterprise's group headquarters, possibly in another province.
         * @param parent_id the id of another {@link Lian.Enterprise}
         */
        set_parent_id(parent_id: string | null): void;

        /**
         * Sets how many party members work in the enterprise.
         * @param party_members the number of party members
         */
        set_party_members(party_members: number): void;

        /**
         * Sets the region the enterprise is registered in.
         * {@link Lian.Record.validate} checks the code.
         * @param region a region code (GB/T 2260)
         */
        set_region(region: string | null): void;

        /**
         * Sets the enterprise's size class.
         * @param size the size
         */
        set_size(size: EnterpriseSize): void;

        /**
         * Sets the tags the enterprise carries, replacing those it had.
         * @param tags the tags
         */
        set_tags(tags: EnterpriseTags): void;

        /**
         * Sets the enterprise's Unified Social Credit Code. It is stored as given;
         * {@link Lian.Record.validate} checks it.
         * @param uscc the code
         */
        set_uscc(uscc: string | null): void;
    }


    namespace Filter {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::as-of": (pspec: GObject.ParamSpec) => void;
            "notify::bottleneck-only": (pspec: GObject.ParamSpec) => void;
            "notify::categories": (pspec: GObject.ParamSpec) => void;
            "notify::chain-id": (pspec: GObject.ParamSpec) => void;
            "notify::has-status": (pspec: GObject.ParamSpec) => void;
            "notify::open-longer-than": (pspec: GObject.ParamSpec) => void;
            "notify::open-only": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::region": (pspec: GObject.ParamSpec) => void;
            "notify::resolved-since": (pspec: GObject.ParamSpec) => void;
            "notify::resolved-until": (pspec: GObject.ParamSpec) => void;
            "notify::since": (pspec: GObject.ParamSpec) => void;
            "notify::status": (pspec: GObject.ParamSpec) => void;
            "notify::tags": (pspec: GObject.ParamSpec) => void;
            "notify::text": (pspec: GObject.ParamSpec) => void;
            "notify::until": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            as_of: string | null;
            asOf: string | null;
            bottleneck_only: boolean;
            bottleneckOnly: boolean;
            categories: NeedCategories;
            chain_id: string | null;
            chainId: string | null;
            has_status: boolean;
            hasStatus: boolean;
            open_longer_than: number;
            openLongerThan: number;
            open_only: boolean;
            openOnly: boolean;
            record_kind: RecordKind;
            recordKind: RecordKind;
            region: string | null;
            resolved_since: string | null;
            resolvedSince: string | null;
            resolved_until: string | null;
            resolvedUntil: string | null;
            since: string | null;
            status: NeedStatus;
            tags: EnterpriseTags;
            text: string | null;
            until: string | null;
        }
    }

    /**
     * Which records a selection wants: `lian_registry_select()` takes a filter
     * and returns the records of its {@link Lian.Filter.record_kind} that
     * meet every criterion set on it.
     * 
     * Every criterion is optional: one left unset (`NULL`, `0`, false, or for
     * the status, {@link Lian.Filter.has_status} false) matches everything.
     * Criteria that do not apply to the kind selected are ignored.
     * 
     * A setter takes any value of the right type; what it holds is checked
     * when the filter is used. A filter with a date that is not a real
     * `YYYY-MM-DD` one, a range that ends before it starts, a malformed region
     * code, a region name that names no region or several, or the id of a
     * chain the registry does not hold, is an error of
     * {@link Lian.Registry.select}, never an empty selection.
     * {@link Lian.Filter.check} checks what can be checked without a registry.
     * 
     * ```python
     * wanted = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='无锡市',
     *                      open_only=True, since='2023-01-01')
     * wanted.props.categories = Lian.NeedCategories.FINANCING
     * stuck = Lian.Filter(bottleneck_only=True, open_longer_than=90,
     *                     as_of='2023-12-31')
     * ```
     * @gir-type Class
     */
    class Filter extends GObject.Object {
        static $gtype: GObject.GType<Filter>;

        // Properties
        /**
         * The day, `YYYY-MM-DD`, on which {@link Lian.Filter.open_longer_than}
         * counts the days a need has been open, and on which its status is read
         * from its history. `NULL` means today, with the status the need has now.
         */
        get as_of(): string | null;
        set as_of(val: string | null);

        /**
         * The day, `YYYY-MM-DD`, on which {@link Lian.Filter.open_longer_than}
         * counts the days a need has been open, and on which its status is read
         * from its history. `NULL` means today, with the status the need has now.
         */
        get asOf(): string | null;
        set asOf(val: string | null);

        /**
         * Only needs marked as bottleneck (卡脖子) problems: see
         * {@link Lian.Need.bottleneck}.
         */
        get bottleneck_only(): boolean;
        set bottleneck_only(val: boolean);

        /**
         * Only needs marked as bottleneck (卡脖子) problems: see
         * {@link Lian.Need.bottleneck}.
         */
        get bottleneckOnly(): boolean;
        set bottleneckOnly(val: boolean);

        /**
         * Need categories: only needs in one of them, only service items serving
         * one of them. `0` matches every category.
         */
        get categories(): NeedCategories;
        set categories(val: NeedCategories);

        /**
         * The id of a {@link Lian.Chain}: only records on that chain. `NULL`
         * matches every chain.
         */
        get chain_id(): string | null;
        set chain_id(val: string | null);

        /**
         * The id of a {@link Lian.Chain}: only records on that chain. `NULL`
         * matches every chain.
         */
        get chainId(): string | null;
        set chainId(val: string | null);

        /**
         * Whether the {@link Lian.Filter.status} criterion is in force. Setting
         * the status makes it true; {@link Lian.Filter.clear_status} makes it
         * false.
         * @read-only
         */
        get has_status(): boolean;

        /**
         * Whether the {@link Lian.Filter.status} criterion is in force. Setting
         * the status makes it true; {@link Lian.Filter.clear_status} makes it
         * false.
         * @read-only
         */
        get hasStatus(): boolean;

        /**
         * Only needs open for more than this many days on the day of
         * {@link Lian.Filter.as_of} (today when it is `NULL`): submitted more
         * than that many days before, and not yet resolved or closed on that
         * day. `0` sets no such criterion.
         */
        get open_longer_than(): number;
        set open_longer_than(val: number);

        /**
         * Only needs open for more than this many days on the day of
         * {@link Lian.Filter.as_of} (today when it is `NULL`): submitted more
         * than that many days before, and not yet resolved or closed on that
         * day. `0` sets no such criterion.
         */
        get openLongerThan(): number;
        set openLongerThan(val: number);

        /**
         * Only what is still open: needs submitted, accepted or in progress, and
         * action projects not yet done or cancelled.
         */
        get open_only(): boolean;
        set open_only(val: boolean);

        /**
         * Only what is still open: needs submitted, accepted or in progress, and
         * action projects not yet done or cancelled.
         */
        get openOnly(): boolean;
        set openOnly(val: boolean);

        /**
         * The kind of record selected.
         */
        get record_kind(): RecordKind;
        set record_kind(val: RecordKind);

        /**
         * The kind of record selected.
         */
        get recordKind(): RecordKind;
        set recordKind(val: RecordKind);

        /**
         * A region: only records in it or in a region below it. For a need, the
         * region of its enterprise counts; for a service item, its scope; a
         * chain lies where its region says and where each of its leaders lies,
         * an organisation where its region says and where each of its members
         * lies, a project where its owner lies and where the enterprise of each
         * of its needs lies (see {@link Lian.Registry.select}). `NULL` matches
         * every region.
         * 
         * Give its GB/T 2260 code (`320200`) or its exact name (`无锡市`), which
         * {@link Lian.Registry.select} resolves to the code through the
         * registry's {@link Lian.Region} records and lian's built-in table; a
         * name that two regions share (`鼓楼区`) is refused with an error that
         * lists their codes. White space around the value is dropped when it is
         * set, so `'320200 '` reads back as `320200`.
         */
        get region(): string | null;
        set region(val: string | null);

        /**
         * Only needs resolved on this day, `YYYY-MM-DD`, or later, by their
         * {@link Lian.Need.resolved} date; a need without one does not match.
         * `NULL` sets no lower bound.
         */
        get resolved_since(): string | null;
        set resolved_since(val: string | null);

        /**
         * Only needs resolved on this day, `YYYY-MM-DD`, or later, by their
         * {@link Lian.Need.resolved} date; a need without one does not match.
         * `NULL` sets no lower bound.
         */
        get resolvedSince(): string | null;
        set resolvedSince(val: string | null);

        /**
         * Only needs resolved on this day, `YYYY-MM-DD`, or earlier, as for
         * {@link Lian.Filter.resolved_since}. `NULL` sets no upper bound.
         */
        get resolved_until(): string | null;
        set resolved_until(val: string | null);

        /**
         * Only needs resolved on this day, `YYYY-MM-DD`, or earlier, as for
         * {@link Lian.Filter.resolved_since}. `NULL` sets no upper bound.
         */
        get resolvedUntil(): string | null;
        set resolvedUntil(val: string | null);

        /**
         * The first day wanted, `YYYY-MM-DD`, inclusive. The record's own date
         * counts: when a need was submitted, the day of an activity, when a
         * project started, when an organisation was founded. `NULL` sets no
         * lower bound. The setter does not check the date:
         * {@link Lian.Filter.check} and {@link Lian.Registry.select} refuse a
         * filter whose date is not a real `YYYY-MM-DD` one, or whose since comes
         * after its until.
         */
        get since(): string | null;
        set since(val: string | null);

        /**
         * Only needs with this status. The criterion is ignored while
         * {@link Lian.Filter.has_status} is false; setting this property, even
         * at construction and even to the value it already holds, makes
         * {@link Lian.Filter.has_status} true.
         */
        get status(): NeedStatus;
        set status(val: NeedStatus);

        /**
         * Enterprise tags: only enterprises carrying all of them. `0` matches
         * every enterprise.
         */
        get tags(): EnterpriseTags;
        set tags(val: EnterpriseTags);

        /**
         * Text the record's name or title must contain. `NULL` matches every
         * record.
         */
        get text(): string | null;
        set text(val: string | null);

        /**
         * The last day wanted, `YYYY-MM-DD`, inclusive, compared with the same
         * date of the record as {@link Lian.Filter.since}. `NULL` sets no
         * upper bound. The setter does not check the date: see
         * {@link Lian.Filter.since}.
         */
        get until(): string | null;
        set until(val: string | null);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Filter.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Filter.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](kind: RecordKind): Filter;

        // Signals
        /** @signal */
        connect<K extends keyof Filter.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Filter.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Filter.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Filter.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Filter.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Filter.SignalSignatures[K]>): void;

        // Methods
        /**
         * Checks what can be checked of `self` without a registry: that its dates
         * ({@link Lian.Filter.since}, {@link Lian.Filter.until},
         * {@link Lian.Filter.as_of} and the resolution range) are real
         * `YYYY-MM-DD` dates, that neither range ends before it starts, and that a
         * region given by digits is a valid GB/T 2260 code. A region given by
         * name is resolved, and a chain id looked up, by
         * {@link Lian.Registry.select}, which calls this first.
         * 
         * ```python
         * try:
         *     Lian.Filter(since='2023-13-01').check()
         * except GLib.Error as e:
         *     assert e.matches(Lian.data_error_quark(), Lian.DataError.INVALID_DATE)
         * ```
         * @returns true if `self` is fit to use; false with   `LIAN_DATA_ERROR_INVALID_DATE`, `LIAN_DATA_ERROR_INVALID_VALUE` (a range   that ends before it starts) or `LIAN_DATA_ERROR_INVALID_REGION`   otherwise
         * @throws GLib.Error
         */
        check(): boolean;

        /**
         * Takes the status criterion out of force: {@link Lian.Filter.has_status}
         * becomes false and needs of every status match again.
         * {@link Lian.Filter.status} keeps its value.
         */
        clear_status(): void;

        /**
         * Gets the day on which the age of needs is counted.
         * @returns the date, `YYYY-MM-DD`, or `NULL` for today
         */
        get_as_of(): string | null;

        /**
         * Gets whether only bottleneck needs are selected.
         * @returns true if only needs marked as bottleneck problems match
         */
        get_bottleneck_only(): boolean;

        /**
         * Gets the need categories selected.
         * @returns the categories; `0` for any
         */
        get_categories(): NeedCategories;

        /**
         * Gets the id of the chain selected.
         * @returns the id
         */
        get_chain_id(): string | null;

        /**
         * Gets whether the status criterion is in force.
         * @returns true once a status was set and not cleared since
         */
        get_has_status(): boolean;

        /**
         * Gets the number of days a need must have been open to be selected.
         * @returns the days; `0` for no such criterion
         */
        get_open_longer_than(): number;

        /**
         * Gets whether only what is still open is selected.
         * @returns true if only open needs and unfinished projects match
         */
        get_open_only(): boolean;

        /**
         * Gets the kind of record selected.
         * @returns the kind
         */
        get_record_kind(): RecordKind;

        /**
         * Gets the code of the region selected.
         * @returns the code
         */
        get_region(): string | null;

        /**
         * Gets the first day of resolution selected.
         * @returns the date, `YYYY-MM-DD`
         */
        get_resolved_since(): string | null;

        /**
         * Gets the last day of resolution selected.
         * @returns the date, `YYYY-MM-DD`
         */
        get_resolved_until(): string | null;

        /**
         * Gets the first day selected.
         * @returns the date, `YYYY-MM-DD`
         */
        get_since(): string | null;

        /**
         * Gets the status selected. It means nothing while
         * {@link Lian.Filter.get_has_status} returns false.
         * @returns the status
         */
        get_status(): NeedStatus;

        /**
         * Gets the enterprise tags selected.
         * @returns the tags; `0` for any
         */
        get_tags(): EnterpriseTags;

        /**
         * Gets the text the name or title must contain.
         * @returns the text
         */
        get_text(): string | null;

        /**
         * Gets the last day selected.
         * @returns the date, `YYYY-MM-DD`
         */
        get_until(): string | null;

        /**
         * Sets the day on which {@link Lian.Filter.open_longer_than} counts.
         * The date is checked when the filter is used: see
         * {@link Lian.Filter.check}.
         * @param as_of the date, `YYYY-MM-DD`, or `NULL` for today
         */
        set_as_of(as_of: string | null): void;

        /**
         * Selects only needs marked as bottleneck (卡脖子) problems.
         * @param bottleneck_only whether to select only bottleneck needs
         */
        set_bottleneck_only(bottleneck_only: boolean): void;

        /**
         * Selects only needs in one of `categories` and service items serving one of
         * them.
         * @param categories the categories, or `0` for any
         */
        set_categories(categories: NeedCategories): void;

        /**
         * Selects only records on one chain.
         * @param chain_id the id of a {@link Lian.Chain}, or `NULL` for any chain
         */
        set_chain_id(chain_id: string | null): void;

        /**
         * Selects only needs open for more than `days` days on the day of
         * {@link Lian.Filter.as_of}.
         * @param days the days, or `0` for no such criterion
         */
        set_open_longer_than(days: number): void;

        /**
         * Selects only open needs (submitted, accepted or in progress) and projects
         * not yet done or cancelled.
         * @param open_only whether to select only what is still open
         */
        set_open_only(open_only: boolean): void;

        /**
         * Sets the kind of record selected.
         * @param kind the kind
         */
        set_record_kind(kind: RecordKind): void;

        /**
         * Selects only records in `region` or in a region below it. White space
         * around `region` is dropped; a name is resolved to its code when the
         * filter is used (see {@link Lian.Filter.region}).
         * @param region a region code or name, or `NULL` for any region
         */
        set_region(region: string | null): void;

        /**
         * Selects only needs resolved on `since` or later. The date is checked when
         * the filter is used: see {@link Lian.Filter.check}.
         * @param since the date, `YYYY-MM-DD`, or `NULL` for no lower bound
         */
        set_resolved_since(since: string | null): void;

        /**
         * Selects only needs resolved on `until` or earlier. The date is checked
         * when the filter is used: see {@link Lian.Filter.check}.
         * @param until the date, `YYYY-MM-DD`, or `NULL` for no upper bound
         */
        set_resolved_until(until: string | null): void;

        /**
         * Selects only records dated `since` or later. The date is checked when the
         * filter is used: see {@link Lian.Filter.check}.
         * @param since the date, `YYYY-MM-DD`, or `NULL` for no lower bound
         */
        set_since(since: string | null): void;

        /**
         * Selects only needs with `status`, and puts the status criterion in force:
         * {@link Lian.Filter.has_status} becomes true. When the criterion was
         * not in force, both properties notify.
         * @param status the status
         */
        set_status(status: NeedStatus): void;

        /**
         * Selects only enterprises carrying all of `tags`.
         * @param tags the tags, or `0` for any
         */
        set_tags(tags: EnterpriseTags): void;

        /**
         * Selects only records whose name or title contains `text`.
         * @param text the text, or `NULL` for any
         */
        set_text(text: string | null): void;

        /**
         * Selects only records dated `until` or earlier. The date is checked when
         * the filter is used: see {@link Lian.Filter.check}.
         * @param until the date, `YYYY-MM-DD`, or `NULL` for no upper bound
         */
        set_until(until: string | null): void;
    }


    namespace Gap {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::category": (pspec: GObject.ParamSpec) => void;
            "notify::n-needs": (pspec: GObject.ParamSpec) => void;
            "notify::need-ids": (pspec: GObject.ParamSpec) => void;
            "notify::region": (pspec: GObject.ParamSpec) => void;
            "notify::region-name": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            category: NeedCategory;
            n_needs: number;
            nNeeds: number;
            need_ids: string[];
            needIds: string[];
            region: string | null;
            region_name: string | null;
            regionName: string | null;
        }
    }

    /**
     * One line of the gap report that {@link Lian.Matcher.find_gaps} makes for
     * departments: the open needs of one {@link Lian.NeedCategory} in one region
     * that no service item can serve, because none serves the category there,
     * applies to their chain or is valid on their date.
     * 
     * ```js
     * for (const gap of matcher.find_gaps(null, Lian.Level.CITY))
     *     print(`${gap.region_name}: ${gap.n_needs} ${Lian.enum_to_nick(Lian.NeedCategory, gap.category)}`);
     * ```
     * @gir-type Class
     */
    class Gap extends GObject.Object {
        static $gtype: GObject.GType<Gap>;

        // Properties
        /**
         * The category of the needs.
         * @read-only
         */
        get category(): NeedCategory;

        /**
         * How many needs there are.
         * @read-only
         */
        get n_needs(): number;

        /**
         * How many needs there are.
         * @read-only
         */
        get nNeeds(): number;

        /**
         * The ids of the needs, in the order of their ids.
         * @read-only
         */
        get need_ids(): string[];

        /**
         * The ids of the needs, in the order of their ids.
         * @read-only
         */
        get needIds(): string[];

        /**
         * The code of the region, at the level the report was asked for, that
         * holds the enterprises of the needs (`320200` for needs of enterprises
         * in `320214` in a report by city). `NULL` for needs whose enterprise has
         * no valid region.
         * @read-only
         */
        get region(): string | null;

        /**
         * The name of {@link Lian.Gap.region}, as
         * {@link Lian.Registry.dup_region_name} gives it.
         * @read-only
         */
        get region_name(): string | null;

        /**
         * The name of {@link Lian.Gap.region}, as
         * {@link Lian.Registry.dup_region_name} gives it.
         * @read-only
         */
        get regionName(): string | null;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Gap.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Gap.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        // Signals
        /** @signal */
        connect<K extends keyof Gap.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Gap.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Gap.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Gap.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Gap.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Gap.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets the category of the needs.
         * @returns the category
         */
        get_category(): NeedCategory;

        /**
         * Gets how many needs no service item can serve.
         * @returns the number of needs
         */
        get_n_needs(): number;

        /**
         * Gets the ids of the needs that no service item can serve.
         * @returns the ids, in order
         */
        get_need_ids(): string[];

        /**
         * Gets the code of the region of the needs' enterprises.
         * @returns the code, or `NULL` if they have no valid region
         */
        get_region(): string | null;

        /**
         * Gets the name of the region of the needs' enterprises.
         * @returns the name, or `NULL` if lian knows none
         */
        get_region_name(): string | null;
    }


    namespace Match {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::need-id": (pspec: GObject.ParamSpec) => void;
            "notify::reasons": (pspec: GObject.ParamSpec) => void;
            "notify::score": (pspec: GObject.ParamSpec) => void;
            "notify::service-id": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            need_id: string;
            needId: string;
            reasons: string[];
            score: number;
            service_id: string;
            serviceId: string;
        }
    }

    /**
     * A service item that {@link Lian.Matcher} proposes for a need: which need,
     * which item, how well it fits (a score between 0 and 1) and why, in
     * readable reasons. Its ids and score are a snapshot: they do not follow
     * later changes of the need or the item. Its reasons are written when they
     * are first read, from the need and the item as they are then, in the
     * language of lian's messages when the match was made; a match never
     * asked for its reasons costs no text.
     * 
     * ```python
     * for match in Lian.Matcher.new(registry).match_need('need-007', 3):
     *     print(match.props.service_id, round(match.props.score, 2))
     *     for reason in match.get_reasons():
     *         print('  ', reason)   # serves financing, scope 无锡市 contains 新吴区, …
     * ```
     * @gir-type Class
     */
    class Match extends GObject.Object {
        static $gtype: GObject.GType<Match>;

        // Properties
        /**
         * The id of the {@link Lian.Need} matched.
         * @read-only
         */
        get need_id(): string;

        /**
         * The id of the {@link Lian.Need} matched.
         * @read-only
         */
        get needId(): string;

        /**
         * Why the item was proposed, one readable sentence per rule: the
         * category it serves, its region scope, its chains, its validity and the
         * words it shares with the need. They are written when first read, in
         * the language of lian's messages when the match was made
         * ({@link Lian.set_language}, or the locale): `serves financing` in
         * English, `服务融资需求` in Chinese.
         * @read-only
         */
        get reasons(): string[];

        /**
         * How well the item fits the need, from 0 to 1; the higher the better.
         * {@link Lian.Matcher} explains how it is made up.
         * @read-only
         */
        get score(): number;

        /**
         * The id of the {@link Lian.ServiceItem} proposed.
         * @read-only
         */
        get service_id(): string;

        /**
         * The id of the {@link Lian.ServiceItem} proposed.
         * @read-only
         */
        get serviceId(): string;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Match.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Match.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        // Signals
        /** @signal */
        connect<K extends keyof Match.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Match.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Match.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Match.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Match.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Match.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets the id of the need matched.
         * @returns the id
         */
        get_need_id(): string;

        /**
         * Gets why the item was proposed, such as `serves financing`,
         * `scope 无锡市 contains 新吴区`, `same chain 集成电路产业链`,
         * `valid on 2023-10-08` and `shared words: 贷款, 贴息`. They are written
         * at the first call, in the language of lian's messages when the match
         * was made, and kept.
         * @returns the reasons
         */
        get_reasons(): string[];

        /**
         * Gets how well the item fits the need.
         * @returns the score, from 0 to 1
         */
        get_score(): number;

        /**
         * Gets the id of the service item proposed.
         * @returns the id
         */
        get_service_id(): string;
    }


    namespace Matcher {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::as-of": (pspec: GObject.ParamSpec) => void;
            "notify::registry": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            as_of: string | null;
            asOf: string | null;
            registry: Registry;
        }
    }

    /**
     * Proposes, for the needs in a {@link Lian.Registry}, the service items
     * that can serve them, ranked, each as a {@link Lian.Match} with a score
     * and its reasons; and reports the needs that nothing can serve
     * ({@link Lian.Matcher.find_gaps}).
     * 
     * A service item is proposed for a need only if all of these hold:
     * 
     * - it serves the need's category;
     * - its region scope contains the region of the need's enterprise (an item
     *   without a scope applies everywhere);
     * - it applies to the need's chain: it names no chain, or names the need's
     *   (for a need without a chain, one of its enterprise's chains);
     * - it is valid on the matcher's day, {@link Lian.Matcher.as_of}
     *   (today if unset): that day lies between its
     *   {@link Lian.ServiceItem.valid_from} and
     *   {@link Lian.ServiceItem.valid_until}, both included. What counts is
     *   whether the item can serve the need now, not whether it could on the
     *   day the need was submitted: an expired item is not proposed for an old
     *   need, and an item that came later is proposed for a need still open.
     * 
     * Its score, between 0 and 1, is the sum of:
     * 
     * | part | weight |
     * |---|---|
     * | serves the category | 0.4 |
     * | region scope: a county / a city / a province / none (the narrower, the closer to the enterprise) | 0.2 / 0.15 / 0.1 / 0.05 |
     * | chains: names the need's chain / names none | 0.1 / 0.05 |
     * | likeness of the texts | 0.3 × Dice's coefficient |
     * 
     * so a proposed item scores at least 0.5. Scores are exact to 10⁻⁹:
     * items that fit equally well score the same, and then go by id.
     * 
     * The likeness compares the set of character bigrams (pairs of adjacent
     * letters or digits, case folded; spaces and punctuation separate) of the
     * need's title and description with that of the item's name, description
     * and keywords, so that it works for Chinese, which has no spaces:
     * 研发贷款贴息 and 科技贷款贴息 share 贷款, 款贴 and 贴息. Matches are
     * ranked by score, best first, ties by service id.
     * 
     * The reasons are written in the language of lian's messages at the time
     * of the call ({@link Lian.set_language}, or the locale): `serves
     * financing`, `scope 无锡市 contains 新吴区`, … in English; `服务融资需求`,
     * `适用范围无锡市包含新吴区`, … in Chinese, where the category goes by its
     * Chinese label.
     * 
     * Candidates come from an index of service items by category and region
     * scope: for a need in a county, only the items serving its category that
     * are scoped to that county, its city, its province or nothing are
     * visited. When only the best few are asked for, an item that cannot
     * enter them is not scored: the items sharing the rarest bigrams of the
     * need's text come first, and the search stops when what is left, even
     * sharing every bigram not yet read, could not beat the last kept. The
     * results are the same as if every item had been scored.
     * 
     * A match's reasons are written when they are first read, in the
     * language of lian's messages when the match was made, from the need and
     * the item as they are then.
     * 
     * ```python
     * matcher = Lian.Matcher.new(registry)
     * matcher.props.as_of = '2023-10-31'   # None: today
     * for match in matcher.match_need('need-007', 3):
     *     print(match.props.service_id, f'{match.props.score:.2f}',
     *           '; '.join(match.props.reasons))
     * ```
     * @gir-type Class
     */
    class Matcher extends GObject.Object {
        static $gtype: GObject.GType<Matcher>;

        // Properties
        /**
         * The day on which service items must be valid to be proposed,
         * `YYYY-MM-DD`; `NULL` (the default) for today in the local time zone,
         * taken afresh at each call. Matches give it in their reasons
         * ("valid on 2023-10-31").
         */
        get as_of(): string | null;
        set as_of(val: string | null);

        /**
         * The day on which service items must be valid to be proposed,
         * `YYYY-MM-DD`; `NULL` (the default) for today in the local time zone,
         * taken afresh at each call. Matches give it in their reasons
         * ("valid on 2023-10-31").
         */
        get asOf(): string | null;
        set asOf(val: string | null);

        /**
         * The registry whose needs and service items are matched. The matcher
         * reads it afresh on every call, so changes made in between count. Set
         * at construction; a matcher made without one gets an empty registry.
         * @construct-only
         */
        get registry(): Registry;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Matcher.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Matcher.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](registry: Registry): Matcher;

        // Signals
        /** @signal */
        connect<K extends keyof Matcher.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Matcher.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Matcher.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Matcher.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Matcher.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Matcher.SignalSignatures[K]>): void;

        // Methods
        /**
         * The gap report for departments: the open needs in `scope` that no
         * service item can serve (under the rules of {@link Lian.Matcher}),
         * grouped by category and by the region at `level` that holds their
         * enterprise. For a county-level region administered by its province
         * directly, a report by city groups it under the province.
         * 
         * ```python
         * for gap in matcher.find_gaps(None, Lian.Level.CITY):
         *     print(gap.props.region_name, gap.props.category.value_nick, gap.props.n_needs)
         * ```
         * @param scope which needs, as for {@link Lian.Matcher.match_all},   or `NULL` for all
         * @param level the level at which to group the needs' regions
         * @returns a list of {@link Lian.Gap}, ordered by   category, then region code
         */
        find_gaps(scope: Filter | null, level: Level): Gio.ListModel;

        /**
         * Finds the open demand posts that no capability of the registry can
         * serve (see {@link Lian.Matcher.match_post}): products the region's
         * chains want and nobody near makes, leads for investment promotion
         * (招商). Posts come in the order of their ids.
         * @returns a list of {@link Lian.DemandPost}, possibly   empty
         */
        find_post_gaps(): Gio.ListModel;

        /**
         * Gets the day on which service items must be valid, as set with
         * {@link Lian.Matcher.set_as_of}.
         * @returns the day `YYYY-MM-DD`, or `NULL` for   today
         */
        get_as_of(): string | null;

        /**
         * Gets the registry matched in.
         * @returns the registry
         */
        get_registry(): Registry;

        /**
         * Proposes service items for every open need in `scope` (submitted,
         * accepted or in progress) at once: the `top` best for each, as
         * {@link Lian.Matcher.match_need} would rank them. Needs that no item can
         * serve have no match in the list; {@link Lian.Matcher.find_gaps} reports
         * them.
         * 
         * The work goes through the registry's index of service items by category
         * and region scope, reads each item's text once per call, not once per
         * need, and scores only the items that can still enter a need's top (see
         * {@link Lian.Matcher}). The list holds compact rows: it makes each
         * {@link Lian.Match} when asked for it, and keeps it; its reasons are
         * written when first read. {@link Lian.Matcher.match_each} hands the
         * matches over need by need instead.
         * 
         * ```c
         * g_autoptr(GListModel) matches = lian_matcher_match_all (matcher, NULL, 3);
         * for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
         *   {
         *     g_autoptr(LianMatch) m = g_list_model_get_item (matches, i);
         *     g_print ("%s → %s\n", lian_match_get_need_id (m), lian_match_get_service_id (m));
         *   }
         * ```
         * @param scope which needs: a {@link Lian.Filter} whose region,   chain, status, categories, dates and text apply (its record kind is   ignored), or `NULL` for all
         * @param top how many matches to keep per need, 0 for all
         * @returns a list of {@link Lian.Match}, ordered by need   id, then best first
         */
        match_all(scope: Filter | null, top: number): Gio.ListModel;

        /**
         * Proposes service items for every open need in `scope`, as
         * {@link Lian.Matcher.match_all} does, but hands each need's matches to
         * `func` as soon as they are found, need by need in the order of their
         * ids, instead of gathering them all first: a program can print or store
         * them as they come, and keeps in memory only those it keeps. Needs that
         * no item can serve are skipped. `lian match` works this way.
         * 
         * ```python
         * def show(need, matches):
         *     print(need.props.id, [m.props.service_id for m in matches])
         *     return True   # False stops
         * matcher.match_each(None, 3, show)
         * ```
         * @param scope which needs, as for {@link Lian.Matcher.match_all},   or `NULL` for all
         * @param top how many matches to keep per need, 0 for all
         * @param func called with each need's matches
         */
        match_each(scope: Filter | null, top: number, func: MatchFunc): void;

        /**
         * Proposes the service items that can serve a need, whatever its status,
         * best first (ties by service id), following the rules and the score
         * described in {@link Lian.Matcher}.
         * @param need_id the id of a {@link Lian.Need}
         * @param max_results how many matches to return at most, 0 for all
         * @returns a list of {@link Lian.Match}, empty   if no item can serve the need; `NULL` with   `LIAN_REGISTRY_ERROR_NOT_FOUND` if the registry has no need `need_id`
         * @throws GLib.Error
         */
        match_need(need_id: string, max_results: number): Gio.ListModel | null;

        /**
         * Proposes suppliers for a demand post from the registry's
         * {@link Lian.Capability} records, best first, each with its reasons. A
         * capability serves the post when its industry code shares at least the
         * division of the post's (or, for a post without one, it names the product
         * alike), it can make the quantity between the day the post was published
         * and the end of the delivery window, after its lead time and within its
         * minimum order, and it serves the publisher's region. Enterprises on the
         * post's chain come first, those in a segment upstream of the publisher's
         * before them; the publisher and the enterprises of its group (linked by
         * {@link Lian.Enterprise.parent_id}) are left out. An enterprise with
         * several capabilities is proposed once, by its best.
         * @param post_id the id of a {@link Lian.DemandPost} in the matcher's registry
         * @param max_results the most matches to return, 0 for all
         * @returns a list of {@link Lian.SupplierMatch},   possibly empty; `NULL` with `LIAN_REGISTRY_ERROR_NOT_FOUND` or   `LIAN_REGISTRY_ERROR_WRONG_KIND` if `post_id` is not a post
         * @throws GLib.Error
         */
        match_post(post_id: string, max_results: number): Gio.ListModel | null;

        /**
         * Sets the day on which service items must be valid to be proposed: see
         * {@link Lian.Matcher.as_of}. Pass an explicit day to match as of a
         * report's date, or to get the same results whatever day it is.
         * @param as_of a day `YYYY-MM-DD`, or `NULL` for today in the local   time zone, whenever the matcher is called
         */
        set_as_of(as_of: string | null): void;
    }


    namespace Need {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::amount-yuan": (pspec: GObject.ParamSpec) => void;
            "notify::assignee-id": (pspec: GObject.ParamSpec) => void;
            "notify::bottleneck": (pspec: GObject.ParamSpec) => void;
            "notify::category": (pspec: GObject.ParamSpec) => void;
            "notify::chain-id": (pspec: GObject.ParamSpec) => void;
            "notify::description": (pspec: GObject.ParamSpec) => void;
            "notify::due": (pspec: GObject.ParamSpec) => void;
            "notify::enterprise-id": (pspec: GObject.ParamSpec) => void;
            "notify::n-events": (pspec: GObject.ParamSpec) => void;
            "notify::project-id": (pspec: GObject.ParamSpec) => void;
            "notify::resolved": (pspec: GObject.ParamSpec) => void;
            "notify::service-ids": (pspec: GObject.ParamSpec) => void;
            "notify::status": (pspec: GObject.ParamSpec) => void;
            "notify::submitted": (pspec: GObject.ParamSpec) => void;
            "notify::title": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            amount_yuan: bigint | number;
            amountYuan: bigint | number;
            assignee_id: string | null;
            assigneeId: string | null;
            bottleneck: boolean;
            category: NeedCategory;
            chain_id: string | null;
            chainId: string | null;
            description: string | null;
            due: string | null;
            enterprise_id: string | null;
            enterpriseId: string | null;
            n_events: number;
            nEvents: number;
            project_id: string | null;
            projectId: string | null;
            resolved: string | null;
            service_ids: string[];
            serviceIds: string[];
            status: NeedStatus;
            submitted: string | null;
            title: string | null;
        }
    }

    /**
     * Something an enterprise asked for (企业需求): a loan, land, a technology
     * problem, talent. An organisation takes it on (分级转办) and works it to a
     * resolution by a date (限时处置).
     * 
     * Its {@link Lian.Need.status} moves only through
     * {@link Lian.Need.transition}, along the moves {@link Lian.NeedStatus}
     * lists; each move is appended to its history as a {@link Lian.NeedEvent}.
     * 
     * ```js
     * const need = new Lian.Need({
     *     id: 'need-1', enterprise_id: 'ent-1', title: '流动资金贷款',
     *     category: Lian.NeedCategory.FINANCING, amount_yuan: 5000000,
     * });
     * need.transition(Lian.NeedStatus.ACCEPTED, 'org-wx-alliance', '已转办', null);
     * need.transition(Lian.NeedStatus.RESOLVED, 'org-wx-alliance', '已放款', null);
     * need.get_history().length;   // 2
     * ```
     * @gir-type Class
     */
    class Need extends Record {
        static $gtype: GObject.GType<Need>;

        // Properties
        /**
         * The money involved, in whole yuan: the loan asked for, the investment
         * sought. 0 when none.
         * 
         * It is never negative. Setting a negative amount is a programming error,
         * refused by {@link Lian.Need.set_amount_yuan} with a critical (fatal
         * under `G_DEBUG=fatal-criticals`) and the amount left as it was; the
         * property's range admits negative values only so that the setter, not
         * GObject's range warning, is the one to refuse them. Data read from a
         * file is checked with an error instead.
         */
        get amount_yuan(): number;
        set amount_yuan(val: bigint | number);

        /**
         * The money involved, in whole yuan: the loan asked for, the investment
         * sought. 0 when none.
         * 
         * It is never negative. Setting a negative amount is a programming error,
         * refused by {@link Lian.Need.set_amount_yuan} with a critical (fatal
         * under `G_DEBUG=fatal-criticals`) and the amount left as it was; the
         * property's range admits negative values only so that the setter, not
         * GObject's range warning, is the one to refuse them. Data read from a
         * file is checked with an error instead.
         */
        get amountYuan(): number;
        set amountYuan(val: bigint | number);

        /**
         * The id of the {@link Lian.PartyOrg} the need was handed to (分级转办),
         * if any.
         */
        get assignee_id(): string | null;
        set assignee_id(val: string | null);

        /**
         * The id of the {@link Lian.PartyOrg} the need was handed to (分级转办),
         * if any.
         */
        get assigneeId(): string | null;
        set assigneeId(val: string | null);

        /**
         * Whether the need is a chokepoint problem (卡脖子): a technology or a
         * supply the chain cannot do without and cannot yet get.
         */
        get bottleneck(): boolean;
        set bottleneck(val: boolean);

        /**
         * What the need is about.
         */
        get category(): NeedCategory;
        set category(val: NeedCategory);

        /**
         * The id of the {@link Lian.Chain} the need arose on, if any.
         */
        get chain_id(): string | null;
        set chain_id(val: string | null);

        /**
         * The id of the {@link Lian.Chain} the need arose on, if any.
         */
        get chainId(): string | null;
        set chainId(val: string | null);

        /**
         * The need at length.
         */
        get description(): string | null;
        set description(val: string | null);

        /**
         * The day by which it is to be dealt with (限时处置), `YYYY-MM-DD`.
         */
        get due(): string | null;
        set due(val: string | null);

        /**
         * The id of the {@link Lian.Enterprise} that has the need. Required.
         */
        get enterprise_id(): string | null;
        set enterprise_id(val: string | null);

        /**
         * The id of the {@link Lian.Enterprise} that has the need. Required.
         */
        get enterpriseId(): string | null;
        set enterpriseId(val: string | null);

        /**
         * How many events the history holds. It is notified whenever the history
         * grows; {@link Lian.Need.get_history} gives the events.
         * @read-only
         */
        get n_events(): number;

        /**
         * How many events the history holds. It is notified whenever the history
         * grows; {@link Lian.Need.get_history} gives the events.
         * @read-only
         */
        get nEvents(): number;

        /**
         * The id of the {@link Lian.ActionProject} working on the need, if any.
         */
        get project_id(): string | null;
        set project_id(val: string | null);

        /**
         * The id of the {@link Lian.ActionProject} working on the need, if any.
         */
        get projectId(): string | null;
        set projectId(val: string | null);

        /**
         * The day it was resolved, `YYYY-MM-DD`. {@link Lian.Need.transition}
         * sets it on a move to resolved and clears it on a reopening.
         */
        get resolved(): string | null;
        set resolved(val: string | null);

        /**
         * The ids of the {@link Lian.ServiceItem}s linked to the need, in the
         * order they were linked.
         */
        get service_ids(): string[];
        set service_ids(val: string[]);

        /**
         * The ids of the {@link Lian.ServiceItem}s linked to the need, in the
         * order they were linked.
         */
        get serviceIds(): string[];
        set serviceIds(val: string[]);

        /**
         * Where the need stands. It may be given at construction, so that a
         * loader can restore a need in any state; afterwards only
         * {@link Lian.Need.transition} changes it.
         * @construct-only
         */
        get status(): NeedStatus;

        /**
         * The day the enterprise reported it, `YYYY-MM-DD`.
         */
        get submitted(): string | null;
        set submitted(val: string | null);

        /**
         * The need in a few words. Required.
         */
        get title(): string | null;
        set title(val: string | null);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Need.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Need.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, enterprise_id: string, category: NeedCategory, title: string): Need;

        // Signals
        /** @signal */
        connect<K extends keyof Need.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Need.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Need.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Need.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Need.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Need.SignalSignatures[K]>): void;

        // Static methods
        /**
         * Whether the status machine allows a need to move from `from` to `to`:
         * submitted → accepted or closed; accepted → in-progress, resolved or
         * closed; in-progress → resolved or closed; resolved or closed →
         * in-progress (a reopening). Staying put is not a move.
         * @param from the status a need is in
         * @param to the status it would move to
         */
        static is_move_allowed(from: NeedStatus, to: NeedStatus): boolean;

        // Methods
        /**
         * Links a service item to the need, after those already linked.
         * @param service_id the id of a {@link Lian.ServiceItem}
         * @returns true if it was added; false if it was already linked
         */
        add_service(service_id: string): boolean;

        /**
         * Appends `event` to the need's history as it is, without checking it
         * against the status machine and without changing the status: this is for
         * loaders restoring a saved history. {@link Lian.Need.transition} is the
         * way to move a need.
         * @param event an event
         */
        append_event(event: NeedEvent): void;

        /**
         * Gets the money involved, in whole yuan.
         * @returns the amount
         */
        get_amount_yuan(): number;

        /**
         * Gets the id of the organisation the need was handed to.
         * @returns the id
         */
        get_assignee_id(): string | null;

        /**
         * Gets whether the need is a chokepoint problem (卡脖子).
         * @returns true if it is
         */
        get_bottleneck(): boolean;

        /**
         * Gets what the need is about.
         * @returns the category
         */
        get_category(): NeedCategory;

        /**
         * Gets the id of the chain the need arose on.
         * @returns the id
         */
        get_chain_id(): string | null;

        /**
         * Counts the days from {@link Lian.Need.submitted} to
         * {@link Lian.Need.resolved}.
         * @returns the number of days, 0 for a need resolved the day it was   submitted; -1 when either date is missing or not a valid date, or when   resolved comes before submitted
         */
        get_days_to_resolve(): number;

        /**
         * Gets the need at length.
         * @returns the description
         */
        get_description(): string | null;

        /**
         * Gets the day by which the need is to be dealt with.
         * @returns the date, `YYYY-MM-DD`
         */
        get_due(): string | null;

        /**
         * Gets the id of the enterprise that has the need.
         * @returns the id
         */
        get_enterprise_id(): string | null;

        /**
         * Gets the moves the need went through, oldest first. The array belongs to
         * the need and grows with it: do not change it.
         * @returns the events,   possibly none
         */
        get_history(): NeedEvent[];

        /**
         * Gets how many events the need's history holds.
         * @returns the number of events
         */
        get_n_events(): number;

        /**
         * Gets the id of the action project working on the need.
         * @returns the id
         */
        get_project_id(): string | null;

        /**
         * Gets the day the need was resolved.
         * @returns the date, `YYYY-MM-DD`
         */
        get_resolved(): string | null;

        /**
         * Gets the ids of the service items linked to the need.
         * @returns the ids, possibly empty
         */
        get_service_ids(): string[];

        /**
         * Gets where the need stands. {@link Lian.Need.transition} moves it.
         * @returns the status
         */
        get_status(): NeedStatus;

        /**
         * Gets the day the enterprise reported the need.
         * @returns the date, `YYYY-MM-DD`
         */
        get_submitted(): string | null;

        /**
         * Gets the need in a few words.
         * @returns the title
         */
        get_title(): string | null;

        /**
         * Whether a service item is linked to the need.
         * @param service_id the id of a {@link Lian.ServiceItem}
         * @returns true if it is
         */
        has_service(service_id: string): boolean;

        /**
         * Whether the need still waits for an answer: submitted, accepted or in
         * progress.
         * @returns true if it is open
         */
        is_open(): boolean;

        /**
         * Unlinks a service item from the need.
         * @param service_id the id of a {@link Lian.ServiceItem}
         * @returns true if it was removed; false if it was not linked
         */
        remove_service(service_id: string): boolean;

        /**
         * Sets the money involved. A negative `amount_yuan` is a programming error:
         * a critical, and the amount stays as it was.
         * @param amount_yuan the amount in whole yuan, not negative
         */
        set_amount_yuan(amount_yuan: bigint | number): void;

        /**
         * Hands the need to an organisation (分级转办).
         * @param assignee_id the id of a {@link Lian.PartyOrg}
         */
        set_assignee_id(assignee_id: string | null): void;

        /**
         * Sets whether the need is a chokepoint problem (卡脖子).
         * @param bottleneck whether it is a chokepoint problem
         */
        set_bottleneck(bottleneck: boolean): void;

        /**
         * Sets what the need is about.
         * @param category the category
         */
        set_category(category: NeedCategory): void;

        /**
         * Sets the chain the need arose on.
         * @param chain_id the id of a {@link Lian.Chain}
         */
        set_chain_id(chain_id: string | null): void;

        /**
         * Sets the need at length.
         * @param description the description
         */
        set_description(description: string | null): void;

        /**
         * Sets the day by which the need is to be dealt with (限时处置).
         * {@link Lian.Record.validate} checks it.
         * @param due the date, `YYYY-MM-DD`
         */
        set_due(due: string | null): void;

        /**
         * Sets the enterprise that has the need.
         * @param enterprise_id the id of a {@link Lian.Enterprise}
         */
        set_enterprise_id(enterprise_id: string | null): void;

        /**
         * Sets the action project working on the need.
         * @param project_id the id of a {@link Lian.ActionProject}
         */
        set_project_id(project_id: string | null): void;

        /**
         * Sets the day the need was resolved, as a loader restoring a saved need
         * does; {@link Lian.Need.transition} keeps it up to date otherwise.
         * {@link Lian.Record.validate} checks it.
         * @param resolved the date, `YYYY-MM-DD`
         */
        set_resolved(resolved: string | null): void;

        /**
         * Replaces the service items linked to the need.
         * @param service_ids the ids of   {@link Lian.ServiceItem}s
         */
        set_service_ids(service_ids: string[] | null): void;

        /**
         * Sets the day the enterprise reported the need.
         * {@link Lian.Record.validate} checks it.
         * @param submitted the date, `YYYY-MM-DD`
         */
        set_submitted(submitted: string | null): void;

        /**
         * Sets the need in a few words.
         * @param title the title
         */
        set_title(title: string | null): void;

        /**
         * Moves the need to `status`, if {@link Lian.Need.is_move_allowed} allows it,
         * and appends the move to its history. A move to resolved sets
         * {@link Lian.Need.resolved} to the date of `when` in its own time zone;
         * reopening a resolved or closed need takes a note and clears it.
         * 
         * Each property that changed is notified once, {@link Lian.Need.n_events}
         * included. On an error nothing changes. On a need a registry holds, the
         * registry checks the move as it checks every change, and its refusal (a
         * conflict in a store, say) comes back in `error`, not as a warning.
         * 
         * ```python
         * need.transition(Lian.NeedStatus.ACCEPTED, 'org-1', '转县工信局', None)
         * ```
         * @param status the status to move to
         * @param actor_id the id of who moves it: a person or an organisation
         * @param note why, in words; required to reopen a need
         * @param when when the move happens, or `NULL` for now in the local   time zone
         * @returns true if the need moved; false with   `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` for a move the status machine does   not allow (the message lists those it does), `LIAN_DATA_ERROR_MISSING`   for a reopening without a note, or `LIAN_DATA_ERROR_INVALID_DATE` for a   resolution dated before {@link Lian.Need.submitted}
         * @throws GLib.Error
         */
        transition(status: NeedStatus, actor_id: string | null, note: string | null, when: GLib.DateTime | null): boolean;
    }


    namespace PartyOrg {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::brand": (pspec: GObject.ParamSpec) => void;
            "notify::chain-ids": (pspec: GObject.ParamSpec) => void;
            "notify::founded": (pspec: GObject.ParamSpec) => void;
            "notify::kind": (pspec: GObject.ParamSpec) => void;
            "notify::level": (pspec: GObject.ParamSpec) => void;
            "notify::member-ids": (pspec: GObject.ParamSpec) => void;
            "notify::parent-id": (pspec: GObject.ParamSpec) => void;
            "notify::party-members": (pspec: GObject.ParamSpec) => void;
            "notify::region": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            brand: string | null;
            chain_ids: string[];
            chainIds: string[];
            founded: string | null;
            kind: OrgKind;
            level: Level;
            member_ids: string[];
            memberIds: string[];
            parent_id: string | null;
            parentId: string | null;
            party_members: number;
            partyMembers: number;
            region: string | null;
        }
    }

    /**
     * A party organisation built along industrial chains: an alliance, a chain
     * or joint committee, a branch, an action branch, a service team, a party
     * school or an enterprise's own organisation ({@link Lian.OrgKind}).
     * 
     * Organisations form a tree through {@link Lian.PartyOrg.parent_id}, serve
     * chains and have member enterprises, all held as ids; a registry resolves
     * them and refuses a cycle in the tree.
     * 
     * ```python
     * alliance = Lian.PartyOrg(id='org-wx-ic', name='无锡市集成电路产业链党建联盟',
     *                          level=Lian.Level.CITY, region='320200')
     * alliance.add_chain('chain-ic')
     * alliance.add_member('ent-1')
     * alliance.validate()
     * ```
     * @gir-type Class
     */
    class PartyOrg extends Record {
        static $gtype: GObject.GType<PartyOrg>;

        // Properties
        /**
         * The name of its party-building brand (一联盟一品牌), if any.
         */
        get brand(): string | null;
        set brand(val: string | null);

        /**
         * The ids of the {@link Lian.Chain}s it serves, in the order they were
         * added. Never `NULL` when read.
         */
        get chain_ids(): string[];
        set chain_ids(val: string[]);

        /**
         * The ids of the {@link Lian.Chain}s it serves, in the order they were
         * added. Never `NULL` when read.
         */
        get chainIds(): string[];
        set chainIds(val: string[]);

        /**
         * The day it was founded, `YYYY-MM-DD`, if known.
         */
        get founded(): string | null;
        set founded(val: string | null);

        /**
         * What kind of organisation it is.
         */
        get kind(): OrgKind;
        set kind(val: OrgKind);

        /**
         * The administrative level it works at: province, city or county.
         */
        get level(): Level;
        set level(val: Level);

        /**
         * The ids of its member {@link Lian.Enterprise}s, in the order they were
         * added. Never `NULL` when read.
         */
        get member_ids(): string[];
        set member_ids(val: string[]);

        /**
         * The ids of its member {@link Lian.Enterprise}s, in the order they were
         * added. Never `NULL` when read.
         */
        get memberIds(): string[];
        set memberIds(val: string[]);

        /**
         * The id of the organisation above it in the tree, if any. An
         * organisation cannot be its own parent.
         */
        get parent_id(): string | null;
        set parent_id(val: string | null);

        /**
         * The id of the organisation above it in the tree, if any. An
         * organisation cannot be its own parent.
         */
        get parentId(): string | null;
        set parentId(val: string | null);

        /**
         * How many party members it has.
         */
        get party_members(): number;
        set party_members(val: number);

        /**
         * How many party members it has.
         */
        get partyMembers(): number;
        set partyMembers(val: number);

        /**
         * The 6-digit code of the region it belongs to (`320200`), if any.
         */
        get region(): string | null;
        set region(val: string | null);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: PartyOrg.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<PartyOrg.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, name: string, kind: OrgKind): PartyOrg;

        // Signals
        /** @signal */
        connect<K extends keyof PartyOrg.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, PartyOrg.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof PartyOrg.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, PartyOrg.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof PartyOrg.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<PartyOrg.SignalSignatures[K]>): void;

        // Static methods
        /**
         * Whether organisations of `kind` are grassroots organisations (基层党组织):
         * a branch, a joint committee, an enterprise's own party organisation, or an
         * action branch. Alliances, chain committees, service teams and party
         * schools are not.
         * 
         * An enterprise that is a member of a grassroots organisation counts as
         * covered by the party's organisation (组织覆盖); membership of an alliance
         * alone does not.
         * 
         * Whether an organisation is one is a question about its kind:
         * 
         * ```python
         * Lian.PartyOrg.kind_is_grassroots(org.props.kind)
         * ```
         * @param kind a kind of organisation
         */
        static kind_is_grassroots(kind: OrgKind): boolean;

        // Methods
        /**
         * Adds a chain it serves at the end of the list.
         * @param chain_id the id of a {@link Lian.Chain}
         * @returns true if it was added; false if it was already there
         */
        add_chain(chain_id: string): boolean;

        /**
         * Adds a member enterprise at the end of the list.
         * @param enterprise_id the id of a {@link Lian.Enterprise}
         * @returns true if it was added; false if it was already a member
         */
        add_member(enterprise_id: string): boolean;

        /**
         * Gets the name of its party-building brand.
         * @returns the brand
         */
        get_brand(): string | null;

        /**
         * Gets the ids of the chains it serves.
         * @returns the chain ids, possibly   empty
         */
        get_chain_ids(): string[];

        /**
         * Gets the day it was founded.
         * @returns the date, `YYYY-MM-DD`
         */
        get_founded(): string | null;

        /**
         * Gets what kind of organisation it is.
         * @returns the kind
         */
        get_kind(): OrgKind;

        /**
         * Gets the administrative level it works at.
         * @returns the level
         */
        get_level(): Level;

        /**
         * Gets the ids of its member enterprises.
         * @returns the enterprise ids,   possibly empty
         */
        get_member_ids(): string[];

        /**
         * Gets the id of the organisation above it.
         * @returns the id
         */
        get_parent_id(): string | null;

        /**
         * Gets how many party members it has.
         * @returns the number of party members
         */
        get_party_members(): number;

        /**
         * Gets the code of the region it belongs to.
         * @returns the 6-digit region code
         */
        get_region(): string | null;

        /**
         * Whether the enterprise `enterprise_id` is one of its members.
         * @param enterprise_id the id of a {@link Lian.Enterprise}
         * @returns true if `enterprise_id` is among its member ids
         */
        has_member(enterprise_id: string): boolean;

        /**
         * Whether it is a grassroots organisation: whether its kind is, as
         * {@link Lian.PartyOrg.kind_is_grassroots} says.
         * @returns true if its kind is a grassroots kind
         * @deprecated since 0.2: Use {@link Lian.PartyOrg.kind_is_grassroots} on the   organisation's kind.
         */
        is_grassroots(): boolean;

        /**
         * Removes a chain it serves, keeping the order of the others.
         * @param chain_id the id of a {@link Lian.Chain}
         * @returns true if it was removed; false if it was not there
         */
        remove_chain(chain_id: string): boolean;

        /**
         * Removes a member enterprise, keeping the order of the others.
         * @param enterprise_id the id of a {@link Lian.Enterprise}
         * @returns true if it was removed; false if it was not a member
         */
        remove_member(enterprise_id: string): boolean;

        /**
         * Whether it serves the chain `chain_id`.
         * @param chain_id the id of a {@link Lian.Chain}
         * @returns true if `chain_id` is among its chain ids
         */
        serves_chain(chain_id: string): boolean;

        /**
         * Sets the name of its party-building brand (一联盟一品牌).
         * @param brand the brand
         */
        set_brand(brand: string | null): void;

        /**
         * Replaces the chains it serves.
         * @param chain_ids ids of {@link Lian.Chain}s
         */
        set_chain_ids(chain_ids: string[] | null): void;

        /**
         * Sets the day it was founded. {@link Lian.Record.validate} checks it.
         * @param founded the date, `YYYY-MM-DD`
         */
        set_founded(founded: string | null): void;

        /**
         * Sets what kind of organisation it is.
         * @param kind the kind
         */
        set_kind(kind: OrgKind): void;

        /**
         * Sets the administrative level it works at.
         * @param level the level
         */
        set_level(level: Level): void;

        /**
         * Replaces its member enterprises.
         * @param member_ids ids of   {@link Lian.Enterprise}s
         */
        set_member_ids(member_ids: string[] | null): void;

        /**
         * Sets the organisation above it in the tree, or makes it a root.
         * @param parent_id the id of another {@link Lian.PartyOrg}
         */
        set_parent_id(parent_id: string | null): void;

        /**
         * Sets how many party members it has.
         * @param party_members the number of party members
         */
        set_party_members(party_members: number): void;

        /**
         * Sets the region it belongs to. {@link Lian.Record.validate} checks the
         * code.
         * @param region a 6-digit region code
         */
        set_region(region: string | null): void;
    }


    namespace Problem {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::code": (pspec: GObject.ParamSpec) => void;
            "notify::field": (pspec: GObject.ParamSpec) => void;
            "notify::message": (pspec: GObject.ParamSpec) => void;
            "notify::record-id": (pspec: GObject.ParamSpec) => void;
            "notify::severity": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            code: string;
            field: string | null;
            message: string;
            record_id: string;
            recordId: string;
            severity: Severity;
        }
    }

    /**
     * One thing {@link Lian.Registry.check} found wrong, late or worth knowing
     * in a registry: how serious it is, a stable code that says what kind of
     * problem it is, the record it is about, the field, and a message in words.
     * 
     * Problems are read-only: they describe the registry as it was when it was
     * checked.
     * 
     * ```python
     * for problem in reg.check('2023-12-31', 90):
     *     print(problem.props.severity.value_nick, problem.props.code,
     *           problem.props.record_id, problem.props.message)
     * ```
     * 
     * The codes are:
     * 
     * - `duplicate-uscc` (error): another enterprise has the same credit code
     * - `duplicate-name` (warning): another enterprise has the same name once
     *   spaces, full-width characters, case and company suffixes are set aside
     * - `chain-without-leader` (warning): a chain has no leader enterprise
     * - `unknown-segment` (warning): an enterprise sits on a chain in a segment
     *   the chain does not have
     * - `need-open-too-long` (warning): a need has been open longer than allowed
     * - `need-overdue` (warning): a need is past its due day and still open
     * - `project-overdue` (warning): a project is past its due day and neither
     *   done nor cancelled
     * - `org-without-members` (info): an organisation has no member enterprises
     * - `dangling-reference` (error): a record refers to an id no record has
     * - `wrong-kind-reference` (error): a record refers to a record of the
     *   wrong kind
     * - `invalid-record` (error): a record no longer validates
     * - `org-cycle` (error): organisations are each other's ancestors
     * @gir-type Class
     */
    class Problem extends GObject.Object {
        static $gtype: GObject.GType<Problem>;

        // Properties
        /**
         * What kind of problem it is, as a stable string such as
         * `duplicate-uscc`; the codes are listed at {@link Lian.Problem}.
         * @read-only
         */
        get code(): string;

        /**
         * The member of the record the problem is in, as in a document
         * (`uscc`, `parent_id`, `chain_links`), or `NULL` when it is about the
         * record as a whole.
         * @read-only
         */
        get field(): string | null;

        /**
         * The problem in words, naming the other records involved, in the
         * language of lian's messages when the check ran ({@link Lian.set_language},
         * or the locale). Programs should go by {@link Lian.Problem.code} and
         * {@link Lian.Problem.field}, which are the same in every language.
         * @read-only
         */
        get message(): string;

        /**
         * The id of the record the problem is about.
         * @read-only
         */
        get record_id(): string;

        /**
         * The id of the record the problem is about.
         * @read-only
         */
        get recordId(): string;

        /**
         * How serious the problem is.
         * @read-only
         */
        get severity(): Severity;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Problem.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Problem.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        // Signals
        /** @signal */
        connect<K extends keyof Problem.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Problem.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Problem.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Problem.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Problem.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Problem.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets what kind of problem it is: a stable string such as
         * `duplicate-uscc`.
         * @returns the code
         */
        get_code(): string;

        /**
         * Gets the member of the record the problem is in, in snake case as in a
         * document (`uscc`, `parent_id`).
         * @returns the field, or `NULL` when the   problem is about the record as a whole
         */
        get_field(): string | null;

        /**
         * Gets the problem in words.
         * @returns the message
         */
        get_message(): string;

        /**
         * Gets the id of the record the problem is about.
         * @returns the record's id
         */
        get_record_id(): string;

        /**
         * Gets how serious the problem is.
         * @returns the severity
         */
        get_severity(): Severity;
    }


    namespace Record {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            id: string | null;
            name: string | null;
            record_kind: RecordKind;
            recordKind: RecordKind;
            revision: bigint | number;
        }
    }

    /**
     * What every record has: an id unique across a whole registry, a name, the
     * members lian does not know, and a check of its own fields.
     * 
     * Records refer to each other by id, never by pointer; a registry resolves
     * and checks the references. Each kind of record is a final subclass.
     * 
     * A text a record's getter returns without a copy is valid until the record
     * changes; for a record loaded into a registry, also only while that
     * registry lives (loaded records keep their texts in the registry's blocks
     * until they change or leave it).
     * 
     * ```python
     * need = Lian.Need(id='need-1', enterprise_id='ent-1', title='贷款')
     * need.validate()           # raises GLib.Error naming the bad field
     * print(need.props.record_kind)    # <enum LIAN_RECORD_KIND_NEED ...>
     * ```
     * @gir-type Class
     */
    abstract class Record extends GObject.Object {
        static $gtype: GObject.GType<Record>;

        // Properties
        /**
         * The record's id, unique across its registry: 1 to 64 characters of
         * `[A-Za-z0-9._:-]`. It is set at construction and never changes.
         * @construct-only
         */
        get id(): string | null;

        /**
         * The record's name, as people say it.
         */
        get name(): string | null;
        set name(val: string | null);

        /**
         * The kind of record.
         * @read-only
         */
        get record_kind(): RecordKind;

        /**
         * The kind of record.
         * @read-only
         */
        get recordKind(): RecordKind;

        /**
         * How many changes of the record its registry has accepted: 0 for a
         * record no registry holds yet, 1 once added, one more for every
         * accepted change. A store keeps it, so that a change based on an older
         * revision than the store holds is found out. It goes no higher than
         * 2^51 − 1: a store's larger revision reads as that, and stays there.
         * @read-only
         */
        get revision(): number;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Record.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Record.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        // Signals
        /** @signal */
        connect<K extends keyof Record.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Record.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Record.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Record.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Record.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Record.SignalSignatures[K]>): void;

        // Static methods
        /**
         * Like {@link Lian.Record.id_is_valid}, with an error that says why.
         * @param id a string
         */
        static check_id(id: string | null): boolean;

        /**
         * Whether `id` may be the id of a record: 1 to 64 characters of
         * `[A-Za-z0-9._:-]`.
         * @param id a string
         */
        static id_is_valid(id: string | null): boolean;

        // Virtual methods
        /**
         * Checks the record's own fields: required values present, ids, codes and
         * dates well formed, numbers in range. References to other records are the
         * registry's to check.
         * @virtual
         */
        vfunc_validate(): boolean;

        // Methods
        /**
         * Gets the members of the record that lian does not know: those a document
         * or a spreadsheet carried, kept so that nothing is lost when it is written
         * back.
         * @returns the members, or `NULL` if there are none
         */
        get_extra(): Json.Object | null;

        /**
         * Gets the record's id.
         * @returns the id
         */
        get_id(): string | null;

        /**
         * Gets the record's name.
         * @returns the name
         */
        get_name(): string | null;

        /**
         * Gets the kind of the record.
         * @returns the kind
         */
        get_record_kind(): RecordKind;

        /**
         * Gets the registry that holds `record`.
         * @returns the registry, or `NULL` if `record`   is in none
         */
        get_registry(): Registry | null;

        /**
         * Gets how many changes of the record its registry has accepted; see
         * {@link Lian.Record.revision}.
         * @returns the revision
         */
        get_revision(): number;

        /**
         * Replaces the members of the record that lian does not know. The record
         * keeps a reference to `extra`; change it only through this call.
         * @param extra the members lian does not know
         */
        set_extra(extra: Json.Object | null): void;

        /**
         * Sets the record's name.
         * @param name the new name
         */
        set_name(name: string | null): void;

        /**
         * Checks the record's own fields: required values present, ids, codes and
         * dates well formed, numbers in range. References to other records are the
         * registry's to check.
         * @returns true if every field is good; false with an error whose message   starts with the first bad field's name, as in a document   (`uscc: check character is 'W', not 'X'`)
         * @throws GLib.Error
         */
        validate(): boolean;
    }


    namespace Region {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::level": (pspec: GObject.ParamSpec) => void;
            "notify::parent-code": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            level: Level;
            parent_code: string;
            parentCode: string;
        }
    }

    /**
     * A province, city or county, with its name. Its id is its six-digit
     * GB/T 2260 code; its level and its parent follow from the code.
     * 
     * Region fields of other records hold codes, not references: a region
     * record only gives a code its name, for the codes lian's own table does
     * not know.
     * 
     * ```python
     * district = Lian.Region.new('320214', '新吴区')
     * print(district.props.level)          # <enum LIAN_LEVEL_COUNTY ...>
     * print(district.props.parent_code)    # 320200
     * ```
     * @gir-type Class
     */
    class Region extends Record {
        static $gtype: GObject.GType<Region>;

        // Properties
        /**
         * The level of the region, from its code: `320000` is a province,
         * `320200` a city, `320214` a county. A region whose code is not valid
         * reads as a county.
         * @read-only
         */
        get level(): Level;

        /**
         * The code of the region one level up (`320214` → `320200`), or `NULL`
         * for a province or a region whose code is not valid.
         * @read-only
         */
        get parent_code(): string;

        /**
         * The code of the region one level up (`320214` → `320200`), or `NULL`
         * for a province or a region whose code is not valid.
         * @read-only
         */
        get parentCode(): string;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Region.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Region.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](code: string, name: string | null): Region;

        // Signals
        /** @signal */
        connect<K extends keyof Region.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Region.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Region.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Region.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Region.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Region.SignalSignatures[K]>): void;

        // Static methods
        /**
         * Checks that `code` is a GB/T 2260 code.
         * @param code a string
         * @deprecated since 0.2: Use {@link Lian.adcode_check} instead.
         */
        static code_check(code: string | null): boolean;

        /**
         * Whether the region `code` lies within `ancestor`.
         * @param ancestor a valid region code
         * @param code a valid region code
         * @deprecated since 0.2: Use {@link Lian.adcode_contains} instead.
         */
        static code_contains(ancestor: string, code: string): boolean;

        /**
         * The code of the region one level up.
         * @param code a valid region code
         * @deprecated since 0.2: Use {@link Lian.adcode_dup_parent} instead.
         */
        static code_dup_parent(code: string): string | null;

        /**
         * The level of the region `code` names.
         * @param code a valid region code
         * @deprecated since 0.2: Use {@link Lian.adcode_get_level} instead.
         */
        static code_get_level(code: string): Level;

        /**
         * The name of the region `code` names, from the table built into lian.
         * @param code a region code
         * @deprecated since 0.2: Use {@link Lian.adcode_get_name} instead.
         */
        static code_get_name(code: string): string | null;

        /**
         * Whether `code` is a GB/T 2260 code.
         * @param code a string
         * @deprecated since 0.2: Use {@link Lian.adcode_is_valid} instead.
         */
        static code_is_valid(code: string | null): boolean;

        // Methods
        /**
         * Gets the code of the region one level up, as
         * {@link Lian.adcode_dup_parent} gives it for the region's code, and as
         * {@link Lian.Region.parent_code} reads.
         * @returns the parent's code, or `NULL` for a   province or a region whose code is not valid
         * @deprecated since 0.2: Use {@link Lian.adcode_dup_parent} on the region's code,   or read {@link Lian.Region.parent_code}.
         */
        dup_parent_code(): string | null;

        /**
         * Gets the region's code: its id.
         * @returns the code
         */
        get_code(): string | null;

        /**
         * Gets the level of the region, from its code. A region whose code is not
         * valid reads as a county; {@link Lian.Record.validate} reports the code.
         * @returns the level
         */
        get_level(): Level;
    }


    namespace Registry {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            /**
             * Emitted after a record was added, once per record.
             * @signal
             * @run-last
             */
            "record-added": (record: Record) => void;
            /**
             * Emitted after a property or a list of a record in the registry changed;
             * the registry has already re-indexed the record.
             * @signal
             * @run-last
             */
            "record-changed": (record: Record, property: string | null) => void;
            /**
             * Emitted after a record was removed, once per record.
             * @signal
             * @run-last
             */
            "record-removed": (record: Record) => void;
            "notify::actor": (pspec: GObject.ParamSpec) => void;
            "notify::person": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            actor: string | null;
            person: Actor | null;
        }
    }

    /**
     * The store that owns every record: regions, chains, enterprises,
     * organisations, service items, needs, action projects and activities.
     * 
     * A registry refuses what would break it: a record of a type that is
     * none of lian's kinds (a subclass of {@link Lian.Record} made in Python,
     * say), a record that does not validate, a duplicate id, a reference to
     * an id that is not there or is of the wrong kind, a cycle in the organisation tree or among
     * headquarters (enterprises whose parent ids lead back to them), and
     * removing a record that others still refer to (unless asked to cascade). Adding
     * many records at once with {@link Lian.Registry.add_many} is
     * all-or-nothing.
     * 
     * Each kind of record has a live {@link Gio.ListModel}
     * ({@link Lian.Registry.get_needs}, …) that emits `items-changed` as
     * records come and go, and the registry emits
     * `Lian.Registry::record-added`,
     * `Lian.Registry::record-removed` and
     * `Lian.Registry::record-changed`.
     * 
     * Every change to a held record goes one way, whatever makes it (a setter,
     * a work function such as {@link Lian.Registry.move_need}, a CSV update,
     * a removal that unlinks): the registry checks the record as it would be —
     * its own fields, every reference, no cycle — and either accepts the
     * change, or refuses it and puts the record back as it was, with nothing
     * notified. An accepted change raises the record's
     * {@link Lian.Record.revision}, re-indexes it, becomes an entry of the
     * journal ({@link Lian.Registry.get_journal}) and is notified. A setter
     * cannot return an error: a refused setter logs a warning that names the
     * record, the field and the reason. {@link Lian.Registry.update} makes the
     * same change and returns the refusal as an error instead. So no sequence
     * of calls leaves a registry whose saved document does not load back.
     * 
     * ```python
     * reg = Lian.Registry()
     * reg.add(Lian.Enterprise.new('ent-1', '无锡芯片', '91320214745555318W', '320214'))
     * reg.add(Lian.Need.new('need-1', 'ent-1', Lian.NeedCategory.FINANCING, '流动资金贷款'))
     * city = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='320200')
     * for need in reg.select(city):
     *     print(need.props.title)
     * ```
     * 
     * A registry and its records are used from one thread at a time.
     * 
     * A registry disposed while someone still holds it
     * (`g_object_run_dispose()`, Python's `run_dispose()`, a gjs shutdown)
     * lets go of its records at once, as it does when it is freed: a record
     * someone else holds goes on on its own, as a record no registry holds.
     * The registry then stays empty for good. Reading it gives what an empty
     * registry gives (no record, empty lists and selections, counts of 0); a
     * list of its records obtained before is emptied, and says so
     * (`items-changed`). The calls that would bring a record in or take one
     * out ({@link Lian.Registry.add}, {@link Lian.Registry.add_many},
     * {@link Lian.Registry.remove}, the loads, a CSV import, the commit of
     * a batch open when it was disposed) fail with
     * `LIAN_REGISTRY_ERROR_DISPOSED`; the others find no record to work on,
     * as on any registry that does not hold it.
     * @gir-type Class
     */
    class Registry extends GObject.Object {
        static $gtype: GObject.GType<Registry>;

        // Properties
        /**
         * Who the registry acts for: the journal signs every change it accepts
         * with it ({@link Lian.Change.get_actor}). While the registry works as a
         * person ({@link Lian.Registry.person}), it is that person's id.
         */
        get actor(): string | null;
        set actor(val: string | null);

        /**
         * The person the registry works as, or `NULL`: every change is signed
         * with their id and checked against their roles and scope
         * ({@link Lian.Registry.set_person}).
         */
        get person(): Actor | null;
        set person(val: Actor | null);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Registry.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Registry.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](): Registry;

        // Signals
        /** @signal */
        connect<K extends keyof Registry.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Registry.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Registry.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Registry.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Registry.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Registry.SignalSignatures[K]>): void;

        // Static methods
        /**
         * Names the profiles {@link Lian.Registry.generate} knows.
         */
        static list_profiles(): string[];

        /**
         * Opens the store `uri` names and loads it into a new registry, which
         * keeps the store: see {@link Lian.Registry.get_store}.
         * @param uri a path or URI, as {@link Lian.Store.open} takes
         */
        static open(uri: string): Registry;

        /**
         * Opens the store `uri` names and loads it into a new registry in a
         * worker thread; finish with {@link Lian.Registry.open_finish}.
         * @param uri a path or URI, as {@link Lian.Store.open} takes
         * @param cancellable a {@link Gio.Cancellable}
         * @param callback called when the registry is open
         */
        static open_async(uri: string, cancellable: Gio.Cancellable | null, callback: Gio.AsyncReadyCallback<Registry> | null): void;

        /**
         * Finishes {@link Lian.Registry.open_async}.
         * @param result the result given to the callback
         */
        static open_finish(result: Gio.AsyncResult): Registry;

        // Methods
        /**
         * Ends a batch begun with {@link Lian.Registry.begin_batch} by undoing
         * every change made in it, the last first. A record the batch removed
         * comes back to its place in the order of addition: the lists, the
         * selections and the lookups by alias find it where they did before.
         * A clear in the batch is not undone, nor what the batch did before it
         * ({@link Lian.Registry.clear}).
         */
        abort_batch(): void;

        /**
         * Makes the registry work as the person with the id `person_id`; see
         * {@link Lian.Registry.set_person}.
         * @param person_id the id of a person `self` holds
         * @returns true if it does; false with `LIAN_REGISTRY_ERROR_NOT_FOUND` if   `self` holds no person with that id
         * @throws GLib.Error
         */
        act_as(person_id: string): boolean;

        /**
         * Adds `record`, after checking that it is one of lian's kinds of record
         * (`LIAN_REGISTRY_ERROR_UNKNOWN_TYPE` otherwise), its fields, that its id is new, that every
         * id it refers to is in the registry and of the right kind, and that it
         * closes no cycle in the organisation tree or among headquarters (an
         * enterprise whose {@link Lian.Enterprise.parent_id} leads back to it).
         * @param record a record that belongs to no registry yet
         * @returns true if `record` was added; false with an error that names the   record, the field and the reason otherwise, the registry unchanged
         * @throws GLib.Error
         */
        add(record: Record): boolean;

        /**
         * Adds all of `records` or none. They may refer to each other in any order:
         * a need and the project that bundles it can come together.
         * 
         * Each kind's list then tells of its new records (`items-changed`, one a
         * list), in the order of the kinds, and shows them from then on; a record
         * a handler removes before its list told of it is neither shown nor told
         * of. Then `Lian.Registry::record-added` tells of each record still
         * held as this addition added it.
         * @param records records that belong to no registry yet
         * @returns true if every record was added; false with an error about the   first problem, the registry unchanged
         * @throws GLib.Error
         */
        add_many(records: Record[]): boolean;

        /**
         * Hands an open need to an organisation (分级转办), with a deadline
         * (限时处置): sets {@link Lian.Need.assignee_id} and
         * {@link Lian.Need.due}. The registry re-indexes the need and emits
         * `Lian.Registry::record-changed` for each property that changed.
         * 
         * ```python
         * reg.assign_need('need-1', 'org-wx-alliance', '2023-08-31')
         * ```
         * @param need_id the id of a need in `self`
         * @param org_id the id of the organisation that is to handle it
         * @param due the day it must be handled by, `YYYY-MM-DD`, or `NULL`   to keep the need's current {@link Lian.Need.due}
         * @returns true if the need was assigned; false, the registry unchanged, with   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_WRONG_KIND` if   `need_id` is not a need, `LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE` or   `LIAN_REGISTRY_ERROR_WRONG_KIND` if `org_id` is not an organisation,   `LIAN_DATA_ERROR_INVALID_DATE` if `due` is not a date or comes before   the day the need was submitted, `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` if   the need is resolved or closed (reopen it first)
         * @throws GLib.Error
         */
        assign_need(need_id: string, org_id: string, due: string | null): boolean;

        /**
         * Starts a batch: the changes made until {@link Lian.Registry.commit_batch}
         * or {@link Lian.Registry.abort_batch} stand or fall together. Each is
         * checked as it is made, as always, and is seen at once (its signals and
         * notifications); the journal and the store receive them all at the
         * commit. Batches nest: only the outermost commit or abort ends it. A
         * batch still open when the registry goes ends with it: its changes stay
         * made, and no store receives them.
         * 
         * ```python
         * registry.begin_batch()
         * need.props.assignee_id = 'org-wx-ic'
         * firm.props.employees = 1200
         * registry.commit_batch()    # raises, with every change undone, if one failed
         * ```
         */
        begin_batch(): void;

        /**
         * Looks through the registry for data that is wrong, late or worth a look,
         * and returns one {@link Lian.Problem} for each finding:
         * 
         * - enterprises with the same credit code (`duplicate-uscc`, error), or the
         *   same name once spaces (full-width ones too), full-width letters and
         *   digits, case, the kind of brackets (（）, (), 【】, 〔〕, []) and the
         *   suffixes 股份有限公司, 有限责任公司, 有限公司, 集团 and 公司 are set
         *   aside (`duplicate-name`, warning; the CSV importer finds enterprises by
         *   name the same way); each is reported on
         *   the enterprise added later, naming the first
         * - chains without a leader: no leader id, and no enterprise linked to the
         *   chain as its leader (`chain-without-leader`, warning)
         * - enterprises on a chain in a segment the chain does not have
         *   (`unknown-segment`, warning)
         * - needs open more than `max_open_days` days on `today`
         *   (`need-open-too-long`, warning), and open needs past their due day
         *   (`need-overdue`, warning)
         * - projects past their due day that are neither done nor cancelled
         *   (`project-overdue`, warning)
         * - amounts of more than one trillion yuan (一万亿元), more than a need or
         *   a project can be about: a need's `amount_yuan`, a project's
         *   `loans_yuan` (`implausible-amount`, warning)
         * - organisations without member enterprises (`org-without-members`, info)
         * - references to an id no record has (`dangling-reference`, error) or to a
         *   record of the wrong kind (`wrong-kind-reference`, error), and records
         *   that no longer validate (`invalid-record`, error): a registry refuses
         *   all of these when records are added, but a setter called afterwards
         *   cannot refuse, so the records changed since they were added are looked
         *   at again
         * - cycles in the organisation tree (`org-cycle`, error) and among
         *   headquarters (`headquarters-cycle`, error: enterprises whose
         *   {@link Lian.Enterprise.parent_id}s lead back to them), reported once,
         *   at the record with the smallest id (a record that is its own parent is
         *   an invalid record); a registry refuses them when records are added, but
         *   a setter called afterwards cannot
         * - needs whose history contradicts itself or the need (errors): a move the
         *   status machine does not allow from the move before it (the first is
         *   not judged: a history may begin after moves nobody recorded)
         *   (`history-illegal-move`); a move dated before the one
         *   above it (`history-out-of-order`); a status other than the last move's
         *   (`status-contradicts-history`); a resolved day other than the day of
         *   the last move when it resolved the need, in that move's time zone, or
         *   a resolved day when the last move did not resolve it
         *   (`resolved-contradicts-history`). A need without a history is not
         *   looked at; one moved only through {@link Lian.Need.transition} has
         *   none of these
         * 
         * Problems come errors first, then warnings, then information, each by
         * record id. Their messages are written in the language of lian's messages
         * ({@link Lian.set_language}, or the locale), statuses named by their nick
         * in English (`submitted`) and by their label in Chinese (`已提交`); codes
         * and fields are the same in every language. A check changes nothing: no record notifies and the registry
         * emits no signal. Duplicates are found by hashing, so a check takes time in
         * proportion to the number of records.
         * 
         * ```python
         * for problem in reg.check('2023-12-31', 90):
         *     print(problem.props.code, problem.props.record_id, problem.props.message)
         * ```
         * @param today the day to judge deadlines on, `YYYY-MM-DD`, or   `NULL` for today in the local time zone
         * @param max_open_days how many days a need may stay open (from its   {@link Lian.Need.submitted} day) before it is reported
         * @returns a list of {@link Lian.Problem}, empty for a   registry without problems
         */
        check(today: string | null, max_open_days: number): Gio.ListModel;

        /**
         * Removes every record, and the document members lian does not know.
         * Kind by kind, the records of a kind leave its list at once (one
         * `items-changed`), then `Lian.Registry::record-removed` tells of
         * each, in the list's order. A record a handler adds meanwhile stays,
         * and may not refer to a record the clear takes (of a kind it has not
         * come to yet): `LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE`. One it adds back
         * is told of as removed first, then as added (so the last signal about
         * each record says whether the registry holds it).
         * 
         * A clear is not a change of the register: it makes no journal entries,
         * and in a batch it cannot be undone. The batch forgets the changes made
         * before the clear and those handlers make while it runs (and a refusal
         * among them), and goes on from the empty registry: an abort or a refused
         * commit then undoes only the changes made after the clear. A handler that aborts the batch while
         * the clear runs undoes the changes made since it began, but for a
         * removal of a record whose references the clear has taken already: that
         * record stays out, as the clear takes it. An undo (an abort, a refused
         * commit) that a handler interrupts with a clear ends there.
         */
        clear(): void;

        /**
         * Closes a project of the registry with its outcomes, with
         * {@link Lian.ActionProject.finish}, whatever state its needs are in (see
         * {@link Lian.Registry.close_resolved_project} for the careful way). The
         * registry emits `Lian.Registry::record-changed` for each property
         * that changed.
         * @param project_id the id of a project in `self`
         * @param finished the day it was done, `YYYY-MM-DD`
         * @param loans_yuan the loans it coordinated, in yuan
         * @param talents how many talents it brought in
         * @param problems_solved how many bottleneck problems it solved
         * @returns true if the project was closed; false, the registry unchanged,   with `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_WRONG_KIND`   if `project_id` is not a project, or the error of   {@link Lian.ActionProject.finish}
         * @throws GLib.Error
         */
        close_project(project_id: string, finished: string, loans_yuan: bigint | number, talents: number, problems_solved: number): boolean;

        /**
         * Closes a project with its outcomes, as
         * {@link Lian.Registry.close_project} does, but only when every one of its
         * needs is resolved ({@link Lian.Registry.project_is_resolved}). Resolving
         * needs never closes a project by itself: this is the explicit step.
         * 
         * ```js
         * if (registry.project_is_resolved('prj-1'))
         *     registry.close_resolved_project('prj-1', '2023-11-30', 5000000, 3, 1);
         * ```
         * @param project_id the id of a project in `self`
         * @param finished the day it was done, `YYYY-MM-DD`
         * @param loans_yuan the loans it coordinated, in yuan
         * @param talents how many talents it brought in
         * @param problems_solved how many bottleneck problems it solved
         * @returns true if the project was closed; false, the registry unchanged,   with `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` naming the needs that are not   resolved, or an error of {@link Lian.Registry.close_project}
         * @throws GLib.Error
         */
        close_resolved_project(project_id: string, finished: string, loans_yuan: bigint | number, talents: number, problems_solved: number): boolean;

        /**
         * Ends a batch begun with {@link Lian.Registry.begin_batch}. When every
         * change of the batch was accepted and the store (if any) takes them all,
         * they go into the journal, in order. When one of them was refused (a
         * setter's change, which could not say so then), or the store refuses
         * them, every change of the batch is undone, the last first, and the
         * registry is as it was when the batch began.
         * @returns true if the batch's changes stand; false with the first refusal   otherwise
         * @throws GLib.Error
         */
        commit_batch(): boolean;

        /**
         * Counts the enterprises that lie in `region` or below it, as
         * {@link Lian.Registry.select} would select them for a filter of that
         * region: a lookup in the registry's index of enterprises by region, which
         * files each enterprise under its region and every region above it.
         * 
         * ```python
         * for city in reg.dup_regions_at('320000', Lian.Level.CITY):
         *     print(city, reg.count_enterprises(city))
         * ```
         * @param region a region code (a province, a city or a county), or   `NULL` for every region
         * @returns the number of enterprises in `region`
         */
        count_enterprises(region: string | null): number;

        /**
         * Counts the needs that lie in `region` or below it (a need lies where its
         * enterprise does), from the registry's indexes, without visiting the
         * needs.
         * @param region a region code, or `NULL` for every region
         * @returns the number of needs in `region`
         */
        count_needs(region: string | null): number;

        /**
         * Counts the needs at `status` now that lie in `region` or below it, with
         * one lookup and without visiting the needs: the registry keeps counts of
         * its needs per status and per region (where their enterprise lies, and
         * every region above), up to date as needs are added, moved or removed
         * and as enterprises move.
         * 
         * ```c
         * guint resolved = lian_registry_count_needs_by_status (registry, "320500",
         *                                                       LIAN_NEED_STATUS_RESOLVED);
         * ```
         * @param region a region code, or `NULL` for every region
         * @param status a status
         * @returns the number of needs at `status` in `region`
         */
        count_needs_by_status(region: string | null, status: NeedStatus): number;

        /**
         * Counts the records of `kind`, without making a list of them.
         * @param kind a kind of record
         * @returns the number of records of `kind`
         */
        count_records(kind: RecordKind): number;

        /**
         * Records a person's decision on a pair {@link Lian.Registry.find_duplicates}
         * offered. Two that are the same are merged, `first_id` kept
         * ({@link Lian.Registry.merge_enterprises}). Two that are different each
         * list the other in {@link Lian.Enterprise.not_duplicates}, one batch
         * through the checked change path: the decision is saved with them, in a
         * document or a store, and the pair is not offered again.
         * @param first_id the id of an enterprise
         * @param second_id the id of another enterprise
         * @param same whether a person decided they are one enterprise
         * @returns true if recorded; false with an error, the registry unchanged
         * @throws GLib.Error
         */
        decide_duplicate(first_id: string, second_id: string, same: boolean): boolean;

        /**
         * The day by which `need` must be handled next: while it waits to be
         * accepted, its submission day plus the days its category's service level
         * allows to accept it ({@link Lian.Registry.get_service_level}); after
         * that, its {@link Lian.Need.due} day, or else its submission day plus
         * the days allowed to resolve it. A closed or resolved need, or one with
         * nothing to count from, has none.
         * @param need a need
         * @returns the day, `YYYY-MM-DD`, or `NULL`
         */
        dup_need_deadline(need: Need): string | null;

        /**
         * The open needs of an organisation's work queue on the day `on`, in the
         * registry's order. A need is overdue once its deadline
         * ({@link Lian.Registry.dup_need_deadline}) is past; an overdue need also
         * rises to the `LIAN_QUEUE_KIND_ESCALATED` queue of the organisation above
         * its assignee ({@link Lian.PartyOrg.parent_id}). A person's queue is
         * that of their organisation ({@link Lian.Actor.org_id}).
         * 
         * ```python
         * late = registry.dup_queue('org-wx', Lian.QueueKind.ESCALATED, '2026-12-01', 0)
         * ```
         * @param org_id the id of an organisation: the assignee whose queue it is
         * @param kind which queue
         * @param on the reference day, `YYYY-MM-DD` (today, for a daily digest)
         * @param days for `LIAN_QUEUE_KIND_STALLED`, how many days without a move make a   need stalled; for `LIAN_QUEUE_KIND_DUE_SOON`, how many days ahead to   look; not used by the other queues
         * @returns the needs, held   by `self`, or `NULL`   with `LIAN_DATA_ERROR_INVALID_VALUE` for a bad day or   `LIAN_REGISTRY_ERROR_NOT_FOUND` for an unknown organisation
         * @throws GLib.Error
         */
        dup_queue(org_id: string, kind: QueueKind, on: string, days: number): Need[];

        /**
         * Lists the records that refer to `id`: the needs of an enterprise, the
         * organisations it is a member of, the chains it leads, …, in the order
         * they were added.
         * @param id an id
         * @returns the records
         */
        dup_referrers(id: string): Record[];

        /**
         * Names the region `code`: the name of its region record if the registry
         * has one, else the name lian knows ({@link Lian.adcode_get_name}).
         * @param code a region code
         * @returns the name, or `NULL`
         */
        dup_region_name(code: string): string | null;

        /**
         * Lists the regions at `level` within `region` where an enterprise (and so
         * any need) lies, from the keys of the registry's index of enterprises by
         * region, without visiting the enterprises. With
         * {@link Lian.Registry.count_enterprises} and
         * {@link Lian.Registry.count_needs_by_status}, it gives the figures of
         * every city or county at once.
         * @param region a region code, or `NULL` for every region
         * @param level the level of the regions to list
         * @returns the region codes,   in order
         */
        dup_regions_at(region: string | null, level: Level): string[];

        /**
         * Makes a new registry holding copies of the records the person `self`
         * works as may read ({@link Lian.Registry.may_read}): what a county's
         * clerk may select, export and report on. A record that cannot be without
         * a hidden one (a need of another county's enterprise) is left out, and
         * references to hidden records (a chain's leaders in other counties, an
         * organisation's parent in the city) are dropped from the copies. Records
         * keep their revisions; the copy has no store and no journal entries, and
         * works as no one. Working as no one, `self` is copied whole.
         * 
         * ```python
         * registry.act_as('p-wx-clerk')
         * county = registry.dup_visible()
         * Lian.Report.new('dashboard').render(county)   # the county alone
         * ```
         * @returns a new registry, or `NULL` with an error
         * @throws GLib.Error
         */
        dup_visible(): Registry;

        /**
         * Says how {@link Lian.Registry.select} would find the records that
         * `filter` wants (from which index, or by scanning every record of the
         * kind) and how many records it visits on the way.
         * @param filter what to select
         * @returns a one-line description, such as   `needs by chain: 120 visited, 37 selected`; `NULL` with `error` set if   {@link Lian.Registry.select} refuses `filter`
         * @throws GLib.Error
         */
        explain_select(filter: Filter): [string, number];

        /**
         * Writes records as a CSV file Excel and WPS open as they are: UTF-8 with
         * a byte-order mark, CRLF line ends, a header row, one row per record.
         * 
         * The columns are those {@link Lian.CsvImporter} reads (the table is in the
         * CSV guide, `doc/csv-columns.md`), with Chinese headers and labels
         * (`融资`, `已解决`, `是`) unless `flags` has
         * {@link Lian.CsvExportFlags.ENGLISH_HEADERS}; lists are separated by `、`
         * (`,` with English headers). Members lian does not know become more
         * columns, after the others. Phone numbers are masked (`138****5678`)
         * unless `flags` has {@link Lian.CsvExportFlags.SHOW_PERSONAL}: the contact
         * phone, and whatever looks like a phone number in the columns lian does
         * not know ({@link Lian.mask_phone_numbers}). Text a
         * spreadsheet would turn into a number or a formula is written `="…"`
         * unless `flags` has {@link Lian.CsvExportFlags.RAW_TEXT}.
         * 
         * Enterprises, needs and services written with
         * {@link Lian.CsvExportFlags.SHOW_PERSONAL} import back as equal records.
         * The other kinds are written the same way, for reading.
         * 
         * ```python
         * text, length = registry.export_csv_to_data(Lian.Filter(record_kind=Lian.RecordKind.NEED),
         *                                            Lian.CsvExportFlags.NONE)
         * ```
         * 
         * The filter must be one {@link Lian.Registry.select} takes: one it
         * refuses is a programming error here (a critical, and an empty text);
         * {@link Lian.Registry.export_csv_to_file} reports it as an error.
         * @param filter which records: those {@link Lian.Registry.select} gives for it,   in that order, all of its {@link Lian.Filter.record_kind}
         * @param flags how to write them
         * @returns the CSV text
         */
        export_csv_to_data(filter: Filter, flags: CsvExportFlags): [string, number];

        /**
         * Writes the CSV text of {@link Lian.Registry.export_csv_to_data} to a
         * file as {@link Lian.file_set_contents} does: atomically (the file holds
         * its old content or the whole export), through a symbolic link, keeping
         * the mode and owner of the file it replaces; a device or a FIFO is
         * written straight through.
         * @param filter which records
         * @param flags how to write them
         * @param path the file to write
         * @returns true if the file was written
         * @throws GLib.Error
         */
        export_csv_to_file(filter: Filter, flags: CsvExportFlags, path: string): boolean;

        /**
         * Finds the pairs of records of `kind` that may be one, each with its band
         * and reasons, the surest first; the review queue of duplicates. Two
         * enterprises are compared when they share a credit code, the core of a
         * name (without company form, brackets or region) or a telephone; two
         * needs when they share an enterprise and category. A pair a person
         * decided is two ({@link Lian.Registry.decide_duplicate}) is left out.
         * 
         * A million enterprises take a few seconds: the pass compares only the
         * records that share a key, never every pair.
         * @param kind `LIAN_RECORD_KIND_ENTERPRISE` or `LIAN_RECORD_KIND_NEED`
         * @param min_band the least sure band to list
         * @returns a list of {@link Lian.Duplicate}, or   `NULL` with `LIAN_REGISTRY_ERROR_WRONG_KIND` for another kind
         * @throws GLib.Error
         */
        find_duplicates(kind: RecordKind, min_band: DuplicateBand): Gio.ListModel | null;

        /**
         * Finds the records of `self` that may be the same as `record`: what to warn
         * about before {@link Lian.Registry.add} adds it, or after. Adding never
         * refuses a record for looking like another (two enterprises may have one
         * name in two cities); a program asks this and lets a person decide. Each
         * pair has the record of `self` first and `record` second.
         * 
         * ```python
         * for pair in registry.find_duplicates_of(firm, Lian.DuplicateBand.LIKELY):
         *     print('like', pair.get_first_id(), pair.get_reasons())
         * registry.add(firm)
         * ```
         * 
         * For an enterprise this reads every enterprise of `self` once; a program
         * adding many should use a {@link Lian.CsvImporter}, which warns of each.
         * @param record an enterprise or a need, held by `self` or about to be added
         * @param min_band the least sure band to list
         * @returns a list of {@link Lian.Duplicate}, the surest   first; empty for another kind of record
         */
        find_duplicates_of(record: Record, min_band: DuplicateBand): Gio.ListModel;

        /**
         * Calls `func` with each record of `kind`, in the order they were added,
         * without making a list of them, until `func` returns false. If the
         * registry changes while it visits (`func`, or a handler of a signal it
         * causes, adds, changes or removes a record), it stops before the next
         * record and fails with `LIAN_REGISTRY_ERROR_CHANGED`: the records it
         * would still visit are no longer those it started with. A change made
         * while visiting the last record is not an error.
         * 
         * ```js
         * let open = 0;
         * registry.foreach(Lian.RecordKind.NEED, need => {
         *     if (need.status === Lian.NeedStatus.SUBMITTED)
         *         open++;
         *     return true;
         * });
         * ```
         * @param kind the kind of records to visit
         * @param func called with each record of `kind`
         * @returns true if every record was visited or `func` stopped the visit;   false with `LIAN_REGISTRY_ERROR_CHANGED` if the registry changed
         * @throws GLib.Error
         */
        foreach(kind: RecordKind, func: RecordVisitFunc): boolean;

        /**
         * Adds a synthetic but plausible register to `self`, the same for the same
         * profile, scale and seed.
         * 
         * The profile `jiangsu-2023` holds the figures Jiangsu published for its
         * 2023 chain party-building work: 28,283 enterprises on chains, 17,469
         * needs, 16 clusters, province chains 50 key, 30 advantage and 10
         * excellent; 84 city-level and 350 county-level alliances or chain
         * committees, 52 of them founded in 2022; in Zhenjiang (321100) 8 joint
         * committees with 152 chain branches; 4,689 service items, 499 of them in
         * Wuxi (320200); Wuxi's projects coordinated loans of 17,280,000,000 yuan
         * and brought in 3,000 talents; Zhangjiagang (320582) has 100 action
         * branches and solved 300 bottleneck problems; Tongzhou (320612) has 12
         * party schools; 302 policy documents, 782 meetings and 90 cases.
         * 
         * What was not published is drawn to be plausible:
         * 
         * - enterprises, needs, alliances and chain committees, and the service
         *   items outside Wuxi go to the 13 cities in proportion to their 2023
         *   GDP (Suzhou about 19%, Suqian and Lianyungang about 3.4%);
         * - most chain enterprises are covered by a grassroots organisation
         *   through membership, as a province that publishes its coverage has:
         *   each chain leader has a party committee of its own (kind
         *   `enterprise`), Zhenjiang's chain branches and joint committees take in
         *   its enterprises chain by chain, and in the other cities joint
         *   committees of each chain, of up to 20 enterprises each, do (together
         *   some 90%, fewer of the small and micro enterprises), so that bigger
         *   economies have more organisations;
         * - needs come in uneven categories: financing, technology, market and
         *   talent most, listing and "other" least;
         * - service items start between 2021 and mid-2023; a third run without
         *   end, the others for one to five and a half years;
         * - Wuxi's financing projects and Zhangjiagang's bottleneck projects
         *   bundle the resolved needs they served, all on one chain, so their
         *   outcomes add up by chain.
         * @param profile the name of a profile, such as `jiangsu-2023`
         * @param scale how many times each count is multiplied (1 for the profile as published)
         * @param seed the seed everything not published is drawn from
         * @returns true if the records were added; false with   `LIAN_DATA_ERROR_INVALID_VALUE` for an unknown profile, or the error of   adding them (an id already in `self`), the registry unchanged
         * @throws GLib.Error
         */
        generate(profile: string, scale: number, seed: number): boolean;

        /**
         * The live list of {@link Lian.Activity} records.
         * @returns the list
         */
        get_activities(): Gio.ListModel;

        /**
         * Gets who the registry acts for; see {@link Lian.Registry.actor}.
         * @returns the actor
         */
        get_actor(): string | null;

        /**
         * The live list of {@link Lian.Chain} records.
         * @returns the list
         */
        get_chains(): Gio.ListModel;

        /**
         * Gets a number that grows whenever a record is added, changed or
         * removed. Two equal readings mean the registry's records did not change
         * in between; what the number is says nothing more.
         * @returns the change count
         */
        get_change_count(): number;

        /**
         * The live list of {@link Lian.Enterprise} records.
         * @returns the list
         */
        get_enterprises(): Gio.ListModel;

        /**
         * Gets the members of the document that lian does not know, kept so that
         * saving writes them back.
         * @returns the members, or `NULL`
         */
        get_extra(): Json.Object | null;

        /**
         * Gets the changes the registry accepted since it was made, in order: the
         * records added (not those a document or a store loaded), the updates and
         * the removals, each a {@link Lian.Change}. A store persists them.
         * 
         * The journal tells of an addition (`items-changed`) after the registry's
         * lists and `Lian.Registry::record-added` did: a handler of it
         * finds the new records in the registry and may change or remove them.
         * @returns a list model of {@link Lian.Change}
         */
        get_journal(): Gio.ListModel;

        /**
         * Gets the largest document, in bytes, the registry loads.
         * @returns the limit, {@link Lian.JSON_MAX_DOCUMENT_SIZE} unless it was   changed, or 0 for none
         */
        get_max_document_size(): number;

        /**
         * Counts the records of every kind.
         * @returns the number of records
         */
        get_n_records(): number;

        /**
         * The live list of {@link Lian.Need} records.
         * @returns the list
         */
        get_needs(): Gio.ListModel;

        /**
         * The live list of {@link Lian.PartyOrg} records.
         * @returns the list
         */
        get_organizations(): Gio.ListModel;

        /**
         * Gets the person the registry works as.
         * @returns the person, or `NULL`
         */
        get_person(): Actor | null;

        /**
         * The live list of {@link Lian.ActionProject} records.
         * @returns the list
         */
        get_projects(): Gio.ListModel;

        /**
         * The live list of the records of `kind`, in the order they were added. It
         * emits `items-changed` as records come and go.
         * @param kind a kind of record
         * @returns the list
         */
        get_records(kind: RecordKind): Gio.ListModel;

        /**
         * The live list of {@link Lian.Region} records.
         * @returns the list
         */
        get_regions(): Gio.ListModel;

        /**
         * Reads the service level of a need category. Service levels are kept in
         * the store with the register, as the document member `service_levels`
         * (the SQLite store's `document` table):
         * 
         * ```json
         * "service_levels": { "technology": { "accept_days": 3, "resolve_days": 30 } }
         * ```
         * @param category a need category
         * @returns true if `category` has a service level; false (and 0 days) if not
         */
        get_service_level(category: NeedCategory): [boolean, number, number];

        /**
         * The live list of {@link Lian.ServiceItem} records.
         * @returns the list
         */
        get_services(): Gio.ListModel;

        /**
         * The store the registry was loaded from by {@link Lian.Registry.open} or
         * {@link Lian.Store.load}.
         * @returns the store, or `NULL`
         */
        get_store(): Store | null;

        /**
         * Whether the registry holds any person: a register without people is
         * worked on by anyone, as before lian knew people.
         * @returns true if it holds a person
         */
        has_people(): boolean;

        /**
         * Whether `record` is in the scope of `person`: it lies in one of their
         * regions (as {@link Lian.Registry.select} places records in a region), it
         * is or refers to an organisation of their organisation subtree, or it is
         * on one of their chains. Everything is in the scope of a person that
         * nothing limits ({@link Lian.Actor.is_unlimited}).
         * @param person a person
         * @param record a record `self` holds, or a copy of one
         * @returns true if `record` is in the scope
         */
        in_scope(person: Actor, record: Record): boolean;

        /**
         * Records that a service item answers a need, by adding `service_id` to the
         * need's {@link Lian.Need.service_ids}. Linking a service that is
         * already linked changes nothing and succeeds.
         * @param need_id the id of a need in `self`
         * @param service_id the id of a service item in `self` that answers it
         * @returns true if the service is linked to the need; false, the registry   unchanged, with `LIAN_REGISTRY_ERROR_NOT_FOUND` or   `LIAN_REGISTRY_ERROR_WRONG_KIND` if `need_id` is not a need, or   `LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE` or   `LIAN_REGISTRY_ERROR_WRONG_KIND` if `service_id` is not a service item
         * @throws GLib.Error
         */
        link_service(need_id: string, service_id: string): boolean;

        /**
         * Adds the records of a JSON document to the registry: all of them, or, on
         * any error, none (no record added, no signal emitted).
         * 
         * The error says where: the line and column of a syntax error, or the JSON
         * path of a bad value (`$.needs[12].status: unknown need status "done";
         * expected one of submitted, accepted, in-progress, resolved, closed`).
         * A UTF-8 byte-order mark is skipped. Members lian does not know are kept,
         * on the records and on the document, and saved again. A document larger
         * than {@link Lian.Registry.get_max_document_size} is refused before it
         * is parsed.
         * @param data a lian document, as UTF-8 text
         * @param length the length of `data` in bytes, or -1 if it ends with a NUL
         * @returns true if the document was loaded
         * @throws GLib.Error
         */
        load_from_data(data: string, length: bigint | number): boolean;

        /**
         * Like {@link Lian.Registry.load_from_data}, reading the document from a
         * file. A file that cannot be read gives a `G_IO_ERROR`; a file larger than
         * {@link Lian.Registry.get_max_document_size} is refused without reading
         * it.
         * @param path the file to read
         * @param cancellable a cancellable
         * @returns true if the document was loaded
         * @throws GLib.Error
         */
        load_from_file(path: string, cancellable: Gio.Cancellable | null): boolean;

        /**
         * Reads a document from a file in a worker thread; call
         * {@link Lian.Registry.load_from_file_finish} from `callback` to add its
         * records. The registry itself is only touched in the finish call.
         * @param path the file to read
         * @param cancellable a cancellable
         */
        load_from_file_async(path: string, cancellable: Gio.Cancellable | null): globalThis.Promise<boolean>;

        /**
         * Reads a document from a file in a worker thread; call
         * {@link Lian.Registry.load_from_file_finish} from `callback` to add its
         * records. The registry itself is only touched in the finish call.
         * @param path the file to read
         * @param cancellable a cancellable
         * @param callback called when the document is read
         */
        load_from_file_async(path: string, cancellable: Gio.Cancellable | null, callback: Gio.AsyncReadyCallback<this> | null): void;

        /**
         * Reads a document from a file in a worker thread; call
         * {@link Lian.Registry.load_from_file_finish} from `callback` to add its
         * records. The registry itself is only touched in the finish call.
         * @param path the file to read
         * @param cancellable a cancellable
         * @param callback called when the document is read
         */
        load_from_file_async(path: string, cancellable: Gio.Cancellable | null, callback?: Gio.AsyncReadyCallback<this> | null): globalThis.Promise<boolean> | void;

        /**
         * Adds the records of the document read by
         * {@link Lian.Registry.load_from_file_async}, all or none.
         * @param result the result given to the callback
         * @returns true if the document was loaded
         * @throws GLib.Error
         */
        load_from_file_finish(result: Gio.AsyncResult): boolean;

        /**
         * Like {@link Lian.Registry.load_from_data}, reading the document from
         * `stream` to its end; reading stops, and the document is refused, once it
         * passes {@link Lian.Registry.get_max_document_size}.
         * 
         * GIO's streams of a file or of memory are read in a thread of lian's own
         * while the calling thread adds the records, when the machine has more than
         * one processor; any other stream (one the caller implemented, which may be
         * bound to its thread) is read in the calling thread. Signals are emitted
         * in the calling thread either way.
         * @param stream a stream holding a lian document
         * @param cancellable a cancellable
         * @returns true if the document was loaded
         * @throws GLib.Error
         */
        load_from_stream(stream: Gio.InputStream, cancellable: Gio.Cancellable | null): boolean;

        /**
         * Reads a document from `stream` in a worker thread; call
         * {@link Lian.Registry.load_from_stream_finish} from `callback`.
         * @param stream a stream holding a lian document
         * @param cancellable a cancellable
         */
        load_from_stream_async(stream: Gio.InputStream, cancellable: Gio.Cancellable | null): globalThis.Promise<boolean>;

        /**
         * Reads a document from `stream` in a worker thread; call
         * {@link Lian.Registry.load_from_stream_finish} from `callback`.
         * @param stream a stream holding a lian document
         * @param cancellable a cancellable
         * @param callback called when the document is read
         */
        load_from_stream_async(stream: Gio.InputStream, cancellable: Gio.Cancellable | null, callback: Gio.AsyncReadyCallback<this> | null): void;

        /**
         * Reads a document from `stream` in a worker thread; call
         * {@link Lian.Registry.load_from_stream_finish} from `callback`.
         * @param stream a stream holding a lian document
         * @param cancellable a cancellable
         * @param callback called when the document is read
         */
        load_from_stream_async(stream: Gio.InputStream, cancellable: Gio.Cancellable | null, callback?: Gio.AsyncReadyCallback<this> | null): globalThis.Promise<boolean> | void;

        /**
         * Adds the records of the document read by
         * {@link Lian.Registry.load_from_stream_async}, all or none.
         * @param result the result given to the callback
         * @returns true if the document was loaded
         * @throws GLib.Error
         */
        load_from_stream_finish(result: Gio.AsyncResult): boolean;

        /**
         * Finds the record with the id `id`, of whatever kind.
         * @param id an id
         * @returns the record, or `NULL`
         */
        lookup(id: string): Record | null;

        /**
         * Finds an activity.
         * @param id an id
         * @returns the activity, or `NULL`
         */
        lookup_activity(id: string): Activity | null;

        /**
         * Finds a chain.
         * @param id an id
         * @returns the chain, or `NULL` if there is no   record `id` or it is not a chain
         */
        lookup_chain(id: string): Chain | null;

        /**
         * Finds an enterprise by its id or by the id of an enterprise merged into
         * it (its {@link Lian.Enterprise.aliases}); of several enterprises with
         * that alias, the one the registry has held longest.
         * @param id an id
         * @returns the enterprise, or `NULL`
         */
        lookup_enterprise(id: string): Enterprise | null;

        /**
         * Finds a need.
         * @param id an id
         * @returns the need, or `NULL`
         */
        lookup_need(id: string): Need | null;

        /**
         * Finds a party organisation.
         * @param id an id
         * @returns the organisation, or `NULL`
         */
        lookup_organization(id: string): PartyOrg | null;

        /**
         * Finds an action project.
         * @param id an id
         * @returns the project, or `NULL`
         */
        lookup_project(id: string): ActionProject | null;

        /**
         * Finds the region record of `code`.
         * @param code a region code
         * @returns the region, or `NULL`
         */
        lookup_region(code: string): Region | null;

        /**
         * Finds a service item.
         * @param id an id
         * @returns the service item, or `NULL`
         */
        lookup_service(id: string): ServiceItem | null;

        /**
         * Whether the person the registry works as may read `record`: any record
         * when it works as no one; else the regions, chains and service items, and
         * the records of the person's scope ({@link Lian.Registry.in_scope}).
         * @param record a record `self` holds
         * @returns true if `record` may be read
         */
        may_read(record: Record): boolean;

        /**
         * Makes two records of one enterprise one. The enterprise `keep_id` stays;
         * every reference to `gone_id` that any kind of record declares (a need's
         * enterprise, an organisation's members, a chain's leaders, headquarters)
         * moves to it; it takes the chain links of `gone_id` on other chains, and
         * `gone_id` (with the aliases it had) becomes one of its
         * {@link Lian.Enterprise.aliases}, so that
         * {@link Lian.Registry.lookup_enterprise} and CSV imports still find it
         * by the old id. `gone_id` is then removed.
         * 
         * It is one batch through the registry's checked change path: each change
         * is in the journal (and a store's log), and either all of them are made
         * or none. {@link Lian.Registry.unmerge_enterprises} undoes it.
         * @param keep_id the id of the enterprise to keep
         * @param gone_id the id of the enterprise that is the same one, to merge into it
         * @returns true if merged; false with an error, the registry unchanged
         * @throws GLib.Error
         */
        merge_enterprises(keep_id: string, gone_id: string): boolean;

        /**
         * Moves a need of the registry with {@link Lian.Need.transition}; the move
         * is appended to its history, and the registry re-indexes it (by status)
         * and emits `Lian.Registry::record-changed`. Resolving the last need
         * of a project does not close the project: see
         * {@link Lian.Registry.close_resolved_project}.
         * @param need_id the id of a need in `self`
         * @param status the status to move it to
         * @param actor_id who moves it: a person or an organisation; `NULL`   for the person the registry works as ({@link Lian.Registry.set_person})
         * @param note why, in words; required to reopen a need
         * @param when when, or `NULL` for now in the local time zone
         * @returns true if the need moved; false, the registry unchanged, with   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_WRONG_KIND` if   `need_id` is not a need, or the error of {@link Lian.Need.transition}
         * @throws GLib.Error
         */
        move_need(need_id: string, status: NeedStatus, actor_id: string | null, note: string | null, when: GLib.DateTime | null): boolean;

        /**
         * Moves a response of the registry with {@link Lian.Response.transition},
         * as one checked change: the move is appended to its
         * {@link Lian.Response.moves}, the registry re-indexes it (by status),
         * journals the change and emits `Lian.Registry::record-changed`.
         * 
         * ```python
         * registry.move_response('resp-1', Lian.ResponseStatus.SHORTLISTED, '2024-03-12')
         * ```
         * @param response_id the id of a response in `self`
         * @param status the status to move it to
         * @param date the day of the move, `YYYY-MM-DD`, or `NULL` for today
         * @returns true if the response moved; false, the registry unchanged, with   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_WRONG_KIND` if   `response_id` is not a response, or the error of   {@link Lian.Response.transition}
         * @throws GLib.Error
         */
        move_response(response_id: string, status: ResponseStatus, date: string | null): boolean;

        /**
         * Adds a new action project and points each of its needs to it, by setting
         * their {@link Lian.Need.project_id}. Its owner must be an organisation
         * of the registry and its need and service ids must be there (as for
         * {@link Lian.Registry.add}); a need already in another open (planned or
         * active) project is refused.
         * 
         * ```python
         * project = Lian.ActionProject.new('prj-1', '物联网金融赋能', 'org-wx-alliance')
         * project.add_need('need-1')
         * reg.open_project(project)
         * ```
         * @param project a planned or active project that belongs to no registry yet
         * @returns true if the project was added; false, the registry unchanged,   with `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` if `project` is done or   cancelled, `LIAN_DATA_ERROR_INVALID_VALUE` if one of its needs is in   another open project, or any error of {@link Lian.Registry.add}
         * @throws GLib.Error
         */
        open_project(project: ActionProject): boolean;

        /**
         * Whether every need of a project is resolved (a closed need, withdrawn
         * without a resolution, is not). A project without needs is resolved.
         * @param project_id the id of a project
         * @returns true if `project_id` is a project of `self` whose needs are all   resolved; false otherwise, also when there is no such project
         */
        project_is_resolved(project_id: string): boolean;

        /**
         * Removes a record. While other records refer to it, the registry refuses,
         * unless `cascade` is true: then a record that cannot be without it (a need
         * of a removed enterprise, a project of a removed organisation) is removed
         * too, and any other reference is dropped from the record that made it (an
         * enterprise leaves the member list of an organisation).
         * 
         * The references dropped and the records removed are one change of the
         * register: its journal and its store receive them together, and a store
         * that refuses them (a conflict) leaves the registry unchanged.
         * 
         * Each record removed leaves its kind's list (`items-changed`), then
         * `Lian.Registry::record-removed` tells of it. A handler of the
         * list that adds the record back meanwhile has it told of as removed
         * first, then as added.
         * @param id the id of the record to remove
         * @param cascade whether to remove or unlink the records that refer to it
         * @returns true if the record was removed; false with   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_STILL_REFERENCED`   (naming who refers to it), or a store's refusal, the registry unchanged
         * @throws GLib.Error
         */
        remove(id: string, cascade: boolean): [boolean, string[] | null];

        /**
         * Finds the code of a region given by code or by name, as
         * {@link Lian.Filter.region} takes it. White space around `region` is
         * ignored. A code is returned as it is once it is valid, whether the
         * registry holds records in it or not; a name is looked up among the
         * registry's {@link Lian.Region} records and lian's built-in table.
         * 
         * ```python
         * reg.resolve_region('无锡市')   # '320200'
         * ```
         * @param region a region code, or the exact name of a region
         * @returns the code; `NULL` with   `LIAN_DATA_ERROR_INVALID_REGION` if `region` is an invalid code, names no   region, or names several (the message lists their codes)
         * @throws GLib.Error
         */
        resolve_region(region: string): string;

        /**
         * Writes the registry as a canonical lian document: members in a fixed
         * order, records sorted by id within each kind, 2-space indent, UTF-8 as
         * is. Two saves of the same registry are byte-identical, and so is a
         * canonical document loaded and saved again.
         * @returns the document, ending with a newline
         */
        save_to_data(): [string, number];

        /**
         * Writes the canonical document (see {@link Lian.Registry.save_to_data})
         * to `path` atomically, as {@link Lian.file_set_contents} writes a file: it
         * is written beside the file it replaces, flushed to disk and renamed over
         * it, so an interrupted save leaves the old file intact, and the folder is
         * flushed too. A symbolic link is followed to the file it leads to, which
         * keeps its mode and, where the process may set them, its owner and
         * group. A character device or a FIFO is written straight through; a
         * folder, a block device or a socket is refused.
         * 
         * The file beside it is named `.NAME.lian-XXXXXX` (six random
         * characters). A failed or cancelled save removes it; one left by a
         * process killed during a save is removed by a later save of the same
         * file once it is stale (see {@link Lian.file_set_contents}).
         * @param path the file to write
         * @param cancellable a cancellable
         * @returns true if the document was written
         * @throws GLib.Error
         */
        save_to_file(path: string, cancellable: Gio.Cancellable | null): boolean;

        /**
         * Saves like {@link Lian.Registry.save_to_file}, writing the file in a
         * worker thread. The document is taken as the registry is at this call.
         * @param path the file to write
         * @param cancellable a cancellable
         */
        save_to_file_async(path: string, cancellable: Gio.Cancellable | null): globalThis.Promise<boolean>;

        /**
         * Saves like {@link Lian.Registry.save_to_file}, writing the file in a
         * worker thread. The document is taken as the registry is at this call.
         * @param path the file to write
         * @param cancellable a cancellable
         * @param callback called when the file is written
         */
        save_to_file_async(path: string, cancellable: Gio.Cancellable | null, callback: Gio.AsyncReadyCallback<this> | null): void;

        /**
         * Saves like {@link Lian.Registry.save_to_file}, writing the file in a
         * worker thread. The document is taken as the registry is at this call.
         * @param path the file to write
         * @param cancellable a cancellable
         * @param callback called when the file is written
         */
        save_to_file_async(path: string, cancellable: Gio.Cancellable | null, callback?: Gio.AsyncReadyCallback<this> | null): globalThis.Promise<boolean> | void;

        /**
         * Finishes {@link Lian.Registry.save_to_file_async}.
         * @param result the result given to the callback
         * @returns true if the file was written
         * @throws GLib.Error
         */
        save_to_file_finish(result: Gio.AsyncResult): boolean;

        /**
         * Writes the canonical document (see {@link Lian.Registry.save_to_data})
         * to `stream` as it goes, without holding it whole in memory. The stream
         * is left open.
         * @param stream where to write
         * @param cancellable a cancellable
         * @returns true if the document was written
         * @throws GLib.Error
         */
        save_to_stream(stream: Gio.OutputStream, cancellable: Gio.Cancellable | null): boolean;

        /**
         * Saves like {@link Lian.Registry.save_to_stream}, writing in a worker
         * thread. The document is taken as the registry is at this call.
         * @param stream where to write
         * @param cancellable a cancellable
         */
        save_to_stream_async(stream: Gio.OutputStream, cancellable: Gio.Cancellable | null): globalThis.Promise<boolean>;

        /**
         * Saves like {@link Lian.Registry.save_to_stream}, writing in a worker
         * thread. The document is taken as the registry is at this call.
         * @param stream where to write
         * @param cancellable a cancellable
         * @param callback called when the document is written
         */
        save_to_stream_async(stream: Gio.OutputStream, cancellable: Gio.Cancellable | null, callback: Gio.AsyncReadyCallback<this> | null): void;

        /**
         * Saves like {@link Lian.Registry.save_to_stream}, writing in a worker
         * thread. The document is taken as the registry is at this call.
         * @param stream where to write
         * @param cancellable a cancellable
         * @param callback called when the document is written
         */
        save_to_stream_async(stream: Gio.OutputStream, cancellable: Gio.Cancellable | null, callback?: Gio.AsyncReadyCallback<this> | null): globalThis.Promise<boolean> | void;

        /**
         * Finishes {@link Lian.Registry.save_to_stream_async}.
         * @param result the result given to the callback
         * @returns true if the document was written
         * @throws GLib.Error
         */
        save_to_stream_finish(result: Gio.AsyncResult): boolean;

        /**
         * Selects the records of the filter's kind that meet all its criteria, in
         * the order they were added. A criterion on an indexed field (the chain,
         * status, category or region of needs; the chain or region of enterprises;
         * the chain of organisations; the categories of services) starts from the
         * index, so only the records it names are visited.
         * 
         * A filter that cannot mean what its user wants is an error, never an
         * empty selection: one that {@link Lian.Filter.check} refuses (a date
         * that is not a real `YYYY-MM-DD` one, such as `2023-13-01`; a range that
         * ends before it starts; a malformed region code), a region name that no
         * region has or that several share (`LIAN_DATA_ERROR_INVALID_REGION`), or
         * a chain id the registry does not hold (`LIAN_REGISTRY_ERROR_NOT_FOUND`).
         * A region given by name is resolved as
         * {@link Lian.Registry.resolve_region} does.
         * 
         * A record is in a region when it lies in it or below it: an enterprise,
         * a service item where their region says; a need where its enterprise
         * lies; an activity where its organisation lies; a chain where its region
         * says and where each of its leader enterprises lies; an organisation
         * where its region says and where each of its member enterprises lies; a
         * project where its owner lies and where the enterprise of each of its
         * needs lies. So Wuxi's chains are the chains kept by Wuxi and those a
         * Wuxi enterprise leads.
         * 
         * The result is a snapshot: it does not follow later changes.
         * 
         * ```js
         * const open = new Lian.Filter({record_kind: Lian.RecordKind.NEED, open_only: true});
         * for (const need of registry.select(open))
         *     print(need.title);
         * ```
         * @param filter what to select
         * @returns a list of the records selected, or `NULL` with   `error` set if `filter` is refused
         * @throws GLib.Error
         */
        select(filter: Filter): Gio.ListModel;

        /**
         * Sets who the registry acts for; see {@link Lian.Registry.actor}.
         * 
         * Free text is kept for registers without people. While the registry works
         * as a person ({@link Lian.Registry.set_person}) the actor is that
         * person's id and any other text is refused with a warning: changes are
         * signed by the person, never by free text.
         * @param actor who makes the changes from now on
         */
        set_actor(actor: string | null): void;

        /**
         * Replaces the members of the document that lian does not know.
         * @param extra the document members lian does not know
         */
        set_extra(extra: Json.Object | null): void;

        /**
         * Sets the largest document the registry loads; a larger one is refused
         * with `LIAN_FORMAT_ERROR_LIMIT`, from a file or a stream as soon as that
         * much has been read. The limit, {@link Lian.JSON_MAX_DOCUMENT_SIZE} by
         * default, makes a hostile or mistaken input (a disk image, an endless
         * stream) cheap to refuse; a registry that must read larger documents opts
         * in here.
         * 
         * ```python
         * reg.set_max_document_size(0)   # no limit
         * ```
         * @param max_size the largest document to load, in bytes, or 0 for no limit
         */
        set_max_document_size(max_size: bigint | number): void;

        /**
         * Makes the registry work as `person`: from now on every change is signed
         * with the person's id ({@link Lian.Registry.actor}) and checked against
         * their roles and scope. A change they may not make is refused with
         * `LIAN_REGISTRY_ERROR_PERMISSION`, naming the rule, and nothing of it is
         * applied: {@link Lian.Registry.update} and the work functions return the
         * error, a setter logs it and puts the record back. With no person (the
         * default) nothing is enforced, as for a register without people.
         * @param person a person `self` holds, or `NULL` to work as no one
         */
        set_person(person: Actor | null): void;

        /**
         * Undoes the last {@link Lian.Registry.merge_enterprises} of `gone_id`
         * into `keep_id`, from the registry's journal: `gone_id` comes back as it
         * was, every reference the merge moved points to it again, and `keep_id`
         * loses the alias and the chain links it took. It is one batch; a field
         * the merge changed that has changed again since is a conflict, and
         * nothing is undone.
         * 
         * The journal is the registry's own: a merge made before the register was
         * last opened is undone by hand (its changes are in the store's log,
         * {@link Lian.Store.list_changes}).
         * @param keep_id the id of the enterprise that was kept
         * @param gone_id the id of the enterprise merged into it
         * @returns true if undone; false with `LIAN_REGISTRY_ERROR_NOT_FOUND` when   the journal holds no such merge, or another error, the registry   unchanged
         * @throws GLib.Error
         */
        unmerge_enterprises(keep_id: string, gone_id: string): boolean;

        /**
         * Changes one property of a held record, as its setter would, and says
         * why when the registry refuses the change (where a setter could only
         * log a warning).
         * 
         * ```python
         * ok = registry.update(need, 'enterprise-id', 'no-such-firm')
         * # GLib.Error: need "n1": enterprise_id: unknown enterprise "no-such-firm"
         * ```
         * @param record a record `self` holds
         * @param property the name of one of `record`'s writable properties
         * @param value the new value, of the property's type or one that converts to it
         * @returns true if the change was accepted (or changed nothing); false   with an error naming the record, the field and the reason otherwise,   the record unchanged (`LIAN_REGISTRY_ERROR_NOT_FOUND` if `self` does   not hold `record`: another registry's, or one of a registry disposed)
         * @throws GLib.Error
         */
        update(record: Record, property: string, value: GObject.Value | any): boolean;

        /**
         * Writes an organisation's digest of its work queues on the day `on`, for a
         * daily mail: its overdue needs, those risen from the organisations below,
         * those due soon, those stalled and all assigned to it
         * ({@link Lian.Registry.dup_queue}). Contacts' names and phone numbers
         * are masked.
         * @param org_id the id of an organisation: the assignee the digest is for
         * @param on the reference day, `YYYY-MM-DD`
         * @param days how many days ahead "due soon" looks, and how many days without a   move make a need stalled
         * @param html an HTML fragment if true, Markdown if false
         * @returns the digest, or `NULL` with an error
         * @throws GLib.Error
         */
        write_digest(org_id: string, on: string, days: number, html: boolean): string;
    }


    namespace Response {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::enterprise-id": (pspec: GObject.ParamSpec) => void;
            "notify::lead-days": (pspec: GObject.ParamSpec) => void;
            "notify::moves": (pspec: GObject.ParamSpec) => void;
            "notify::post-id": (pspec: GObject.ParamSpec) => void;
            "notify::price-yuan": (pspec: GObject.ParamSpec) => void;
            "notify::quantity": (pspec: GObject.ParamSpec) => void;
            "notify::status": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            enterprise_id: string | null;
            enterpriseId: string | null;
            lead_days: number;
            leadDays: number;
            moves: string[];
            post_id: string | null;
            postId: string | null;
            price_yuan: bigint | number;
            priceYuan: bigint | number;
            quantity: number;
            status: ResponseStatus;
        }
    }

    /**
     * A supplier's answer to a {@link Lian.DemandPost}: what it offers
     * (quantity, lead time, perhaps a price) and where it stands, draft →
     * submitted → shortlisted → awarded or declined, with the day of each move
     * ({@link Lian.Response.moves}).
     * 
     * ```python
     * resp = Lian.Response.new('resp-1', 'post-1', 'ent-diecast')
     * resp.props.quantity = 20000
     * registry.add(resp)
     * registry.move_response('resp-1', Lian.ResponseStatus.SUBMITTED, '2024-03-05')
     * ```
     * @gir-type Class
     */
    class Response extends Record {
        static $gtype: GObject.GType<Response>;

        // Properties
        /**
         * The id of the supplying {@link Lian.Enterprise}. Required.
         */
        get enterprise_id(): string | null;
        set enterprise_id(val: string | null);

        /**
         * The id of the supplying {@link Lian.Enterprise}. Required.
         */
        get enterpriseId(): string | null;
        set enterpriseId(val: string | null);

        /**
         * In how many days from the order it delivers.
         */
        get lead_days(): number;
        set lead_days(val: number);

        /**
         * In how many days from the order it delivers.
         */
        get leadDays(): number;
        set leadDays(val: number);

        /**
         * Its dated history, oldest first: one `YYYY-MM-DD status` entry per move
         * (`2024-03-05 submitted`). Each move must be one the status machine
         * allows from the one before (a response starts as a draft), the days must
         * not go back, and the last must be {@link Lian.Response.status}.
         */
        get moves(): string[];
        set moves(val: string[]);

        /**
         * The id of the {@link Lian.DemandPost} it answers. Required; removing the
         * post removes its responses.
         */
        get post_id(): string | null;
        set post_id(val: string | null);

        /**
         * The id of the {@link Lian.DemandPost} it answers. Required; removing the
         * post removes its responses.
         */
        get postId(): string | null;
        set postId(val: string | null);

        /**
         * The price of the whole offer, in yuan; 0 when not stated.
         */
        get price_yuan(): number;
        set price_yuan(val: bigint | number);

        /**
         * The price of the whole offer, in yuan; 0 when not stated.
         */
        get priceYuan(): number;
        set priceYuan(val: bigint | number);

        /**
         * How many units the supplier offers.
         */
        get quantity(): number;
        set quantity(val: number);

        /**
         * Where the response stands. It changes with {@link Lian.Response.transition}
         * (or {@link Lian.Registry.move_response} for a held response), which adds
         * the move to {@link Lian.Response.moves}; a status that its moves do
         * not end in does not validate.
         */
        get status(): ResponseStatus;
        set status(val: ResponseStatus);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Response.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Response.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, post_id: string, enterprise_id: string): Response;

        // Signals
        /** @signal */
        connect<K extends keyof Response.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Response.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Response.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Response.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Response.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Response.SignalSignatures[K]>): void;

        // Static methods
        /**
         * Whether a response may move from `from` to `to`: draft → submitted;
         * submitted → shortlisted or declined; shortlisted → awarded or declined.
         * Awarded and declined are final.
         * @param from the status a response is in
         * @param to the status it would move to
         */
        static is_move_allowed(from: ResponseStatus, to: ResponseStatus): boolean;

        // Methods
        /**
         * Gets {@link Lian.Response.enterprise_id}.
         * @returns the id of the supplier
         */
        get_enterprise_id(): string | null;

        /**
         * Gets {@link Lian.Response.lead_days}.
         * @returns the lead time in days
         */
        get_lead_days(): number;

        /**
         * Gets {@link Lian.Response.moves}.
         * @returns the moves, possibly none
         */
        get_moves(): string[];

        /**
         * Gets {@link Lian.Response.post_id}.
         * @returns the id of the post
         */
        get_post_id(): string | null;

        /**
         * Gets {@link Lian.Response.price_yuan}.
         * @returns the price in yuan
         */
        get_price_yuan(): number;

        /**
         * Gets {@link Lian.Response.quantity}.
         * @returns the quantity offered
         */
        get_quantity(): number;

        /**
         * Gets {@link Lian.Response.status}.
         * @returns the status
         */
        get_status(): ResponseStatus;

        /**
         * The day the response last moved to `status`, from its moves.
         * @param status a status
         * @returns the day, `YYYY-MM-DD`, or `NULL` if   it never did
         */
        get_status_date(status: ResponseStatus): string | null;

        /**
         * Sets {@link Lian.Response.enterprise_id}.
         * @param enterprise_id the id of the supplier
         */
        set_enterprise_id(enterprise_id: string | null): void;

        /**
         * Sets {@link Lian.Response.lead_days}.
         * @param lead_days the lead time in days
         */
        set_lead_days(lead_days: number): void;

        /**
         * Sets {@link Lian.Response.moves}.
         * @param moves the moves
         */
        set_moves(moves: string[] | null): void;

        /**
         * Sets {@link Lian.Response.post_id}.
         * @param post_id the id of the post
         */
        set_post_id(post_id: string | null): void;

        /**
         * Sets {@link Lian.Response.price_yuan}.
         * @param price_yuan the price in yuan
         */
        set_price_yuan(price_yuan: bigint | number): void;

        /**
         * Sets {@link Lian.Response.quantity}.
         * @param quantity the quantity offered
         */
        set_quantity(quantity: number): void;

        /**
         * Sets {@link Lian.Response.status}.
         * @param status the status
         */
        set_status(status: ResponseStatus): void;

        /**
         * Moves the response to `status`, if {@link Lian.Response.is_move_allowed}
         * allows it, and appends the move to {@link Lian.Response.moves}. On a
         * response a registry holds, use {@link Lian.Registry.move_response},
         * which returns the registry's refusal as well. On an error nothing
         * changes.
         * @param status the status to move to
         * @param date the day of the move, `YYYY-MM-DD`, or `NULL` for today   in the local time zone
         * @returns true if the response moved; false with   `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` for a move the status machine does   not allow, or `LIAN_DATA_ERROR_INVALID_DATE` for a day that is not a   date or comes before the last move's
         * @throws GLib.Error
         */
        transition(status: ResponseStatus, date: string | null): boolean;
    }


    namespace ServiceItem {
        // Signal signatures
        interface SignalSignatures extends Record.SignalSignatures {
            "notify::categories": (pspec: GObject.ParamSpec) => void;
            "notify::chain-ids": (pspec: GObject.ParamSpec) => void;
            "notify::description": (pspec: GObject.ParamSpec) => void;
            "notify::keywords": (pspec: GObject.ParamSpec) => void;
            "notify::kind": (pspec: GObject.ParamSpec) => void;
            "notify::provider": (pspec: GObject.ParamSpec) => void;
            "notify::region": (pspec: GObject.ParamSpec) => void;
            "notify::valid-from": (pspec: GObject.ParamSpec) => void;
            "notify::valid-until": (pspec: GObject.ParamSpec) => void;
            "notify::id": (pspec: GObject.ParamSpec) => void;
            "notify::name": (pspec: GObject.ParamSpec) => void;
            "notify::record-kind": (pspec: GObject.ParamSpec) => void;
            "notify::revision": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends Record.ConstructorProps {
            categories: NeedCategories;
            chain_ids: string[];
            chainIds: string[];
            description: string | null;
            keywords: string[];
            kind: ServiceKind;
            provider: string | null;
            region: string | null;
            valid_from: string | null;
            validFrom: string | null;
            valid_until: string | null;
            validUntil: string | null;
        }
    }

    /**
     * An item on a department's resources list (资源清单): a policy, a resource,
     * a project, a carrier such as a park or a platform, or a service, offered
     * to the enterprises of a chain.
     * 
     * An item serves some {@link Lian.NeedCategories}; its scope is a region
     * (the region and everything below it), a set of chains (none means any
     * chain) and a period between two optional dates.
     * 
     * ```js
     * const loan = new Lian.ServiceItem({
     *     id: 'svc-loan', name: '科技贷款贴息', kind: Lian.ServiceKind.POLICY,
     *     provider: '镇江市科技局', region: '321100',
     *     categories: Lian.NeedCategories.FINANCING,
     *     valid_from: '2023-01-01', valid_until: '2025-12-31',
     * });
     * loan.is_valid_on('2024-03-01');    // true
     * ```
     * @gir-type Class
     */
    class ServiceItem extends Record {
        static $gtype: GObject.GType<ServiceItem>;

        // Properties
        /**
         * The kinds of need it serves. At least one is required.
         */
        get categories(): NeedCategories;
        set categories(val: NeedCategories);

        /**
         * The ids of the {@link Lian.Chain}s it is limited to, in the order they
         * were added; empty means any chain. Never `NULL` when read.
         */
        get chain_ids(): string[];
        set chain_ids(val: string[]);

        /**
         * The ids of the {@link Lian.Chain}s it is limited to, in the order they
         * were added; empty means any chain. Never `NULL` when read.
         */
        get chainIds(): string[];
        set chainIds(val: string[]);

        /**
         * What it offers, in a few sentences, if given.
         */
        get description(): string | null;
        set description(val: string | null);

        /**
         * Words to find it by, in the order they were added. Never `NULL` when
         * read.
         */
        get keywords(): string[];
        set keywords(val: string[]);

        /**
         * What kind of item it is.
         */
        get kind(): ServiceKind;
        set kind(val: ServiceKind);

        /**
         * The department that offers it (镇江市科技局), if known.
         */
        get provider(): string | null;
        set provider(val: string | null);

        /**
         * The 6-digit code of the region it covers: that region and every region
         * below it. Unset means no limit.
         */
        get region(): string | null;
        set region(val: string | null);

        /**
         * The first day it can be used, `YYYY-MM-DD`; unset means since always.
         */
        get valid_from(): string | null;
        set valid_from(val: string | null);

        /**
         * The first day it can be used, `YYYY-MM-DD`; unset means since always.
         */
        get validFrom(): string | null;
        set validFrom(val: string | null);

        /**
         * The last day it can be used, `YYYY-MM-DD`; unset means with no end.
         */
        get valid_until(): string | null;
        set valid_until(val: string | null);

        /**
         * The last day it can be used, `YYYY-MM-DD`; unset means with no end.
         */
        get validUntil(): string | null;
        set validUntil(val: string | null);

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: ServiceItem.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<ServiceItem.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](id: string, name: string, kind: ServiceKind): ServiceItem;

        // Signals
        /** @signal */
        connect<K extends keyof ServiceItem.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, ServiceItem.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof ServiceItem.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, ServiceItem.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof ServiceItem.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<ServiceItem.SignalSignatures[K]>): void;

        // Methods
        /**
         * Adds a chain to its scope, at the end of the list. An item limited to one
         * chain no longer applies to the others.
         * @param chain_id the id of a {@link Lian.Chain}
         * @returns true if it was added; false if it was already there
         */
        add_chain(chain_id: string): boolean;

        /**
         * Adds a keyword at the end of the list.
         * @param keyword a word to find it by
         * @returns true if it was added; false if it was already there
         */
        add_keyword(keyword: string): boolean;

        /**
         * Whether it can serve enterprises of the chain `chain_id`.
         * @param chain_id the id of a {@link Lian.Chain}
         * @returns true if its chain ids are empty or hold `chain_id`
         */
        applies_to_chain(chain_id: string): boolean;

        /**
         * Gets the kinds of need it serves.
         * @returns the categories
         */
        get_categories(): NeedCategories;

        /**
         * Gets the ids of the chains it is limited to.
         * @returns the chain ids; empty   when it applies to any chain
         */
        get_chain_ids(): string[];

        /**
         * Gets what it offers.
         * @returns the description
         */
        get_description(): string | null;

        /**
         * Gets the words to find it by.
         * @returns the keywords, possibly   empty
         */
        get_keywords(): string[];

        /**
         * Gets what kind of item it is.
         * @returns the kind
         */
        get_kind(): ServiceKind;

        /**
         * Gets the department that offers it.
         * @returns the provider
         */
        get_provider(): string | null;

        /**
         * Gets the code of the region it covers.
         * @returns the 6-digit region code
         */
        get_region(): string | null;

        /**
         * Gets the first day it can be used.
         * @returns the date, `YYYY-MM-DD`, or `NULL` for since always
         */
        get_valid_from(): string | null;

        /**
         * Gets the last day it can be used.
         * @returns the date, `YYYY-MM-DD`, or `NULL` for with no end
         */
        get_valid_until(): string | null;

        /**
         * Whether it can be used on `date`: from its first day to its last day, both
         * included. An unset bound is open.
         * @param date a date, `YYYY-MM-DD`
         * @returns true if `date` lies within its period
         */
        is_valid_on(date: string): boolean;

        /**
         * Removes a chain from its scope, keeping the order of the others. Removing
         * the last one makes it apply to any chain.
         * @param chain_id the id of a {@link Lian.Chain}
         * @returns true if it was removed; false if it was not there
         */
        remove_chain(chain_id: string): boolean;

        /**
         * Removes a keyword, keeping the order of the others.
         * @param keyword a keyword
         * @returns true if it was removed; false if it was not there
         */
        remove_keyword(keyword: string): boolean;

        /**
         * Whether it serves needs of `category`, that is whether its categories hold
         * the flag `1 << category`.
         * @param category a category of need
         * @returns true if it serves `category`
         */
        serves_category(category: NeedCategory): boolean;

        /**
         * Sets the kinds of need it serves. {@link Lian.Record.validate} requires
         * at least one.
         * @param categories the categories
         */
        set_categories(categories: NeedCategories): void;

        /**
         * Replaces the chains it is limited to.
         * @param chain_ids ids of {@link Lian.Chain}s,   or nothing for any chain
         */
        set_chain_ids(chain_ids: string[] | null): void;

        /**
         * Sets what it offers.
         * @param description the description
         */
        set_description(description: string | null): void;

        /**
         * Replaces the words to find it by.
         * @param keywords the keywords
         */
        set_keywords(keywords: string[] | null): void;

        /**
         * Sets what kind of item it is.
         * @param kind the kind
         */
        set_kind(kind: ServiceKind): void;

        /**
         * Sets the department that offers it.
         * @param provider the department
         */
        set_provider(provider: string | null): void;

        /**
         * Sets the region it covers, with every region below it (see
         * {@link Lian.adcode_contains}). {@link Lian.Record.validate} checks
         * the code.
         * @param region a 6-digit region code
         */
        set_region(region: string | null): void;

        /**
         * Sets the first day it can be used. {@link Lian.Record.validate} checks
         * the date and that it does not come after the last day.
         * @param valid_from the date, `YYYY-MM-DD`
         */
        set_valid_from(valid_from: string | null): void;

        /**
         * Sets the last day it can be used. {@link Lian.Record.validate} checks
         * the date and that it does not come before the first day.
         * @param valid_until the date, `YYYY-MM-DD`
         */
        set_valid_until(valid_until: string | null): void;
    }


    namespace Summary {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {
            "notify::as-of": (pspec: GObject.ParamSpec) => void;
            "notify::key": (pspec: GObject.ParamSpec) => void;
            "notify::label": (pspec: GObject.ParamSpec) => void;
            "notify::loans-yuan": (pspec: GObject.ParamSpec) => void;
            "notify::median-days-to-resolve": (pspec: GObject.ParamSpec) => void;
            "notify::n-activities": (pspec: GObject.ParamSpec) => void;
            "notify::n-bottleneck-needs": (pspec: GObject.ParamSpec) => void;
            "notify::n-chains": (pspec: GObject.ParamSpec) => void;
            "notify::n-clusters": (pspec: GObject.ParamSpec) => void;
            "notify::n-enterprises": (pspec: GObject.ParamSpec) => void;
            "notify::n-needs": (pspec: GObject.ParamSpec) => void;
            "notify::n-organization-covered": (pspec: GObject.ParamSpec) => void;
            "notify::n-organizations": (pspec: GObject.ParamSpec) => void;
            "notify::n-own-organization": (pspec: GObject.ParamSpec) => void;
            "notify::n-projects": (pspec: GObject.ParamSpec) => void;
            "notify::n-resolutions": (pspec: GObject.ParamSpec) => void;
            "notify::n-services": (pspec: GObject.ParamSpec) => void;
            "notify::n-timed-resolutions": (pspec: GObject.ParamSpec) => void;
            "notify::n-work-covered": (pspec: GObject.ParamSpec) => void;
            "notify::organization-coverage": (pspec: GObject.ParamSpec) => void;
            "notify::p90-days-to-resolve": (pspec: GObject.ParamSpec) => void;
            "notify::problems-solved": (pspec: GObject.ParamSpec) => void;
            "notify::resolution-rate": (pspec: GObject.ParamSpec) => void;
            "notify::saturated": (pspec: GObject.ParamSpec) => void;
            "notify::scope-label": (pspec: GObject.ParamSpec) => void;
            "notify::talents": (pspec: GObject.ParamSpec) => void;
            "notify::work-coverage": (pspec: GObject.ParamSpec) => void;
        }

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {
            as_of: string | null;
            asOf: string | null;
            key: string | null;
            label: string | null;
            loans_yuan: bigint | number;
            loansYuan: bigint | number;
            median_days_to_resolve: number;
            medianDaysToResolve: number;
            n_activities: number;
            nActivities: number;
            n_bottleneck_needs: number;
            nBottleneckNeeds: number;
            n_chains: number;
            nChains: number;
            n_clusters: number;
            nClusters: number;
            n_enterprises: number;
            nEnterprises: number;
            n_needs: number;
            nNeeds: number;
            n_organization_covered: number;
            nOrganizationCovered: number;
            n_organizations: number;
            nOrganizations: number;
            n_own_organization: number;
            nOwnOrganization: number;
            n_projects: number;
            nProjects: number;
            n_resolutions: number;
            nResolutions: number;
            n_services: number;
            nServices: number;
            n_timed_resolutions: number;
            nTimedResolutions: number;
            n_work_covered: number;
            nWorkCovered: number;
            organization_coverage: number;
            organizationCoverage: number;
            p90_days_to_resolve: number;
            p90DaysToResolve: number;
            problems_solved: number;
            problemsSolved: number;
            resolution_rate: number;
            resolutionRate: number;
            saturated: boolean;
            scope_label: string;
            scopeLabel: string;
            talents: number;
            work_coverage: number;
            workCoverage: number;
        }
    }

    /**
     * The figures of a scope: chains by tier and level, enterprises and their
     * organisation and work coverage, organisations by kind and level, service
     * items, needs by status and category with the resolution rate and the days
     * they took, action projects and their outcomes, activities.
     * 
     * A summary is computed once, when it is made by {@link Lian.Summary.new}
     * (or by a roll-up, {@link Lian.Summary.rollup_regions},
     * {@link Lian.Summary.rollup_chains} and {@link Lian.Summary.rollup_periods}),
     * and does not follow later changes to the registry. Its figures are read
     * through getters, which are the truth, or through read-only properties
     * that forward to them (`summary.props.n_needs` in Python, `summary.n_needs`
     * in gjs); all at once through {@link Lian.Summary.to_json}, whose keys
     * are a stable contract (see `doc/summary-json.md`), or as CSV through
     * {@link Lian.Summary.to_csv}.
     * 
     * Where records lie, for a scope's region: an enterprise, a service item
     * where their region says; a need where its enterprise lies; an activity
     * where its organisation lies; a chain where its region says *and* where
     * each of its leader enterprises lies; an organisation where its region
     * says *and* where each of its member enterprises lies; a project where
     * its owner lies *and* where the enterprise of each of its needs lies. A
     * record counts once in a scope, and once in each region of a roll-up it
     * lies in.
     * 
     * What the figures mean:
     * 
     * - *organisation coverage*: the enterprises in scope that are covered by
     *   the party's organisation, each counted once: members of at least one
     *   grassroots organisation ({@link Lian.PartyOrg.kind_is_grassroots}), or
     *   with their own party organisation: a member of an organisation of kind
     *   {@link Lian.OrgKind.ENTERPRISE}, or an enterprise with 3 or more party
     *   members ({@link Lian.Enterprise.party_members}), who may set up
     *   their own primary organisation; *work coverage*: those covered by the
     *   organisation, and those that are members of any organisation at all.
     *   Every organisation of the registry counts, whatever the scope (coverage
     *   is a property of the enterprise; by the rule above, an organisation
     *   lies wherever its members do, so it is counted in every region whose
     *   enterprises it covers), except, with a date `as_of`, those founded
     *   after it. Rates are counts divided by the enterprises in scope, 0 when
     *   there are none.
     * - *resolution rate*: resolved needs divided by the needs that were not
     *   closed (a closed need left the list without an answer being owed:
     *   withdrawn, merged, out of remit); 0 when every need is closed or there
     *   are none, never NaN.
     * - *days to resolve*: over the resolved needs that have both a submitted
     *   and a resolved date; the median and the 90th percentile interpolate
     *   linearly between the nearest ranks (the "R-7" method of
     *   `numpy.percentile` and Excel's `PERCENTILE.INC`), so the median of an
     *   even count is the mean of the middle two; -1 when no need counts.
     * 
     * - *sums* (loans, talents, problems solved) never overflow: a sum that
     *   would pass the largest value its type holds stays at that value, and
     *   {@link Lian.Summary.get_problems} reports it.
     * 
     * ```python
     * wuxi = Lian.Filter(region='320200')
     * summary = Lian.Summary.new(registry, wuxi, '2023-12-31')
     * print(summary.props.n_needs, summary.get_resolution_rate())
     * print(summary.to_json_string())
     * ```
     * @gir-type Class
     */
    class Summary extends GObject.Object {
        static $gtype: GObject.GType<Summary>;

        // Properties
        /**
         * The day the figures are taken on (`YYYY-MM-DD`), or `NULL` for no date
         * limit.
         * @read-only
         */
        get as_of(): string | null;

        /**
         * The day the figures are taken on (`YYYY-MM-DD`), or `NULL` for no date
         * limit.
         * @read-only
         */
        get asOf(): string | null;

        /**
         * In a roll-up, what the summary is grouped by: a region code for
         * {@link Lian.Summary.rollup_regions}, a chain id for
         * {@link Lian.Summary.rollup_chains}; `NULL` otherwise.
         * @read-only
         */
        get key(): string | null;

        /**
         * In a roll-up, the name of the {@link Lian.Summary.key}: the region's
         * name or the chain's; `NULL` otherwise.
         * @read-only
         */
        get label(): string | null;

        /**
         * The loans the projects in scope coordinated, in yuan; see
         * {@link Lian.Summary.get_loans_yuan}.
         * @read-only
         */
        get loans_yuan(): number;

        /**
         * The loans the projects in scope coordinated, in yuan; see
         * {@link Lian.Summary.get_loans_yuan}.
         * @read-only
         */
        get loansYuan(): number;

        /**
         * The median of the days to resolve, or -1; see
         * {@link Lian.Summary.get_median_days_to_resolve}.
         * @read-only
         */
        get median_days_to_resolve(): number;

        /**
         * The median of the days to resolve, or -1; see
         * {@link Lian.Summary.get_median_days_to_resolve}.
         * @read-only
         */
        get medianDaysToResolve(): number;

        /**
         * The activities in scope; see {@link Lian.Summary.get_n_activities}.
         * @read-only
         */
        get n_activities(): number;

        /**
         * The activities in scope; see {@link Lian.Summary.get_n_activities}.
         * @read-only
         */
        get nActivities(): number;

        /**
         * The bottleneck needs in scope; see
         * {@link Lian.Summary.get_n_bottleneck_needs}.
         * @read-only
         */
        get n_bottleneck_needs(): number;

        /**
         * The bottleneck needs in scope; see
         * {@link Lian.Summary.get_n_bottleneck_needs}.
         * @read-only
         */
        get nBottleneckNeeds(): number;

        /**
         * The chains in scope; see {@link Lian.Summary.get_n_chains}.
         * @read-only
         */
        get n_chains(): number;

        /**
         * The chains in scope; see {@link Lian.Summary.get_n_chains}.
         * @read-only
         */
        get nChains(): number;

        /**
         * The distinct clusters of the chains in scope; see
         * {@link Lian.Summary.get_n_clusters}.
         * @read-only
         */
        get n_clusters(): number;

        /**
         * The distinct clusters of the chains in scope; see
         * {@link Lian.Summary.get_n_clusters}.
         * @read-only
         */
        get nClusters(): number;

        /**
         * The enterprises in scope; see {@link Lian.Summary.get_n_enterprises}.
         * @read-only
         */
        get n_enterprises(): number;

        /**
         * The enterprises in scope; see {@link Lian.Summary.get_n_enterprises}.
         * @read-only
         */
        get nEnterprises(): number;

        /**
         * The needs in scope; see {@link Lian.Summary.get_n_needs}.
         * @read-only
         */
        get n_needs(): number;

        /**
         * The needs in scope; see {@link Lian.Summary.get_n_needs}.
         * @read-only
         */
        get nNeeds(): number;

        /**
         * The enterprises in scope covered by the party's organisation; see
         * {@link Lian.Summary.get_n_organization_covered}.
         * @read-only
         */
        get n_organization_covered(): number;

        /**
         * The enterprises in scope covered by the party's organisation; see
         * {@link Lian.Summary.get_n_organization_covered}.
         * @read-only
         */
        get nOrganizationCovered(): number;

        /**
         * The party organisations in scope; see
         * {@link Lian.Summary.get_n_organizations}.
         * @read-only
         */
        get n_organizations(): number;

        /**
         * The party organisations in scope; see
         * {@link Lian.Summary.get_n_organizations}.
         * @read-only
         */
        get nOrganizations(): number;

        /**
         * The enterprises in scope with their own party organisation; see
         * {@link Lian.Summary.get_n_own_organization}.
         * @read-only
         */
        get n_own_organization(): number;

        /**
         * The enterprises in scope with their own party organisation; see
         * {@link Lian.Summary.get_n_own_organization}.
         * @read-only
         */
        get nOwnOrganization(): number;

        /**
         * The action projects in scope; see {@link Lian.Summary.get_n_projects}.
         * @read-only
         */
        get n_projects(): number;

        /**
         * The action projects in scope; see {@link Lian.Summary.get_n_projects}.
         * @read-only
         */
        get nProjects(): number;

        /**
         * The needs resolved: in a roll-up by period, in that period; see
         * {@link Lian.Summary.get_n_resolutions}.
         * @read-only
         */
        get n_resolutions(): number;

        /**
         * The needs resolved: in a roll-up by period, in that period; see
         * {@link Lian.Summary.get_n_resolutions}.
         * @read-only
         */
        get nResolutions(): number;

        /**
         * The service items in scope; see {@link Lian.Summary.get_n_services}.
         * @read-only
         */
        get n_services(): number;

        /**
         * The service items in scope; see {@link Lian.Summary.get_n_services}.
         * @read-only
         */
        get nServices(): number;

        /**
         * The resolved needs whose days to resolve are known; see
         * {@link Lian.Summary.get_n_timed_resolutions}.
         * @read-only
         */
        get n_timed_resolutions(): number;

        /**
         * The resolved needs whose days to resolve are known; see
         * {@link Lian.Summary.get_n_timed_resolutions}.
         * @read-only
         */
        get nTimedResolutions(): number;

        /**
         * The enterprises in scope reached by the party's work; see
         * {@link Lian.Summary.get_n_work_covered}.
         * @read-only
         */
        get n_work_covered(): number;

        /**
         * The enterprises in scope reached by the party's work; see
         * {@link Lian.Summary.get_n_work_covered}.
         * @read-only
         */
        get nWorkCovered(): number;

        /**
         * The organisation coverage rate, from 0 to 1; see
         * {@link Lian.Summary.get_organization_coverage}.
         * @read-only
         */
        get organization_coverage(): number;

        /**
         * The organisation coverage rate, from 0 to 1; see
         * {@link Lian.Summary.get_organization_coverage}.
         * @read-only
         */
        get organizationCoverage(): number;

        /**
         * The 90th percentile of the days to resolve, or -1; see
         * {@link Lian.Summary.get_p90_days_to_resolve}.
         * @read-only
         */
        get p90_days_to_resolve(): number;

        /**
         * The 90th percentile of the days to resolve, or -1; see
         * {@link Lian.Summary.get_p90_days_to_resolve}.
         * @read-only
         */
        get p90DaysToResolve(): number;

        /**
         * The bottleneck problems the projects in scope solved; see
         * {@link Lian.Summary.get_problems_solved}.
         * @read-only
         */
        get problems_solved(): number;

        /**
         * The bottleneck problems the projects in scope solved; see
         * {@link Lian.Summary.get_problems_solved}.
         * @read-only
         */
        get problemsSolved(): number;

        /**
         * The resolution rate, from 0 to 1; see
         * {@link Lian.Summary.get_resolution_rate}.
         * @read-only
         */
        get resolution_rate(): number;

        /**
         * The resolution rate, from 0 to 1; see
         * {@link Lian.Summary.get_resolution_rate}.
         * @read-only
         */
        get resolutionRate(): number;

        /**
         * Whether a sum was held at its largest value instead of overflowing; see
         * {@link Lian.Summary.is_saturated}.
         * @read-only
         */
        get saturated(): boolean;

        /**
         * What the summary covers, for people: the name of the scope's region
         * and of its chain, and its date range (`无锡市`, `无锡市, 集成电路产业链`),
         * or `all` for the whole registry.
         * @read-only
         */
        get scope_label(): string;

        /**
         * What the summary covers, for people: the name of the scope's region
         * and of its chain, and its date range (`无锡市`, `无锡市, 集成电路产业链`),
         * or `all` for the whole registry.
         * @read-only
         */
        get scopeLabel(): string;

        /**
         * The talents the projects in scope brought in; see
         * {@link Lian.Summary.get_talents}.
         * @read-only
         */
        get talents(): number;

        /**
         * The work coverage rate, from 0 to 1; see
         * {@link Lian.Summary.get_work_coverage}.
         * @read-only
         */
        get work_coverage(): number;

        /**
         * The work coverage rate, from 0 to 1; see
         * {@link Lian.Summary.get_work_coverage}.
         * @read-only
         */
        get workCoverage(): number;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: Summary.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<Summary.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        static ["new"](registry: Registry, scope: Filter | null, as_of: string | null): Summary;

        // Signals
        /** @signal */
        connect<K extends keyof Summary.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Summary.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof Summary.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, Summary.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof Summary.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<Summary.SignalSignatures[K]>): void;

        // Static methods
        /**
         * How the party reaches `enterprise`, by the rules the summaries count
         * coverage with: covered by organisation when it is a member of a
         * grassroots organisation or has its own party organisation (a member of
         * an organisation of kind {@link Lian.OrgKind.ENTERPRISE}, or 3 or more
         * party members, enough to set one up under the party's constitution);
         * reached by work when it is covered by organisation or a member of any
         * organisation. The reports use it, so a chain book, an enterprise form
         * and a dashboard agree.
         * @param registry a registry
         * @param enterprise an enterprise of `registry`
         * @param as_of a date `YYYY-MM-DD`: count only the organisations   founded by then; or `NULL` for no date limit
         */
        static coverage_of(registry: Registry, enterprise: Enterprise, as_of: string | null): Coverage;

        /**
         * Writes the summaries as CSV (RFC 4180: comma-separated, fields quoted
         * when they must be, lines ended by CRLF, UTF-8 without a byte order mark):
         * a header, then one row per summary, in the order of the list.
         * 
         * The columns are `key`, `label`, `scope`, `as_of` (empty when a summary
         * has none), then every figure of {@link Lian.Summary.to_json}, named by
         * its dotted path (`enterprises.organization_coverage.rate`,
         * `needs.by_status.in-progress`), in the order of that document. A figure
         * that is `null` there is empty here; `saturated` lists the saturated sums
         * separated by spaces. The columns are the same for every summary, so a
         * roll-up by region, chain or period loads into a spreadsheet as one
         * table.
         * 
         * ```python
         * months = Lian.Summary.rollup_periods(reg, None, Lian.Period.MONTH, None)
         * open('months.csv', 'w').write(Lian.Summary.list_to_csv(months))
         * ```
         * @param summaries a list of {@link Lian.Summary}, such as a roll-up
         */
        static list_to_csv(summaries: Gio.ListModel): string;

        /**
         * Summarises `scope` chain by chain: for each chain, the records in scope
         * that are on it, as {@link Lian.Registry.select} decides (an enterprise
         * linked to it, an organisation or service item serving it, a need or
         * activity about it, a project for one of its needs). A record on two
         * chains counts in both. The chain's id is the summary's
         * {@link Lian.Summary.key}, its name the {@link Lian.Summary.label}.
         * 
         * Chains are listed, ordered by id, when a record in scope is on them; a
         * service item that serves every chain (it names none) is counted in each
         * chain listed but does not by itself make a chain appear.
         * 
         * All the chains are computed in one pass over the records in scope.
         * @param registry a registry
         * @param scope which records to count, or `NULL` for all of them
         * @param as_of a date `YYYY-MM-DD`, or `NULL` for no date limit
         */
        static rollup_chains(registry: Registry, scope: Filter | null, as_of: string | null): Gio.ListModel;

        /**
         * Summarises `scope` period by period: what happened in each month or
         * quarter. A record that has a date goes to the period of that date:
         * organisations by `founded`, needs by `submitted`, projects by `started`,
         * activities by `date`; chains, enterprises and service items have none and
         * are in no period. So a period's {@link Lian.Summary.get_n_needs} counts
         * the submissions, by category and by the status they stand at (on `as_of`,
         * if set), and its {@link Lian.Summary.get_n_resolutions} counts the
         * resolutions: the needs in scope resolved in that period (by `as_of`),
         * whenever they were submitted. A need resolved without a resolved date
         * counts in no period's resolutions.
         * 
         * The period's key is `2023-09` for a month, `2023-Q3` for a quarter; its
         * label `2023年9月`, `2023年第3季度`. Every period from the first to the
         * last where something happened is listed, in order, those in between
         * where nothing did included (with zeros), so that the list can be
         * charted as it is. `scope`'s region, chain and date range apply as for
         * {@link Lian.Summary.new} (with a date range, resolutions are counted
         * among the needs submitted in it).
         * 
         * ```python
         * for month in Lian.Summary.rollup_periods(reg, None, Lian.Period.MONTH, None):
         *     print(month.props.key, month.props.n_needs, month.props.n_resolutions)
         * ```
         * @param registry a registry
         * @param scope which records to count, or `NULL` for all of them
         * @param period months or quarters
         * @param as_of a date `YYYY-MM-DD`, or `NULL` for no date limit
         */
        static rollup_periods(registry: Registry, scope: Filter | null, period: Period, as_of: string | null): Gio.ListModel;

        /**
         * Summarises `scope` region by region, by the regions at `level` within
         * `region`. Each summary is the one {@link Lian.Summary.new} would give for
         * `scope` narrowed to that region, with the region's code as its
         * {@link Lian.Summary.key} and its name as its
         * {@link Lian.Summary.label}. Only regions where some record lies are
         * listed (found from the records' region codes, not from region records),
         * ordered by code; none when `level` is not below `region`'s level (a county
         * has nothing below it).
         * 
         * A county-level unit its province governs directly (`xx90xx`, which has
         * no city) is listed among the cities of a roll-up by cities. Records that
         * lie in a region above `level` (a province's own chains, a city's own
         * service items in a roll-up by counties) are in none of the regions
         * listed; a chain, organisation or project that lies in several of them
         * (by its leaders, members or needs) counts once in each. So the counts of
         * the regions add up to those of `region` only for the records that lie in
         * one place.
         * 
         * All the regions are computed in one pass over the records in scope.
         * 
         * ```python
         * for county in Lian.Summary.rollup_regions(reg, None, '320000',
         *                                           Lian.Level.COUNTY, None):
         *     print(county.props.key, county.props.label, county.props.n_needs)
         * ```
         * @param registry a registry
         * @param scope which records to count, or `NULL` for all of them
         * @param region the code of the region rolled up
         * @param level the level of the regions to summarise, below `region`'s own: a   province by its cities or straight by its counties, a city by its   counties
         * @param as_of a date `YYYY-MM-DD`, or `NULL` for no date limit
         */
        static rollup_regions(registry: Registry, scope: Filter | null, region: string, level: Level, as_of: string | null): Gio.ListModel;

        // Methods
        /**
         * Gets the day the figures are taken on.
         * @returns the date, or `NULL` for no date limit
         */
        get_as_of(): string | null;

        /**
         * The share of the awards in scope won by suppliers on the post's own
         * chain (with a chain link to it).
         * @returns the share, from 0 to 1; 0 without awards
         */
        get_award_share_same_chain(): number;

        /**
         * The share of the awards in scope won by suppliers in the publisher's own
         * province.
         * @returns the share, from 0 to 1; 0 without awards
         */
        get_award_share_same_province(): number;

        /**
         * Sums the prices of the awarded responses in scope: the value of the
         * orders shared, in yuan (an award without a price adds nothing).
         * @returns the value in yuan
         */
        get_awarded_yuan(): number;

        /**
         * Gets what a roll-up grouped this summary by: a region code or a chain id.
         * @returns the key, or `NULL` outside a roll-up
         */
        get_key(): string | null;

        /**
         * Gets the name of the {@link Lian.Summary.key}.
         * @returns the name, or `NULL` outside a roll-up
         */
        get_label(): string | null;

        /**
         * Sums the loans the action projects in scope coordinated. A sum past
         * `G_MAXINT64` stays there, and {@link Lian.Summary.get_problems} says so.
         * @returns the sum, in yuan
         */
        get_loans_yuan(): number;

        /**
         * The median of the days the resolved needs in scope took, from submitted
         * to resolved: 0 for a need resolved the day it was submitted. With an
         * even count it is the mean of the middle two.
         * @returns the median, or -1 when no resolved need has both dates
         */
        get_median_days_to_resolve(): number;

        /**
         * Counts the activities in scope.
         * @returns the number of activities
         */
        get_n_activities(): number;

        /**
         * Counts the activities in scope of `kind`.
         * @param kind a kind of activity
         * @returns the number of activities
         */
        get_n_activities_by_kind(kind: ActivityKind): number;

        /**
         * Counts the responses in scope that won the order (awarded).
         * @returns the number of awards
         */
        get_n_awards(): number;

        /**
         * Counts the needs in scope that are bottleneck (卡脖子) problems, whatever
         * their status.
         * @returns the number of needs
         */
        get_n_bottleneck_needs(): number;

        /**
         * Counts the chains in scope.
         * @returns the number of chains
         */
        get_n_chains(): number;

        /**
         * Counts the chains in scope kept at `level`.
         * @param level a level
         * @returns the number of chains
         */
        get_n_chains_by_level(level: Level): number;

        /**
         * Counts the chains in scope that the province rates `tier`.
         * @param tier a tier
         * @returns the number of chains
         */
        get_n_chains_by_tier(tier: ChainTier): number;

        /**
         * Counts the distinct clusters the chains in scope belong to (chains with
         * no cluster are not counted).
         * @returns the number of clusters
         */
        get_n_clusters(): number;

        /**
         * Counts the enterprises in scope.
         * @returns the number of enterprises
         */
        get_n_enterprises(): number;

        /**
         * Counts the needs in scope.
         * @returns the number of needs
         */
        get_n_needs(): number;

        /**
         * Counts the needs in scope about `category`.
         * @param category a category
         * @returns the number of needs
         */
        get_n_needs_by_category(category: NeedCategory): number;

        /**
         * Counts the needs in scope that stand at `status` (on the day
         * {@link Lian.Summary.as_of}, if set).
         * @param status a status
         * @returns the number of needs
         */
        get_n_needs_by_status(status: NeedStatus): number;

        /**
         * Counts the enterprises in scope covered by the party's organisation,
         * each counted once: members of at least one grassroots organisation, or
         * with their own organisation (see
         * {@link Lian.Summary.get_n_own_organization}).
         * @returns the number of enterprises covered
         */
        get_n_organization_covered(): number;

        /**
         * Counts the party organisations in scope.
         * @returns the number of organisations
         */
        get_n_organizations(): number;

        /**
         * Counts the organisations in scope of `kind`.
         * @param kind a kind of organisation
         * @returns the number of organisations
         */
        get_n_organizations_by_kind(kind: OrgKind): number;

        /**
         * Counts the organisations in scope of `kind` at `level`.
         * @param kind a kind of organisation
         * @param level a level
         * @returns the number of organisations
         */
        get_n_organizations_by_kind_and_level(kind: OrgKind, level: Level): number;

        /**
         * Counts the organisations in scope at `level`.
         * @param level a level
         * @returns the number of organisations
         */
        get_n_organizations_by_level(level: Level): number;

        /**
         * Counts the enterprises in scope with their own party organisation:
         * members of an organisation of kind {@link Lian.OrgKind.ENTERPRISE}, or
         * with 3 or more party members, enough to set up their own primary
         * organisation. They are among those
         * {@link Lian.Summary.get_n_organization_covered} counts.
         * @returns the number of enterprises
         */
        get_n_own_organization(): number;

        /**
         * Counts the demand posts ({@link Lian.DemandPost}) in scope: those of the
         * enterprises of its region, on its chain, published in its period.
         * @returns the number of posts
         */
        get_n_posts(): number;

        /**
         * Counts the action projects in scope.
         * @returns the number of projects
         */
        get_n_projects(): number;

        /**
         * Counts the action projects in scope that stand at `status`.
         * @param status a status
         * @returns the number of projects
         */
        get_n_projects_by_status(status: ProjectStatus): number;

        /**
         * Counts resolutions. In a roll-up by period
         * ({@link Lian.Summary.rollup_periods}), the needs in scope resolved in the
         * summary's period, whenever they were submitted (the summary's other need
         * figures are about the needs submitted in it); otherwise the needs in
         * scope that are resolved, as
         * {@link Lian.Summary.get_n_needs_by_status} counts them.
         * @returns the number of needs
         */
        get_n_resolutions(): number;

        /**
         * Counts the suppliers' responses ({@link Lian.Response}) to the posts in
         * scope: a response counts where its post does.
         * @returns the number of responses
         */
        get_n_responses(): number;

        /**
         * Counts the service items in scope.
         * @returns the number of service items
         */
        get_n_services(): number;

        /**
         * Counts the service items in scope of `kind`.
         * @param kind a kind of service item
         * @returns the number of service items
         */
        get_n_services_by_kind(kind: ServiceKind): number;

        /**
         * Counts the resolved needs in scope whose days to resolve are known (both
         * dates set, resolved not before submitted): the needs the median and the
         * 90th percentile are taken over.
         * @returns the number of needs
         */
        get_n_timed_resolutions(): number;

        /**
         * Counts the enterprises in scope reached by the party's work: covered by
         * its organisation, or members of any organisation.
         * @returns the number of enterprises reached
         */
        get_n_work_covered(): number;

        /**
         * The organisation coverage rate: the share of the enterprises in scope
         * covered by the party's organisation.
         * @returns the rate, from 0 to 1; 0 when there is no enterprise
         */
        get_organization_coverage(): number;

        /**
         * The 90th percentile of the days the resolved needs in scope took,
         * interpolated linearly between the nearest ranks: for sorted days
         * `d[0..n-1]`, with `h = 0.9 × (n − 1)`, it is
         * `d[⌊h⌋] + (h − ⌊h⌋) × (d[⌊h⌋ + 1] − d[⌊h⌋])`.
         * @returns the percentile, or -1 when no resolved need has both dates
         */
        get_p90_days_to_resolve(): number;

        /**
         * What is wrong with the figures: one warning of code `sum-saturated` for
         * each sum held at its largest value instead of overflowing, its field the
         * key of the figure in {@link Lian.Summary.to_json}
         * (`projects.loans_yuan`, `projects.talents`, `projects.problems_solved`).
         * A project's amount that large is an error of the data, which
         * {@link Lian.Registry.check} reports as `implausible-amount`.
         * @returns a list of {@link Lian.Problem}, empty when all   the figures are exact
         */
        get_problems(): Gio.ListModel;

        /**
         * Sums the bottleneck problems the action projects in scope solved.
         * @returns the sum
         */
        get_problems_solved(): number;

        /**
         * The share of the needs in scope that are resolved, out of those not
         * closed: resolved / (total − closed).
         * @returns the rate, from 0 to 1; 0 when there is no need that is not   closed
         */
        get_resolution_rate(): number;

        /**
         * Gets what the summary covers, for people; see
         * {@link Lian.Summary.scope_label}.
         * @returns the label
         */
        get_scope_label(): string;

        /**
         * Sums the talents the action projects in scope brought in.
         * @returns the sum
         */
        get_talents(): number;

        /**
         * The work coverage rate: the share of the enterprises in scope reached by
         * the party's work.
         * @returns the rate, from 0 to 1; 0 when there is no enterprise
         */
        get_work_coverage(): number;

        /**
         * Whether a sum of the summary (loans, talents, problems solved) would have
         * passed the largest value its type holds, and is held at that value
         * instead: the figure is then a lower bound, not the sum.
         * {@link Lian.Summary.get_problems} says which.
         * @returns true if a sum is saturated
         */
        is_saturated(): boolean;

        /**
         * Writes the summary as CSV: a header and one row, as
         * {@link Lian.Summary.list_to_csv} writes a list of one.
         * @returns the CSV text
         */
        to_csv(): string;

        /**
         * All the figures as a JSON tree. Its keys are a contract, described in
         * `doc/summary-json.md`: `scope`, `as_of`, then one object per kind of
         * record (`chains`, `enterprises`, `organizations`, `services`, `needs`,
         * `projects`, `activities`) with a `total` and the breakdowns. Every nick
         * of every enum appears in its breakdown, zero counts included, so a
         * consumer needs no defaults. Rates are numbers from 0 to 1; the median and
         * 90th percentile of days to resolve are `null` when no need counts. A
         * roll-up's summaries also carry `key` and `label`. Last, `saturated`
         * lists the keys of the sums held at their largest value (see
         * {@link Lian.Summary.get_problems}), empty when every figure is exact.
         * 
         * ```json
         * {"scope": "无锡市", "as_of": null,
         *  "enterprises": {"total": 2, "organization_coverage": {"count": 2, "rate": 1.0}, ...},
         *  "needs": {"total": 3, "by_status": {"submitted": 1, ...}, ...}, ...}
         * ```
         * @returns a JSON object
         */
        to_json(): Json.Node;

        /**
         * {@link Lian.Summary.to_json}, written out with a 2-space indent.
         * @returns the JSON text
         */
        to_json_string(): string;
    }


    namespace SupplierMatch {
        // Signal signatures
        interface SignalSignatures extends GObject.Object.SignalSignatures {}

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {}
    }

    /**
     * An enterprise proposed as a supplier for a {@link Lian.DemandPost}, by
     * one of its {@link Lian.Capability} records, with a score and the reasons
     * for it. {@link Lian.Matcher.match_post} makes them.
     * 
     * ```python
     * for m in Lian.Matcher.new(registry).match_post('post-1', 5):
     *     print(m.get_enterprise_id(), m.get_score(), '; '.join(m.get_reasons()))
     * ```
     * @gir-type Class
     */
    class SupplierMatch extends GObject.Object {
        static $gtype: GObject.GType<SupplierMatch>;

        /**
         * Compile-time signal type information.
         *
         * This instance property is generated only for TypeScript type checking.
         * It is not defined at runtime and should not be accessed in JS code.
         * @internal
         */
        $signals: SupplierMatch.SignalSignatures;

        // Constructors
        constructor(properties?: Partial<SupplierMatch.ConstructorProps>, ...args: any[]);

        _init(...args: any[]): void;

        // Signals
        /** @signal */
        connect<K extends keyof SupplierMatch.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, SupplierMatch.SignalSignatures[K]>): number;

        /** @signal */
        connect_after<K extends keyof SupplierMatch.SignalSignatures>(signal: K, callback: GObject.SignalCallback<this, SupplierMatch.SignalSignatures[K]>): number;

        /** @signal */
        emit<K extends keyof SupplierMatch.SignalSignatures>(signal: K, ...args: GObject.GjsParameters<SupplierMatch.SignalSignatures[K]>): void;

        // Methods
        /**
         * Gets the id of the capability the supplier was proposed by.
         * @returns the id
         */
        get_capability_id(): string;

        /**
         * Gets the id of the proposed supplier.
         * @returns the id
         */
        get_enterprise_id(): string;

        /**
         * Gets the id of the post.
         * @returns the id
         */
        get_post_id(): string;

        /**
         * Gets the reasons for the match, in the language of lian's messages when
         * it was made.
         * @returns the reasons
         */
        get_reasons(): string[];

        /**
         * Gets how well the supplier fits, from 0 to 100: 30 for the same chain,
         * 15 more for an upstream segment, 40, 30 or 20 for the same industry
         * class, group or division (30 for a product named alike), 10 for serving
         * the publisher's region and 5 more for the same province.
         * @returns the score
         */
        get_score(): number;
    }


    /**
     * @gir-type Alias
     */
    type ActionProjectClass = typeof ActionProject;

    /**
     * @gir-type Alias
     */
    type ActivityClass = typeof Activity;

    /**
     * @gir-type Alias
     */
    type ActorClass = typeof Actor;

    /**
     * @gir-type Alias
     */
    type CapabilityClass = typeof Capability;

    /**
     * @gir-type Alias
     */
    type ChainClass = typeof Chain;

    /**
     * An enterprise's place on one industrial chain: the id of the
     * {@link Lian.Chain}, the segment of the chain it works in, if known, and its
     * {@link Lian.ChainRole} there.
     * 
     * A link is immutable and reference counted: a link taken from an
     * enterprise keeps saying what it said. To move an enterprise on a chain,
     * call {@link Lian.Enterprise.add_chain_link} again; it replaces the link.
     * 
     * ```python
     * link = Lian.ChainLink.new('chain-ic', '封装测试', Lian.ChainRole.CORE)
     * print(link.get_chain_id(), link.get_segment(), link.get_role())
     * ```
     * @gir-type Struct
     */
    class ChainLink {
        static $gtype: GObject.GType<ChainLink>;

        // Constructors
        constructor(chain_id: string, segment: string | null, role: ChainRole);

        static ["new"](chain_id: string, segment: string | null, role: ChainRole): ChainLink;

        // Methods
        /**
         * Whether `a` and `b` say the same: the same chain, the same segment (or both
         * none) and the same role. Two `NULL` links are equal.
         * @param b another chain link
         * @returns true if the links are equal
         */
        equal(b: ChainLink | null): boolean;

        /**
         * Gets the id of the chain.
         * @returns the id of a {@link Lian.Chain}
         */
        get_chain_id(): string;

        /**
         * Gets the enterprise's role on the chain.
         * @returns the role
         */
        get_role(): ChainRole;

        /**
         * Gets the segment of the chain the enterprise works in.
         * @returns the segment, or `NULL` if not known
         */
        get_segment(): string | null;

        /**
         * Takes a reference to `self`.
         * @returns `self`
         */
        ref(): ChainLink;

        /**
         * Drops a reference to `self`, and frees it when that was the last.
         */
        unref(): void;
    }


    /**
     * @gir-type Alias
     */
    type ChangeClass = typeof Change;

    /**
     * @gir-type Alias
     */
    type CsvImporterClass = typeof CsvImporter;

    /**
     * @gir-type Alias
     */
    type CsvRowResultClass = typeof CsvRowResult;

    /**
     * @gir-type Alias
     */
    type DemandPostClass = typeof DemandPost;

    /**
     * @gir-type Alias
     */
    type DuplicateClass = typeof Duplicate;

    /**
     * @gir-type Alias
     */
    type EnterpriseClass = typeof Enterprise;

    /**
     * @gir-type Alias
     */
    type FilterClass = typeof Filter;

    /**
     * @gir-type Alias
     */
    type GapClass = typeof Gap;

    /**
     * @gir-type Alias
     */
    type MatchClass = typeof Match;

    /**
     * @gir-type Alias
     */
    type MatcherClass = typeof Matcher;

    /**
     * @gir-type Alias
     */
    type NeedClass = typeof Need;

    /**
     * One step in the history of a {@link Lian.Need}: when it happened, the
     * status the need moved to, who moved it and why. Events are immutable and
     * reference counted; {@link Lian.Need.transition} appends one for every
     * move.
     * 
     * ```python
     * for event in need.get_history():
     *     print(event.get_at().format_iso8601(), event.get_status(),
     *           event.get_actor(), event.get_note())
     * ```
     * @gir-type Struct
     */
    class NeedEvent {
        static $gtype: GObject.GType<NeedEvent>;

        // Constructors
        constructor(at: GLib.DateTime, status: NeedStatus, actor: string | null, note: string | null);

        static ["new"](at: GLib.DateTime, status: NeedStatus, actor: string | null, note: string | null): NeedEvent;

        // Methods
        /**
         * Gets the id of who moved the need.
         * @returns the id
         */
        get_actor(): string | null;

        /**
         * Gets when the step happened.
         * @returns the date and time, in the zone it was given in
         */
        get_at(): GLib.DateTime;

        /**
         * Gets the note given with the move.
         * @returns the note
         */
        get_note(): string | null;

        /**
         * Gets the status the need moved to.
         * @returns the status
         */
        get_status(): NeedStatus;

        /**
         * Takes a reference to `self`.
         * @returns `self`
         */
        ref(): NeedEvent;

        /**
         * Drops a reference to `self`, freeing it when the last one goes.
         */
        unref(): void;
    }


    /**
     * @gir-type Alias
     */
    type PartyOrgClass = typeof PartyOrg;

    /**
     * @gir-type Alias
     */
    type ProblemClass = typeof Problem;

    /**
     * @gir-type Alias
     */
    type RecordClass = typeof Record;

    /**
     * @gir-type Alias
     */
    type RegionClass = typeof Region;

    /**
     * @gir-type Alias
     */
    type RegistryClass = typeof Registry;

    /**
     * @gir-type Alias
     */
    type ResponseClass = typeof Response;

    /**
     * @gir-type Alias
     */
    type ServiceItemClass = typeof ServiceItem;

    /**
     * @gir-type Alias
     */
    type StoreInterface = typeof Store;

    /**
     * @gir-type Alias
     */
    type SummaryClass = typeof Summary;

    /**
     * @gir-type Alias
     */
    type SupplierMatchClass = typeof SupplierMatch;

    namespace Store {

        // Constructor properties interface
        interface ConstructorProps extends GObject.Object.ConstructorProps {}
    }

    export interface StoreNamespace {
        $gtype: GObject.GType<Store>;
        prototype: Store;
        /**
        * Opens the store `uri` names, creating an empty SQLite database if there
        * is none. A JSON document is read only by {@link Lian.Store.load}.
        * @param uri a path or URI: `PATH.json` or `file:PATH.json` for a lian JSON   document, `PATH.db`, `PATH.sqlite` or `sqlite:PATH` for a SQLite   database, `postgresql://USER@HOST/DB` (or `postgres://`) for a   PostgreSQL database
        */
        open(uri: string): Store;
    }
    /**
     * Where a registry's records are kept between runs, and shared between
     * processes: a lian JSON document (`register.json`), a SQLite database
     * (`register.db`, `sqlite:PATH`) or a PostgreSQL database
     * (`postgresql://clerk@db.example.cn/register`).
     * 
     * A store loads into a registry and then keeps it: each change or batch
     * the registry accepts is written to the store in one transaction before
     * the registry publishes it, and the store remembers each record's
     * revision. A change to a record that another process has changed since
     * this one read it is refused with `LIAN_REGISTRY_ERROR_CONFLICT`:
     * nothing is written and the registry undoes the change.
     * {@link Lian.Store.refresh} brings in what other processes committed,
     * with the registry's usual signals.
     * 
     * ```c
     * g_autoptr(LianRegistry) registry = lian_registry_open ("register.db", &error);
     * LianEnterprise *e = lian_registry_lookup_enterprise (registry, "e1");
     * g_auto(GValue) employees = G_VALUE_INIT;
     * 
     * g_value_set_uint (g_value_init (&employees, G_TYPE_UINT), 42);
     * if (!lian_registry_update (registry, LIAN_RECORD (e), "employees", &employees, &error))
     *   g_printerr ("%s\n", error->message);   // another process changed e1 first
     * ```
     * 
     * The SQLite schema and the conflict model are described in `doc/store.md`.
     * @gir-type Interface
     */
    interface Store extends GObject.Object {

        // Methods
        /**
         * Stops following the registry and closes the file; changes not yet
         * committed are not written. Closing twice does nothing.
         */
        close(): void;

        /**
         * Rolls the records of `kind` in the whole store up to the regions at
         * `level` in `region`: for each such region that holds any, the number of
         * records that lie in it or below it, in one pass (one statement in a
         * PostgreSQL store). A region is keyed by its code at that level (its
         * first two, four or six digits, then zeros); records that lie above
         * `level` (a record of the province, in a roll-up by city) are not counted.
         * 
         * ```python
         * by_city = store.count_by_region(Lian.RecordKind.ENTERPRISE, '320000', Lian.Level.CITY)
         * print(by_city.unpack())   # {'320100': 3, '320200': 7, …}
         * ```
         * @param kind a kind of record
         * @param region a region code, or `NULL` for the whole country
         * @param level the level of the regions to count by
         * @returns a {@link GLib.Variant} of type `a{st}`, region code →   number of records, or `NULL` with an error from the store
         * @throws GLib.Error
         */
        count_by_region(kind: RecordKind, region: string | null, level: Level): GLib.Variant;

        /**
         * Counts the needs at `status` in the whole store that lie in `region` or
         * below it (where their enterprise lies), as
         * {@link Lian.Registry.count_needs_by_status} counts those of a registry;
         * see {@link Lian.Store.count_records}.
         * @param region a region code, or `NULL` for every region
         * @param status a status
         * @returns true with `count` set; false with an error from the store
         * @throws GLib.Error
         */
        count_needs_by_status(region: string | null, status: NeedStatus): [boolean, number];

        /**
         * Counts the records of `kind` in the whole store that lie in `region` or
         * below it, where their kind places them: an enterprise or an
         * organisation at its region, a need where its enterprise lies, a project
         * or an activity where its organisation lies. A PostgreSQL store opened
         * on part of itself (`?scope=320200`) counts the whole by SQL; a store
         * whose registry holds all of it counts in the registry, with the same
         * figures as {@link Lian.Registry.count_enterprises} and
         * {@link Lian.Registry.count_needs}.
         * 
         * ```python
         * wuxi = Lian.Registry.open('postgresql://lian@db/register?scope=320200')
         * ok, n = wuxi.get_store().count_records(Lian.RecordKind.NEED, '320000')   # the province's
         * ```
         * @param kind a kind of record
         * @param region a region code (a province, a city or a county), or   `NULL` for every region
         * @returns true with `count` set; false with an error from the store
         * @throws GLib.Error
         */
        count_records(kind: RecordKind, region: string | null): [boolean, number];

        /**
         * See {@link Lian.Store.set_refresh_interval}.
         * @returns the milliseconds between two looks at the store, or 0
         */
        get_refresh_interval(): number;

        /**
         * The registry the store loaded and follows.
         * @returns the registry, or `NULL` before   {@link Lian.Store.load} or after {@link Lian.Store.close}
         */
        get_registry(): Registry | null;

        /**
         * The path or URI the store was opened with.
         * @returns the URI
         */
        get_uri(): string;

        /**
         * Lets whoever connects to the store's database as `role` — with `psql`, a
         * BI tool, a report of their own — read what the person `person_id` may
         * read, and nothing else: the server enforces the person's scope through
         * row-level security on every table of records (a county's role sees its
         * county's enterprises, needs and organisations, the chains and service
         * items everyone reads, and none of the log). The role is made, able to
         * log in, if the server has none of that name; it may read, never write:
         * changes go through lian, which checks them (see {@link Lian.Registry.set_person}).
         * A PostgreSQL store only.
         * 
         * ```python
         * store = registry.get_store()        # postgresql://…
         * store.grant_reader('xishan_clerk', 'p-xs-clerk')
         * # psql "postgresql://xishan_clerk@server/register" sees only 320205
         * ```
         * @param role the name of a database role: one per person, or per scope
         * @param person_id the id of a person ({@link Lian.Actor}) the store holds
         * @returns true if `role` may now read the person's scope; false with   `G_IO_ERROR_NOT_SUPPORTED` for a store of another kind, or   `LIAN_REGISTRY_ERROR_NOT_FOUND` for a person the store does not hold
         * @throws GLib.Error
         */
        grant_reader(role: string, person_id: string): boolean;

        /**
         * Reads the store's log of changes, oldest first.
         * 
         * A SQLite store reads its `changes` table: every change any process
         * committed, with its sequence, time, actor, operation and the record's
         * revision after it. Each changed member is a field of the
         * {@link Lian.Change} whose before and after values are strings holding
         * the member's value as JSON text, as the table keeps them (`"open"`,
         * `1200`, `null` for a member gained or lost); an addition has the
         * record's members as fields with no value before, a removal with no
         * value after. The change's record is the one the registry holds, or,
         * for a record that is gone, a record of its kind carrying the id and the
         * members the log last had for it.
         * 
         * A JSON document keeps no log on disk: its store gives the registry's
         * journal of this session (see {@link Lian.Registry.get_journal}),
         * filtered the same way. A document's only history beyond that is a
         * need's own moves ({@link Lian.Need.get_history}).
         * @param record_id only the changes of this record
         * @param since only the changes made at or after this time: an ISO   8601 date (`2026-03-01`, from the start of that day in China's time   zone) or date and time (`2026-03-01T09:30`, in China's time zone   unless it gives an offset)
         * @param actor only the changes this actor made
         * @param region only the changes of records that lie in this region   (a region code such as `320200`) or below it, as the registry places   them; a removed record is placed where it was when it was removed
         * @returns a {@link Gio.ListModel} of {@link Lian.Change}, or `null`   with `error` set (a date that cannot be read, a store that cannot be   read)
         * @throws GLib.Error
         */
        list_changes(record_id: string | null, since: string | null, actor: string | null, region: string | null): Gio.ListModel;

        /**
         * Loads the store's records, with their revisions, into `registry`, which
         * then keeps the store (see {@link Lian.Registry.get_store}). From then
         * on each change or batch the registry accepts is written to the store,
         * in one transaction, before the registry publishes it; one the store
         * refuses (`LIAN_REGISTRY_ERROR_CONFLICT` when another process has
         * changed the record since, an I/O error when the disk is full or the
         * folder read-only) the registry undoes, and the store is left as it was.
         * A store loads one registry, once.
         * @param registry an empty registry
         * @returns true if the records were loaded; on an error `registry` is   left empty
         * @throws GLib.Error
         */
        load(registry: Registry): boolean;

        /**
         * Brings into the registry what other processes have committed since
         * this store last looked, with the registry's usual signals, and each
         * record's revision as the store has it. After a change was refused with
         * `LIAN_REGISTRY_ERROR_CONFLICT`, a refresh brings in the change that
         * made it so; the change can then be made again on top of it.
         * @returns true if the registry is up to date
         * @throws GLib.Error
         */
        refresh(): [boolean, number];

        /**
         * Replaces everything the store holds with `registry`'s records, as one
         * transaction (`lian convert` uses it); the log of changes records no
         * change for it. The store does not follow `registry` afterwards.
         * @param registry the registry whose records to keep
         * @returns true if the records were written
         * @throws GLib.Error
         */
        save(registry: Registry): boolean;

        /**
         * Makes the store bring in other processes' changes by itself (as
         * {@link Lian.Store.refresh} does, with the registry's usual signals)
         * every `interval` milliseconds while the thread-default main context of
         * the caller runs: a window showing the register then shows the others'
         * changes without being reopened. A look at a store nothing changed is
         * cheap (one indexed query, or a `stat()` of a document). A PostgreSQL
         * store is also woken at once by the notification each commit sends, so
         * it shows another process's change within moments whatever `interval`
         * is. 0, the default, stops it.
         * @param interval milliseconds between two looks at the store, or 0
         */
        set_refresh_interval(interval: number): void;
    }


    export const Store: StoreNamespace & {
        new (): Store; // This allows `obj instanceof Store`
    };

    /**
     * Name of the imported GIR library
     * `see` https://gitlab.gnome.org/GNOME/gjs/-/blob/master/gi/ns.cpp#L188
     */
    const __name__: string;

    /**
     * Version of the imported GIR library
     * `see` https://gitlab.gnome.org/GNOME/gjs/-/blob/master/gi/ns.cpp#L189
     */
    const __version__: string;
}

export default Lian;

}

declare module 'gi://Lian' {
    import Lian10 from 'gi://Lian?version=1.0';
    export default Lian10;
}
// END
