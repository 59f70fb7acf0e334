/* lian-i18n.c: the language of lian's messages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/**
 * lian_set_language:
 * @language: (nullable): `zh_CN` (Chinese), `en` (English), or `NULL` to
 *   follow the locale again
 * @error: return location for a `LIAN_DATA_ERROR_INVALID_VALUE`
 *
 * Chooses the language of every message lian writes from now on, in every
 * thread: `GError` messages, match reasons, check problems, reports, the
 * labels of [func@Lian.enum_get_label]. By default they follow the locale
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
 *
 * Returns: true if the language was set
 */

/**
 * lian_get_language:
 *
 * The language lian's messages are written in now: the one given to
 * [func@Lian.set_language], or else the locale's when lian has a
 * translation into it.
 *
 * Returns: `zh_CN` or `en`
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "lian-error.h"
#include "lian-i18n.h"
#include "lian-i18n-private.h"

/* A language chosen with lian_set_language(): never freed, since another
 * thread may be reading it; there are only as many as languages. */
typedef struct
{
  const char *code;
  locale_t    locale;   /* (locale_t) 0 for English: the msgid itself */
} Language;

static Language *chosen;
static Language chinese = { "zh_CN", (locale_t) 0 };
static Language english = { "en", (locale_t) 0 };
static GMutex choosing;

static void
bind_domain (void)
{
  static gsize bound = 0;

  if (g_once_init_enter (&bound))
    {
      /* Before lian is installed, the tests and `meson devenv` point at
       * the catalogues of the build tree. */
      const char *dir = g_getenv ("LIAN_LOCALEDIR");

      bindtextdomain (GETTEXT_PACKAGE, dir && *dir ? dir : LIAN_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&bound, 1);
    }
}

const char *
lian_gettext (const char *msgid)
{
  Language *language = g_atomic_pointer_get (&chosen);
  locale_t before;
  const char *text;

  if (msgid == NULL || *msgid == '\0')
    return msgid;
  bind_domain ();
  if (language == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  if (language->locale == (locale_t) 0)
    return msgid;
  before = uselocale (language->locale);
  text = dgettext (GETTEXT_PACKAGE, msgid);
  uselocale (before);
  return text;
}

const char *
lian_pgettext (const char *context_and_msgid)
{
  const char *text = lian_gettext (context_and_msgid);
  const char *msgid;

  if (text != context_and_msgid)
    return text;
  msgid = strchr (context_and_msgid, '\004');
  return msgid ? msgid + 1 : context_and_msgid;
}

static Language *
language_named (const char *name)
{
  if (g_ascii_strncasecmp (name, "zh", 2) == 0 && (name[2] == '\0' || strchr ("_-.", name[2])))
    return &chinese;
  if (g_str_equal (name, "C") || g_str_equal (name, "POSIX") || g_str_has_prefix (name, "C.") ||
      (g_ascii_strncasecmp (name, "en", 2) == 0 && (name[2] == '\0' || strchr ("_-.", name[2]))))
    return &english;
  return NULL;
}

gboolean
lian_set_language (const char  *language,
                   GError     **error)
{
  Language *named;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (language == NULL)
    {
      g_atomic_pointer_set (&chosen, NULL);
      return TRUE;
    }
  named = language_named (language);
  if (named == NULL)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("language \"%s\": lian speaks zh_CN (Chinese) and en (English)"), language);
      return FALSE;
    }
  g_mutex_lock (&choosing);
  if (named == &chinese && named->locale == (locale_t) 0)
    named->locale = newlocale (LC_MESSAGES_MASK, "zh_CN.UTF-8", (locale_t) 0);
  g_mutex_unlock (&choosing);
  if (named == &chinese && named->locale == (locale_t) 0)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("language \"%s\": this system has no zh_CN.UTF-8 locale (on Debian: "
                     "install locales and run locale-gen)"), language);
      return FALSE;
    }
  g_atomic_pointer_set (&chosen, named);
  return TRUE;
}

const char *
lian_get_language (void)
{
  /* TRANSLATORS: the code of the language you translate into, exactly as
   * lian_get_language() returns it: zh_CN for Simplified Chinese. */
  const char *code = _("en");

  return g_str_equal (code, "zh_CN") ? chinese.code : english.code;
}

gboolean
lian_language_is_chinese (void)
{
  return g_str_equal (lian_get_language (), "zh_CN");
}
