/* lian-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-error.h"

/**
 * lian_data_error_quark:
 *
 * The quark of [error@Lian.DataError].
 *
 * Returns: the error domain of bad values
 */
G_DEFINE_QUARK (lian-data-error-quark, lian_data_error)

/**
 * lian_format_error_quark:
 *
 * The quark of [error@Lian.FormatError].
 *
 * Returns: the error domain of unreadable documents and rows
 */
G_DEFINE_QUARK (lian-format-error-quark, lian_format_error)

/**
 * lian_registry_error_quark:
 *
 * The quark of [error@Lian.RegistryError].
 *
 * Returns: the error domain of refused registry changes
 */
G_DEFINE_QUARK (lian-registry-error-quark, lian_registry_error)
