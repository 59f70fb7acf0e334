/* lian-error.h: the error domains of lian
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib.h>
#include <lian/lian-version.h>

G_BEGIN_DECLS

/**
 * LIAN_DATA_ERROR:
 *
 * The error domain of bad values: a code, an id, a date, an illegal move.
 */
#define LIAN_DATA_ERROR (lian_data_error_quark ())

/**
 * LIAN_FORMAT_ERROR:
 *
 * The error domain of documents and rows that cannot be read.
 */
#define LIAN_FORMAT_ERROR (lian_format_error_quark ())

/**
 * LIAN_REGISTRY_ERROR:
 *
 * The error domain of changes a registry refuses.
 */
#define LIAN_REGISTRY_ERROR (lian_registry_error_quark ())

/**
 * LianDataError:
 * @LIAN_DATA_ERROR_INVALID_ID: an id is empty, longer than 64 characters or
 *   holds a character outside `[A-Za-z0-9._:-]`
 * @LIAN_DATA_ERROR_INVALID_USCC: a Unified Social Credit Code is malformed or
 *   its check character is wrong
 * @LIAN_DATA_ERROR_INVALID_REGION: a region code breaks the GB/T 2260 rules
 * @LIAN_DATA_ERROR_INVALID_DATE: a date or timestamp is not a real ISO 8601
 *   date, or dates are out of order
 * @LIAN_DATA_ERROR_UNKNOWN_NICK: a string names no value of an enumeration
 * @LIAN_DATA_ERROR_OUT_OF_RANGE: a number is negative or too large
 * @LIAN_DATA_ERROR_MISSING: a required value is absent
 * @LIAN_DATA_ERROR_INVALID_VALUE: any other bad value (an empty string in a
 *   list, a duplicate in a set)
 * @LIAN_DATA_ERROR_ILLEGAL_TRANSITION: a need status move the status machine
 *   does not allow
 *
 * Errors about a single value. The message says which field, and why.
 */
typedef enum {
  LIAN_DATA_ERROR_INVALID_ID,
  LIAN_DATA_ERROR_INVALID_USCC,
  LIAN_DATA_ERROR_INVALID_REGION,
  LIAN_DATA_ERROR_INVALID_DATE,
  LIAN_DATA_ERROR_UNKNOWN_NICK,
  LIAN_DATA_ERROR_OUT_OF_RANGE,
  LIAN_DATA_ERROR_MISSING,
  LIAN_DATA_ERROR_INVALID_VALUE,
  LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
} LianDataError;

/**
 * LianFormatError:
 * @LIAN_FORMAT_ERROR_SYNTAX: the text is not well-formed (JSON syntax, a
 *   member given twice in a JSON object, CSV quoting); the message gives
 *   line and column
 * @LIAN_FORMAT_ERROR_WRONG_TYPE: a member or cell has the wrong type (a
 *   string where a number belongs, `null` where a record belongs)
 * @LIAN_FORMAT_ERROR_UNSUPPORTED: the document is of another format, or of a
 *   newer version than this library reads
 * @LIAN_FORMAT_ERROR_ENCODING: the bytes are not valid in the expected text
 *   encoding
 * @LIAN_FORMAT_ERROR_LIMIT: the input passes a limit (size, nesting depth,
 *   string length, columns)
 * @LIAN_FORMAT_ERROR_MISSING: a required member, column or row is absent
 *
 * Errors about a document or a row as a whole.
 */
typedef enum {
  LIAN_FORMAT_ERROR_SYNTAX,
  LIAN_FORMAT_ERROR_WRONG_TYPE,
  LIAN_FORMAT_ERROR_UNSUPPORTED,
  LIAN_FORMAT_ERROR_ENCODING,
  LIAN_FORMAT_ERROR_LIMIT,
  LIAN_FORMAT_ERROR_MISSING,
} LianFormatError;

/**
 * LianRegistryError:
 * @LIAN_REGISTRY_ERROR_DUPLICATE_ID: a record with that id is already there
 * @LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE: a record refers to an id that is
 *   not in the registry
 * @LIAN_REGISTRY_ERROR_WRONG_KIND: a record refers to an id of the wrong kind
 * @LIAN_REGISTRY_ERROR_CYCLE: the organisation tree, or the headquarters of
 *   enterprises, would have a cycle
 * @LIAN_REGISTRY_ERROR_STILL_REFERENCED: a record others refer to cannot be
 *   removed without a cascade
 * @LIAN_REGISTRY_ERROR_NOT_FOUND: no record has that id
 * @LIAN_REGISTRY_ERROR_CHANGED: the registry changed while its records
 *   were being visited (see [method@Lian.Registry.foreach])
 * @LIAN_REGISTRY_ERROR_UNKNOWN_TYPE: a record is of a type that is none of
 *   lian's kinds of record (a subclass of [class@Lian.Record] made in C,
 *   Python or JavaScript): the registry could neither check, index nor
 *   save it
 * @LIAN_REGISTRY_ERROR_CONFLICT: the change was based on a record, or a
 *   file, that another process has changed since; nothing was applied, and
 *   the message names the record, who changed it and when
 * @LIAN_REGISTRY_ERROR_PERMISSION: the person the registry works as
 *   ([method@Lian.Registry.set_person]) may not make the change: it is
 *   outside their scope, or none of their roles gives the right; nothing
 *   was applied, and the message names the rule
 * @LIAN_REGISTRY_ERROR_DISPOSED: the registry was disposed
 *   (`g_object_run_dispose()`, Python's `run_dispose()`): it holds no
 *   records and takes none
 *
 * Errors about changes a registry refuses.
 */
typedef enum {
  LIAN_REGISTRY_ERROR_DUPLICATE_ID,
  LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
  LIAN_REGISTRY_ERROR_WRONG_KIND,
  LIAN_REGISTRY_ERROR_CYCLE,
  LIAN_REGISTRY_ERROR_STILL_REFERENCED,
  LIAN_REGISTRY_ERROR_NOT_FOUND,
  LIAN_REGISTRY_ERROR_CHANGED,
  LIAN_REGISTRY_ERROR_UNKNOWN_TYPE,
  LIAN_REGISTRY_ERROR_CONFLICT,
  LIAN_REGISTRY_ERROR_PERMISSION,
  LIAN_REGISTRY_ERROR_DISPOSED,
} LianRegistryError;

LIAN_AVAILABLE_IN_ALL
GQuark lian_data_error_quark (void);
LIAN_AVAILABLE_IN_ALL
GQuark lian_format_error_quark (void);
LIAN_AVAILABLE_IN_ALL
GQuark lian_registry_error_quark (void);

G_END_DECLS
