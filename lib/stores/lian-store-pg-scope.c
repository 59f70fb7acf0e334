/* lian-store-pg-scope.c: opening part of a PostgreSQL store
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * `postgresql://…?scope=320200` opens the records that lie in one region
 * (a province, a city or a county) of a larger store, as the kinds place
 * them (lian_within_<table>(), lian-store-pg-policy.c), the common
 * reference (regions, chains, service items), and every record those
 * refer to, on and on, so that the registry holds nothing dangling: an
 * organisation's member from another county comes along. A refresh
 * brings in what changed among the records held, and the new records of
 * the region with what they refer to.
 */
#include "config.h"

#include <string.h>

#include "lian-store-pg-store-private.h"
#include "lian-document-private.h"
#include "lian-refs-private.h"
#include "lian-region-code.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

gboolean
lian_pg_scope_parse (const char  *uri,
                     const char  *where,
                     char       **conninfo,
                     char       **prefix,
                     GError     **error)
{
  const char *query = strchr (uri, '?');
  g_auto(GStrv) params = NULL;
  g_autoptr(GString) kept = NULL;
  const char *code = NULL;

  *conninfo = NULL;
  *prefix = NULL;
  if (query == NULL)
    {
      *conninfo = g_strdup (uri);
      return TRUE;
    }
  kept = g_string_new_len (uri, query - uri);
  params = g_strsplit (query + 1, "&", -1);
  for (guint i = 0; params[i]; i++)
    {
      if (g_str_has_prefix (params[i], "scope="))
        {
          code = params[i] + strlen ("scope=");
          continue;
        }
      g_string_append_c (kept, strchr (kept->str, '?') ? '&' : '?');
      g_string_append (kept, params[i]);
    }
  if (code && !lian_adcode_is_valid (code))
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   /* TRANSLATORS: %s is a database URI, then what followed scope= */
                   _("%s: scope \"%s\" is not a region code (a province, a city or a county: 320200)"),
                   where, code);
      return FALSE;
    }
  if (code)
    {
      LianLevel level = lian_adcode_get_level (code);

      *prefix = g_strndup (code, level == LIAN_LEVEL_PROVINCE ? 2 : level == LIAN_LEVEL_CITY ? 4 : 6);
    }
  *conninfo = g_string_free (g_steal_pointer (&kept), FALSE);
  return TRUE;
}

/* The records of the JSON objects of @rows (per kind), read. */
static LianDocument *
read_rows (GPtrArray  **rows,
           GError     **error)
{
  g_autoptr(GString) doc = g_string_new ("{\"format\":\"lian\",\"version\":1");

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      if (rows[k]->len == 0)
        continue;
      g_string_append_printf (doc, ",\"%s\":[", lian_store_table (k)->name);
      for (guint i = 0; i < rows[k]->len; i++)
        {
          if (i > 0)
            g_string_append_c (doc, ',');
          g_string_append (doc, rows[k]->pdata[i]);
        }
      g_string_append_c (doc, ']');
    }
  g_string_append_c (doc, '}');
  return lian_document_read (doc->str, doc->len, error);
}

typedef struct
{
  GHashTable   *have;     /* ids held or fetched */
  LianRegistry *registry; /* or NULL */
  GHashTable   *wanted;   /* ids to fetch (owned) */
} Wanting;

static void
want_cb (LianRecord    *record,
         const LianRef *ref,
         gpointer       data)
{
  Wanting *w = data;

  if (g_hash_table_contains (w->have, ref->target) ||
      (w->registry && lian_registry_lookup (w->registry, ref->target)))
    return;
  g_hash_table_add (w->wanted, g_strdup (ref->target));
}

/* Appends to @rows the JSON text of each record (of @kind) whose id is in
 * the JSON array @ids, and adds the ids to @have. */
static gboolean
fetch_rows (LianStorePg     *self,
            LianRecordKind   kind,
            const char      *ids,
            GHashTable      *have,
            GPtrArray       *rows,
            GError         **error)
{
  g_autofree char *sql = lian_pg_select_json (kind, TRUE);
  PGresult *res = lian_pg_store_query (self, sql, 1, &ids, PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (res); i++)
    {
      g_ptr_array_add (rows, lian_pg_row_json (res, i));
      g_hash_table_add (have, g_strdup (PQgetvalue (res, i, 2)));
    }
  PQclear (res);
  return TRUE;
}

/* Fetches into @rows (per kind) the records that @records refer to and
 * that neither @have nor @registry holds, then those that these refer to,
 * and so on. Adds the ids of @ids, if not NULL, the revision of each to
 * @revisions. */
static gboolean
fetch_referenced (LianStorePg   *self,
                  LianRegistry  *registry,
                  GHashTable    *have,
                  GPtrArray     *records,
                  GPtrArray    **rows,
                  GError       **error)
{
  g_autoptr(LianDocument) fetched = NULL;

  while (records->len > 0)
    {
      g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      Wanting w = { have, registry, wanted };
      GPtrArray *new_rows[LIAN_N_RECORD_KINDS];
      g_autofree char *ids = NULL;
      g_autofree const char **list = NULL;
      PGresult *res;
      gboolean ok = TRUE;
      guint n;

      for (guint i = 0; i < records->len; i++)
        lian_record_foreach_ref (records->pdata[i], want_cb, &w);
      if (g_hash_table_size (wanted) == 0)
        break;
      list = (const char **) g_hash_table_get_keys_as_array (wanted, &n);
      ids = lian_pg_store_ids_to_json (list, n);
      res = lian_pg_store_query (self, "SELECT kind, json_agg(id) FROM records WHERE id IN "
                                       "(SELECT json_array_elements_text($1::json)) GROUP BY kind",
                                 1, (const char * const *) &ids, PGRES_TUPLES_OK, error);
      if (res == NULL)
        return FALSE;
      for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
        new_rows[k] = g_ptr_array_new ();
      for (int i = 0; ok && i < PQntuples (res); i++)
        {
          int kind = lian_store_kind_from_nick (PQgetvalue (res, i, 0));

          if (kind >= 0)
            ok = fetch_rows (self, kind, PQgetvalue (res, i, 1), have, new_rows[kind], error);
        }
      PQclear (res);
      if (ok)
        {
          g_clear_pointer (&fetched, lian_document_free);
          fetched = read_rows (new_rows, error);
          ok = fetched != NULL;
        }
      for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
        {
          g_ptr_array_extend_and_steal (rows[k], new_rows[k]);
        }
      if (!ok)
        return FALSE;
      /* What is still wanted and was not found dangles in the store: the
       * registry says so when the records are added. */
      records = fetched->records;
    }
  return TRUE;
}

/* Appends to @doc, kind by kind, the records of the scope and those they
 * refer to. */
gboolean
lian_pg_scope_append_records (LianStorePg  *self,
                              GString      *doc,
                              GError      **error)
{
  g_autoptr(GHashTable) have = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(LianDocument) read = NULL;
  GPtrArray *rows[LIAN_N_RECORD_KINDS];
  gboolean ok = TRUE;

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    rows[k] = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; ok && k < LIAN_N_RECORD_KINDS; k++)
    {
      g_autofree char *sql = lian_pg_select_json_within (k);
      const char *prefix = self->scope_prefix;
      PGresult *res = lian_pg_store_query (self, sql, 1, &prefix, PGRES_TUPLES_OK, error);

      ok = res != NULL;
      for (int i = 0; ok && i < PQntuples (res); i++)
        {
          g_ptr_array_add (rows[k], lian_pg_row_json (res, i));
          g_hash_table_add (have, g_strdup (PQgetvalue (res, i, 2)));
        }
      g_clear_pointer (&res, PQclear);
    }
  if (ok)
    read = read_rows (rows, error);
  ok = ok && read != NULL && fetch_referenced (self, NULL, have, read->records, rows, error);
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      for (guint i = 0; ok && i < rows[k]->len; i++)
        {
          g_string_append (doc, i == 0 ? ",\n" : ",");
          if (i == 0)
            g_string_append_printf (doc, "\"%s\":[", lian_store_table (k)->name);
          g_string_append (doc, rows[k]->pdata[i]);
        }
      if (ok && rows[k]->len > 0)
        g_string_append_c (doc, ']');
      g_ptr_array_unref (rows[k]);
    }
  return ok;
}

/* Keeps, of the ids of @of_kind that @registry does not hold, those of
 * the scope: the others are not this registry's to follow. */
gboolean
lian_pg_scope_filter (LianStorePg   *self,
                      LianRegistry  *registry,
                      GPtrArray     *ids,
                      GArray        *revisions,
                      GPtrArray    **of_kind,
                      GError       **error)
{
  g_autoptr(GHashTable) inside = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      g_autoptr(GPtrArray) unheld = g_ptr_array_new ();
      g_autofree char *json = NULL;
      g_autofree char *sql = NULL;
      const char *params[2];
      PGresult *res;

      for (guint i = 0; i < of_kind[k]->len; i++)
        if (lian_registry_lookup (registry, of_kind[k]->pdata[i]))
          g_hash_table_add (inside, of_kind[k]->pdata[i]);
        else
          g_ptr_array_add (unheld, of_kind[k]->pdata[i]);
      if (unheld->len == 0)
        continue;
      json = lian_pg_store_ids_to_json ((const char * const *) unheld->pdata, unheld->len);
      sql = lian_pg_select_ids_within (k);
      params[0] = json;
      params[1] = self->scope_prefix;
      res = lian_pg_store_query (self, sql, 2, params, PGRES_TUPLES_OK, error);
      if (res == NULL)
        return FALSE;
      for (int i = 0; i < PQntuples (res); i++)
        for (guint u = 0; u < unheld->len; u++)
          if (g_str_equal (unheld->pdata[u], PQgetvalue (res, i, 0)))
            g_hash_table_add (inside, unheld->pdata[u]);
      PQclear (res);
      for (guint i = of_kind[k]->len; i > 0; i--)
        if (!g_hash_table_contains (inside, of_kind[k]->pdata[i - 1]))
          g_ptr_array_remove_index (of_kind[k], i - 1);
    }
  /* Removed records (no kind any more) count when held. */
  for (guint i = ids->len; i > 0; i--)
    {
      const char *id = ids->pdata[i - 1];

      if (g_hash_table_contains (inside, id) || lian_registry_lookup (registry, id))
        continue;
      g_ptr_array_remove_index (ids, i - 1);
      g_array_remove_index (revisions, i - 1);
    }
  return TRUE;
}

/* Adds to @ids, @revisions and @stored the records that the new ones of
 * @read refer to and @registry does not hold. @by_id maps ids to the
 * records of @extra, which keeps them. */
gboolean
lian_pg_scope_bring_referenced (LianStorePg    *self,
                                LianRegistry   *registry,
                                LianDocument   *read,
                                LianDocument  **extra,
                                GPtrArray      *ids,
                                GArray         *revisions,
                                GError        **error)
{
  g_autoptr(GHashTable) have = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  GPtrArray *rows[LIAN_N_RECORD_KINDS];
  gboolean ok;

  for (guint i = 0; i < read->records->len; i++)
    {
      LianRecord *record = read->records->pdata[i];

      g_hash_table_add (have, g_strdup (lian_record_get_id (record)));
      if (!lian_registry_lookup (registry, lian_record_get_id (record)))
        g_ptr_array_add (added, record);
    }
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    rows[k] = g_ptr_array_new_with_free_func (g_free);
  ok = fetch_referenced (self, registry, have, added, rows, error);
  if (ok)
    {
      *extra = read_rows (rows, error);
      ok = *extra != NULL;
    }
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    g_ptr_array_unref (rows[k]);
  if (ok && (*extra)->records->len > 0)
    {
      g_autoptr(GPtrArray) brought = g_ptr_array_new ();
      g_autofree char *json = NULL;
      PGresult *res;

      for (guint i = 0; i < (*extra)->records->len; i++)
        g_ptr_array_add (brought, (gpointer) lian_record_get_id ((*extra)->records->pdata[i]));
      json = lian_pg_store_ids_to_json ((const char * const *) brought->pdata, brought->len);
      res = lian_pg_store_query (self, "SELECT id, revision FROM records WHERE id IN "
                                       "(SELECT json_array_elements_text($1::json))",
                                 1, (const char * const *) &json, PGRES_TUPLES_OK, error);
      if (res == NULL)
        return FALSE;
      for (int i = 0; i < PQntuples (res); i++)
        {
          guint64 revision = g_ascii_strtoull (PQgetvalue (res, i, 1), NULL, 10);

          g_ptr_array_add (ids, g_strdup (PQgetvalue (res, i, 0)));
          g_array_append_val (revisions, revision);
        }
      PQclear (res);
    }
  return ok;
}
