/* lian-version.c: the version of the library at run time
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-version.h"

/**
 * lian_get_major_version:
 *
 * The major version of the lian library in use, which may differ from
 * [const@Lian.MAJOR_VERSION] that a program was compiled against.
 *
 * Returns: the major version
 */
guint
lian_get_major_version (void)
{
  return LIAN_MAJOR_VERSION;
}

/**
 * lian_get_minor_version:
 *
 * The minor version of the lian library in use.
 *
 * Returns: the minor version
 */
guint
lian_get_minor_version (void)
{
  return LIAN_MINOR_VERSION;
}

/**
 * lian_get_micro_version:
 *
 * The micro version of the lian library in use.
 *
 * Returns: the micro version
 */
guint
lian_get_micro_version (void)
{
  return LIAN_MICRO_VERSION;
}

/**
 * lian_get_version_string:
 *
 * The version of the lian library in use, such as `0.1.0`.
 *
 * Returns: the version
 */
const char *
lian_get_version_string (void)
{
  return LIAN_VERSION_STRING;
}
