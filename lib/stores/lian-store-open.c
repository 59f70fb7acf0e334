/* lian-store-open.c: opening a store by its URI, and a registry from a
 * store
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-store-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* Opening */

#if !HAVE_LIBPQ
LianStore *
lian_store_pg_open (const char  *uri,
                    GError     **error)
{
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
               _("%s: this lian was built without PostgreSQL (libpq)"), uri);
  return NULL;
}
#endif

#if !HAVE_SQLITE
LianStore *
lian_store_sqlite_open (const char  *path,
                        const char  *uri,
                        GError     **error)
{
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
               _("%s: this lian was built without SQLite"), uri);
  return NULL;
}
#endif

static gboolean
has_suffix_nocase (const char *s,
                   const char *suffix)
{
  gsize n = strlen (s), m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (s + n - m, suffix) == 0;
}

/**
 * lian_store_open:
 * @uri: a path or URI: `PATH.json` or `file:PATH.json` for a lian JSON
 *   document, `PATH.db`, `PATH.sqlite` or `sqlite:PATH` for a SQLite
 *   database, `postgresql://USER@HOST/DB` (or `postgres://`) for a
 *   PostgreSQL database
 * @error: return location for a #GError
 *
 * Opens the store @uri names, creating an empty SQLite database if there
 * is none. A JSON document is read only by [method@Lian.Store.load].
 *
 * Returns: (transfer full): the store, or `NULL` with `LIAN_FORMAT_ERROR_UNSUPPORTED`
 *   for a URI of no known kind, or another error when it cannot be opened
 */
LianStore *
lian_store_open (const char  *uri,
                 GError     **error)
{
  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_str_has_prefix (uri, "postgresql://") || g_str_has_prefix (uri, "postgres://"))
    return lian_store_pg_open (uri, error);
  if (g_str_has_prefix (uri, "sqlite:"))
    return lian_store_sqlite_open (uri + strlen ("sqlite:"), uri, error);
  if (g_str_has_prefix (uri, "file:"))
    {
      g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
      const char *p = path ? path : uri + strlen ("file:");

      return has_suffix_nocase (p, ".json") ? lian_store_document_open (p, uri, error)
                                            : lian_store_sqlite_open (p, uri, error);
    }
  if (has_suffix_nocase (uri, ".db") || has_suffix_nocase (uri, ".sqlite") ||
      has_suffix_nocase (uri, ".sqlite3"))
    return lian_store_sqlite_open (uri, uri, error);
  if (has_suffix_nocase (uri, ".json") || g_file_test (uri, G_FILE_TEST_IS_REGULAR))
    return lian_store_document_open (uri, uri, error);

  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
               _("%s: not a store lian knows (a .json document, a .db file, sqlite:PATH or postgresql://…)"),
               uri);
  return NULL;
}

/* The registry's side */

/**
 * lian_registry_open:
 * @uri: a path or URI, as [func@Lian.Store.open] takes
 * @error: return location for a #GError
 *
 * Opens the store @uri names and loads it into a new registry, which
 * keeps the store: see [method@Lian.Registry.get_store].
 *
 * Returns: (transfer full): the registry, or `NULL` with an error
 */
LianRegistry *
lian_registry_open (const char  *uri,
                    GError     **error)
{
  g_autoptr(LianStore) store = NULL;
  g_autoptr(LianRegistry) registry = NULL;

  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = lian_store_open (uri, error);
  if (store == NULL)
    return NULL;
  registry = lian_registry_new ();
  if (!lian_store_load (store, registry, error))
    return NULL;
  return g_steal_pointer (&registry);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LianRegistry *registry;

  if (g_task_return_error_if_cancelled (task))
    return;
  /* The registry is made in this thread and seen by no one else until
   * the task returns it. */
  registry = lian_registry_open (task_data, &error);
  if (registry == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, registry, g_object_unref);
}

/**
 * lian_registry_open_async:
 * @uri: a path or URI, as [func@Lian.Store.open] takes
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the registry is open
 * @user_data: data for @callback
 *
 * Opens the store @uri names and loads it into a new registry in a
 * worker thread; finish with [func@Lian.Registry.open_finish].
 */
void
lian_registry_open_async (const char          *uri,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (uri != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lian_registry_open_async);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * lian_registry_open_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Finishes [func@Lian.Registry.open_async].
 *
 * Returns: (transfer full): the registry, or `NULL` with an error
 */
LianRegistry *
lian_registry_open_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lian_registry_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * lian_registry_get_store:
 * @registry: a registry
 *
 * The store the registry was loaded from by [func@Lian.Registry.open] or
 * [method@Lian.Store.load].
 *
 * Returns: (transfer none) (nullable): the store, or `NULL`
 */
LianStore *
lian_registry_get_store (LianRegistry *registry)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);

  return g_object_get_data (G_OBJECT (registry), "lian-store");
}
