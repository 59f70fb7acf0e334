/* fuzz-codes.c: any bytes, as credit codes, region codes, dates, ids, nicks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is split at newlines into up to 8 strings (the whole input is
 * one more), and each goes through every check of lian's base layer:
 *
 * - lian_uscc_normalize() gives a valid code or an error, and normalising
 *   its result gives it back; a valid code normalises to itself;
 * - lian_adcode_check() agrees with lian_adcode_is_valid(); on
 *   valid codes, the level, the parent (valid, one level up, containing the
 *   code), lian_adcode_contains() between every two strings, and the
 *   name;
 * - lian_date_check() agrees with lian_date_is_valid(); a valid date is
 *   the date of a GDateTime on that day, as lian_date_from_date_time()
 *   writes it, and lian_date_days_between() agrees with GDate;
 * - lian_record_check_id() agrees with lian_record_id_is_valid();
 * - lian_enum_from_nick() on every registered enumeration, and
 *   lian_flags_from_nicks() on every flags type, give back the nick.
 *
 * Every error is in LIAN_DATA_ERROR with a UTF-8 message.
 */
#include <stdio.h>
#include <string.h>

#include "fuzz-common.h"

#define MAX_PIECES 9

static void
check_uscc (const char *s)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = lian_uscc_normalize (s, &error);

  if (lian_uscc_is_valid (s))
    FUZZ_CHECK (code && g_str_equal (code, s), "valid code %s normalises to %s", s,
                code ? code : "nothing");
  if (code == NULL)
    {
      fuzz_check_error (error, 0);
      FUZZ_CHECK (error->domain == LIAN_DATA_ERROR && error->code == LIAN_DATA_ERROR_INVALID_USCC,
                  "normalize: %s", error->message);
      return;
    }
  FUZZ_CHECK (lian_uscc_is_valid (code), "normalize gave %s, which is not valid", code);
  {
    g_autofree char *again = lian_uscc_normalize (code, NULL);
    FUZZ_CHECK (again && g_str_equal (again, code), "normalising %s again changes it", code);
  }
}

static void
check_region (const char *s)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = lian_adcode_is_valid (s);
  LianLevel level;
  g_autofree char *parent = NULL;
  const char *name;

  FUZZ_CHECK (lian_adcode_check (s, &error) == valid, "check and is_valid disagree on %s", s);
  name = lian_adcode_get_name (s);
  FUZZ_CHECK (name == NULL || g_utf8_validate (name, -1, NULL), "a name that is not UTF-8");
  if (!valid)
    {
      fuzz_check_error (error, 0);
      FUZZ_CHECK (error->domain == LIAN_DATA_ERROR && error->code == LIAN_DATA_ERROR_INVALID_REGION,
                  "region_code_check: %s", error->message);
      return;
    }
  FUZZ_CHECK (error == NULL, "a valid code with an error");
  FUZZ_CHECK (lian_adcode_contains (s, s), "%s does not contain itself", s);
  level = lian_adcode_get_level (s);
  FUZZ_CHECK (level <= LIAN_LEVEL_COUNTY, "level %d", level);
  parent = lian_adcode_dup_parent (s);
  FUZZ_CHECK ((parent == NULL) == (level == LIAN_LEVEL_PROVINCE), "%s: parent %s at level %d", s,
              parent ? parent : "none", level);
  if (parent)
    {
      FUZZ_CHECK (lian_adcode_is_valid (parent), "the parent %s of %s is not valid", parent, s);
      FUZZ_CHECK (lian_adcode_get_level (parent) < level, "the parent %s of %s is not above it",
                  parent, s);
      FUZZ_CHECK (lian_adcode_contains (parent, s), "the parent %s does not contain %s",
                  parent, s);
      FUZZ_CHECK (!lian_adcode_contains (s, parent), "%s contains its parent %s", s, parent);
    }
}

static void
check_regions_pair (const char *a,
                    const char *b)
{
  if (!lian_adcode_is_valid (a) || !lian_adcode_is_valid (b))
    return;
  if (lian_adcode_contains (a, b))
    {
      FUZZ_CHECK (lian_adcode_get_level (a) <= lian_adcode_get_level (b),
                  "%s contains %s, which is above it", a, b);
      FUZZ_CHECK (g_str_equal (a, b) || !lian_adcode_contains (b, a),
                  "%s and %s contain each other", a, b);
    }
}

static void
check_date (const char *s)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = lian_date_is_valid (s);
  int y, m, d;

  FUZZ_CHECK (lian_date_check (s, &error) == valid, "check and is_valid disagree on %s", s);
  if (!valid)
    {
      fuzz_check_error (error, 0);
      FUZZ_CHECK (error->domain == LIAN_DATA_ERROR && error->code == LIAN_DATA_ERROR_INVALID_DATE,
                  "date_check: %s", error->message);
      return;
    }
  FUZZ_CHECK (strlen (s) == 10 && sscanf (s, "%4d-%2d-%2d", &y, &m, &d) == 3,
              "%s is valid, but not YYYY-MM-DD", s);
  FUZZ_CHECK (g_date_valid_dmy (d, m, y), "%s is valid, but not a date", s);
  FUZZ_CHECK (lian_date_days_between (s, s) == 0, "%s is not 0 days from itself", s);
  {
    g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
    g_autoptr(GDateTime) noon = g_date_time_new (utc, y, m, d, 12, 0, 0);
    g_autofree char *again = noon ? lian_date_from_date_time (noon) : NULL;

    FUZZ_CHECK (again == NULL || g_str_equal (again, s), "%s written back as %s", s, again);
    FUZZ_CHECK (again == NULL || lian_date_is_valid (again), "%s written as %s, not valid", s, again);
  }
  {
    /* Days from the first valid date this build knows to be right. */
    GDate *a = g_date_new_dmy (1, 1, 2000);
    GDate *b = g_date_new_dmy (d, m, y);
    FUZZ_CHECK (lian_date_days_between ("2000-01-01", s) == g_date_days_between (a, b),
                "%s is %d days from 2000-01-01, GDate says %d", s,
                lian_date_days_between ("2000-01-01", s), g_date_days_between (a, b));
    g_date_free (a);
    g_date_free (b);
  }
}

static void
check_id (const char *s)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = lian_record_id_is_valid (s);

  FUZZ_CHECK (lian_record_check_id (s, &error) == valid, "check_id and id_is_valid disagree on %s", s);
  if (valid)
    FUZZ_CHECK (error == NULL, "a valid id with an error");
  else
    {
      fuzz_check_error (error, 0);
      FUZZ_CHECK (error->domain == LIAN_DATA_ERROR && error->code == LIAN_DATA_ERROR_INVALID_ID,
                  "check_id: %s", error->message);
    }
}

static GType
enum_type (guint i)
{
  GType types[] = {
    LIAN_TYPE_LEVEL, LIAN_TYPE_CHAIN_TIER, LIAN_TYPE_CHAIN_ROLE, LIAN_TYPE_ENTERPRISE_SIZE,
    LIAN_TYPE_ORG_KIND, LIAN_TYPE_SERVICE_KIND, LIAN_TYPE_NEED_CATEGORY, LIAN_TYPE_NEED_STATUS,
    LIAN_TYPE_PROJECT_STATUS, LIAN_TYPE_ACTIVITY_KIND, LIAN_TYPE_RECORD_KIND, LIAN_TYPE_SEVERITY,
    LIAN_TYPE_CSV_OUTCOME, LIAN_TYPE_DATA_ERROR, LIAN_TYPE_FORMAT_ERROR, LIAN_TYPE_REGISTRY_ERROR,
    G_TYPE_INVALID,
  };

  return i < G_N_ELEMENTS (types) ? types[i] : G_TYPE_INVALID;
}

static GType
flags_type (guint i)
{
  GType types[] = {
    LIAN_TYPE_ENTERPRISE_TAGS, LIAN_TYPE_NEED_CATEGORIES, LIAN_TYPE_CSV_EXPORT_FLAGS,
    G_TYPE_INVALID,
  };

  return i < G_N_ELEMENTS (types) ? types[i] : G_TYPE_INVALID;
}

static void
check_enums (const char *s,
             guint       with_error)
{
  for (guint i = 0; enum_type (i) != G_TYPE_INVALID; i++)
    {
      g_autoptr(GError) error = NULL;
      int value = -1;

      /* Messages list every nick: only one type a string says why. */
      if (lian_enum_from_nick (enum_type (i), s, &value, i == with_error ? &error : NULL))
        {
          const char *nick = lian_enum_to_nick (enum_type (i), value);
          FUZZ_CHECK (nick && g_str_equal (nick, s), "%s: %s gives %d, whose nick is %s",
                      g_type_name (enum_type (i)), s, value, nick ? nick : "none");
        }
      else if (i == with_error)
        {
          fuzz_check_error (error, 0);
          FUZZ_CHECK (error->domain == LIAN_DATA_ERROR &&
                      error->code == LIAN_DATA_ERROR_UNKNOWN_NICK, "enum_from_nick: %s",
                      error->message);
        }
    }
}

static void
check_flags (const char * const *nicks)
{
  for (guint i = 0; flags_type (i) != G_TYPE_INVALID; i++)
    {
      g_autoptr(GError) error = NULL;
      guint value = 0;

      if (lian_flags_from_nicks (flags_type (i), nicks, &value, &error))
        {
          g_auto(GStrv) back = lian_flags_to_nicks (flags_type (i), value);
          /* Every nick given is among those the value gives back. */
          for (guint n = 0; nicks[n]; n++)
            FUZZ_CHECK (g_strv_contains ((const char * const *) back, nicks[n]),
                        "%s: %s is lost", g_type_name (flags_type (i)), nicks[n]);
        }
      else
        {
          fuzz_check_error (error, 0);
          FUZZ_CHECK (error->domain == LIAN_DATA_ERROR &&
                      error->code == LIAN_DATA_ERROR_UNKNOWN_NICK, "flags_from_nicks: %s",
                      error->message);
        }
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *whole = NULL;
  g_auto(GStrv) split = NULL;
  const char *pieces[MAX_PIECES + 1] = { NULL, };
  guint n = 0;

  fuzz_init ();
  if (size > 4096)
    return 0;   /* nothing here grows with the input: keep runs quick */
  whole = g_strndup ((const char *) data, size);  /* up to the first NUL */
  pieces[n++] = whole;
  split = g_strsplit (whole, "\n", MAX_PIECES);
  for (guint i = 0; split[i] && n < MAX_PIECES; i++)
    if (split[1] != NULL)   /* more than the whole input */
      pieces[n++] = split[i];

  for (guint i = 0; i < n; i++)
    {
      check_uscc (pieces[i]);
      check_region (pieces[i]);
      check_date (pieces[i]);
      check_id (pieces[i]);
      check_enums (pieces[i], (g_str_hash (pieces[i]) + i) % 16);
      for (guint j = 0; j < n; j++)
        check_regions_pair (pieces[i], pieces[j]);
    }
  if (n > 1)
    check_flags (pieces + 1);
  return 0;
}
