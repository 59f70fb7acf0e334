/* lian-store-pg-count.c: figures of the whole PostgreSQL store, by SQL
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A registry opened on part of a store (?scope=) holds part of it; the
 * figures of the whole are counted where the whole is. A record lies
 * where its kind places it (lian_registry_locate()): an enterprise or an
 * organisation at its region, a need where its enterprise lies, and so
 * on through the references the kinds declare to locate them.
 */
#include "config.h"

#include <string.h>

#include "lian-store-pg-store-private.h"
#include "lian-record-private.h"
#include "lian-region-code.h"
#include "lian-enum-types.h"

/* Appends the region code @row of @kind lies at, as an SQL expression
 * (NULL for a kind that lies nowhere); @depth names the subqueries. */
static void
append_place (GString        *sql,
              LianRecordKind  kind,
              const char     *row,
              guint           depth)
{
  const LianKindDecl *decl = lian_record_kind_get_decl (kind);

  if (decl && decl->region && !g_str_equal (decl->region, "id"))
    {
      g_autofree char *column = g_strdelimit (g_strdup (decl->region), "-", '_');
      g_string_append_printf (sql, "%s.%s", row, column);
      return;
    }
  for (guint i = 0; decl && depth < 8 && i < decl->n_refs; i++)
    {
      const LianRefDecl *ref = &decl->refs[i];
      g_autofree char *alias = NULL;

      if (!(ref->flags & LIAN_REF_LOCATES) || (ref->flags & LIAN_REF_LIST))
        continue;
      alias = g_strdup_printf ("p%u", depth);
      g_string_append (sql, "(SELECT ");
      append_place (sql, ref->target, alias, depth + 1);
      g_string_append_printf (sql, " FROM %s %s WHERE %s.id = %s.%s)",
                              lian_store_table (ref->target)->name, alias, alias, row, ref->member);
      return;
    }
  g_string_append (sql, "NULL::text");
}

/* The start of the codes of @region (a valid code), by its level. */
static char *
prefix_of (const char *region)
{
  LianLevel level = lian_adcode_get_level (region);

  return g_strndup (region, level == LIAN_LEVEL_PROVINCE ? 2 : level == LIAN_LEVEL_CITY ? 4 : 6);
}

gboolean
lian_pg_store_count (LianStorePg     *self,
                     LianRecordKind   kind,
                     const char      *region,
                     int              status,
                     guint64         *count,
                     GError         **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count(*) FROM ");
  g_autofree char *prefix = region ? prefix_of (region) : NULL;
  const char *params[2] = { prefix, NULL };
  int n = 0;
  PGresult *res;

  g_string_append_printf (sql, "%s t WHERE TRUE", lian_store_table (kind)->name);
  if (prefix)
    {
      g_string_append (sql, " AND ");
      append_place (sql, kind, "t", 0);
      g_string_append_printf (sql, " LIKE $%d || '%%'", ++n);
    }
  if (status >= 0)
    {
      params[n] = lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, status);
      g_string_append_printf (sql, " AND t.status = $%d", ++n);
    }
  if (!lian_pg_store_ensure_connected (self, 0, error))
    return FALSE;
  res = lian_pg_store_query (self, sql->str, n, params, PGRES_TUPLES_OK, error);
  if (res == NULL)
    return FALSE;
  *count = g_ascii_strtoull (PQgetvalue (res, 0, 0), NULL, 10);
  PQclear (res);
  return TRUE;
}

GVariant *
lian_pg_store_count_by_region (LianStorePg     *self,
                               LianRecordKind   kind,
                               const char      *region,
                               LianLevel        level,
                               GError         **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *prefix = region ? prefix_of (region) : g_strdup ("");
  guint width = level == LIAN_LEVEL_PROVINCE ? 2 : level == LIAN_LEVEL_CITY ? 4 : 6;
  const char *params[1] = { prefix };
  GVariantBuilder builder;
  PGresult *res;

  g_string_append_printf (sql, "SELECT rpad(left(r, %u), 6, '0'), count(*) FROM (SELECT ", width);
  append_place (sql, kind, "t", 0);
  g_string_append_printf (sql, " AS r FROM %s t) x WHERE r LIKE $1 || '%%' AND length(r) = 6 "
                          "AND length(rtrim(r, '0')) > %u GROUP BY 1 ORDER BY 1",
                          lian_store_table (kind)->name, width - 2);
  if (!lian_pg_store_ensure_connected (self, 0, error))
    return NULL;
  res = lian_pg_store_query (self, sql->str, 1, params, PGRES_TUPLES_OK, error);
  if (res == NULL)
    return NULL;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{st}"));
  for (int i = 0; i < PQntuples (res); i++)
    g_variant_builder_add (&builder, "{st}", PQgetvalue (res, i, 0),
                           (guint64) g_ascii_strtoull (PQgetvalue (res, i, 1), NULL, 10));
  PQclear (res);
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}
