/* lian-strv.c: string and string-list fields of records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <pthread.h>
#include <string.h>

#include "lian-strv-private.h"

const char * const lian_strv_empty[] = { NULL };

/* The arena of the record a loader fills in this thread, or NULL. Such a
 * record borrows every text it holds: its old values are the arena's, not
 * freed, and its new ones are copied into the arena. */
static _Thread_local LianTextArena *filling;

LianTextArena *
lian_texts_fill_into (LianTextArena *arena)
{
  LianTextArena *before = filling;

  filling = arena;
  return before;
}

LianTextArena *
lian_texts_filling (void)
{
  return filling;
}

gboolean
lian_str_set (char       **field,
              const char  *value)
{
  return lian_str_set_with (filling, field, value);
}

/* With @arena, the text goes there: one copy of its own, or, when
 * @repeats, the arena's one copy of every equal text. */
static gboolean
str_set (LianTextArena  *arena,
         gboolean        repeats,
         char          **field,
         const char     *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  if (arena)
    {
      *field = repeats ? lian_text_arena_intern (arena, value)
                       : lian_text_arena_dup (arena, value);
      return TRUE;
    }
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
lian_str_set_with (LianTextArena  *arena,
                   char          **field,
                   const char     *value)
{
  return str_set (arena, FALSE, field, value);
}

gboolean
lian_str_set_repeated_with (LianTextArena  *arena,
                            char          **field,
                            const char     *value)
{
  return str_set (arena, TRUE, field, value);
}

/* Values that repeat across many records (region codes, dates, the ids
 * of chains, segment names) are shared: one counted copy of each, in a
 * table of the process. GLib's interned GRefString would do, but in GLib
 * 2.74 a string released in one thread can be handed out again from the
 * table by another just before it is freed; here the count changes only
 * under the table's lock. (A pthread mutex: ThreadSanitizer follows it.) */
typedef struct
{
  guint refs;
  char  str[];
} Shared;

static pthread_mutex_t shared_lock = PTHREAD_MUTEX_INITIALIZER;
static GHashTable *shared_table;   /* str → Shared, under shared_lock */

static Shared *
shared_of (const char *str)
{
  return (Shared *) (void *) (str - G_STRUCT_OFFSET (Shared, str));
}

char *
lian_str_new_shared (const char *value)
{
  Shared *shared;

  if (value == NULL)
    return NULL;
  pthread_mutex_lock (&shared_lock);
  if (shared_table == NULL)
    shared_table = g_hash_table_new (g_str_hash, g_str_equal);
  shared = g_hash_table_lookup (shared_table, value);
  if (shared)
    shared->refs++;
  else
    {
      gsize size = strlen (value) + 1;

      shared = g_malloc (sizeof (Shared) + size);
      shared->refs = 1;
      memcpy (shared->str, value, size);
      g_hash_table_insert (shared_table, shared->str, shared);
    }
  pthread_mutex_unlock (&shared_lock);
  return shared->str;
}

void
lian_str_free_shared (char *value)
{
  Shared *shared;

  if (value == NULL)
    return;
  shared = shared_of (value);
  pthread_mutex_lock (&shared_lock);
  if (--shared->refs == 0)
    {
      g_hash_table_remove (shared_table, shared->str);
      g_free (shared);
    }
  pthread_mutex_unlock (&shared_lock);
}

gboolean
lian_str_set_shared (char       **field,
                     const char  *value)
{
  return lian_str_set_shared_with (filling, field, value);
}

gboolean
lian_str_set_shared_with (LianTextArena  *arena,
                          char          **field,
                          const char     *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  if (arena)
    {
      *field = lian_text_arena_intern (arena, value);
      return TRUE;
    }
  lian_str_free_shared (*field);
  *field = lian_str_new_shared (value);
  return TRUE;
}

gboolean
lian_strv_set (GStrv              *field,
               const char * const *value)
{
  return lian_strv_set_with (filling, field, value);
}

/* With @arena, the list goes there: a copy of its own, or, when
 * @repeats, the arena's one copy of every equal list. */
static gboolean
strv_set (LianTextArena      *arena,
          gboolean            repeats,
          GStrv              *field,
          const char * const *value)
{
  if (value != NULL && value[0] == NULL)
    value = NULL;
  if (*field == NULL && value == NULL)
    return FALSE;
  if (*field != NULL && value != NULL &&
      g_strv_equal ((const char * const *) *field, value))
    return FALSE;
  if (arena)
    {
      *field = repeats ? lian_text_arena_internv (arena, value)
                       : lian_text_arena_dupv (arena, value);
      return TRUE;
    }
  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  return TRUE;
}

gboolean
lian_strv_set_with (LianTextArena      *arena,
                    GStrv              *field,
                    const char * const *value)
{
  return strv_set (arena, FALSE, field, value);
}

gboolean
lian_strv_set_repeated_with (LianTextArena      *arena,
                             GStrv              *field,
                             const char * const *value)
{
  return strv_set (arena, TRUE, field, value);
}

gboolean
lian_strv_add (GStrv      *field,
               const char *item)
{
  guint n;

  if (*field && g_strv_contains ((const char * const *) *field, item))
    return FALSE;
  if (filling)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) items = NULL;

      g_strv_builder_addv (builder, (const char **) lian_strv_get (*field));
      g_strv_builder_add (builder, item);
      items = g_strv_builder_end (builder);
      return lian_strv_set (field, (const char * const *) items);
    }
  n = *field ? g_strv_length (*field) : 0;
  *field = g_renew (char *, *field, n + 2);
  (*field)[n] = g_strdup (item);
  (*field)[n + 1] = NULL;
  return TRUE;
}

gboolean
lian_strv_remove (GStrv      *field,
                  const char *item)
{
  guint i, n;

  if (*field == NULL)
    return FALSE;
  for (i = 0; (*field)[i]; i++)
    if (g_str_equal ((*field)[i], item))
      break;
  if ((*field)[i] == NULL)
    return FALSE;
  if (filling)
    {
      g_auto(GStrv) items = g_strdupv (*field);

      g_free (items[i]);
      memmove (items + i, items + i + 1, (g_strv_length (items + i + 1) + 1) * sizeof (char *));
      return lian_strv_set (field, (const char * const *) items);
    }
  g_free ((*field)[i]);
  n = g_strv_length (*field + i + 1);
  memmove (*field + i, *field + i + 1, (n + 1) * sizeof (char *));
  if ((*field)[0] == NULL)
    g_clear_pointer (field, g_free);
  return TRUE;
}
