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

gboolean
lian_pg_kind_is_common (LianRecordKind kind)
{
  return kind == LIAN_RECORD_KIND_REGION || kind == LIAN_RECORD_KIND_CHAIN ||
         kind == LIAN_RECORD_KIND_SERVICE;
}

char *
lian_pg_append_place (GString        *from,
                      LianRecordKind  kind)
{
  g_autofree char *alias = g_strdup ("t");

  if (lian_pg_kind_is_common (kind))
    return NULL;
  for (guint depth = 0; depth < 8; depth++)
    {
      const LianKindDecl *decl = lian_record_kind_get_decl (kind);
      const LianRefDecl *locates = NULL;
      char *next;

      if (decl && decl->region && !g_str_equal (decl->region, "id"))
        {
          g_autofree char *column = g_strdelimit (g_strdup (decl->region), "-", '_');
          return g_strdup_printf ("%s.%s", alias, column);
        }
      for (guint i = 0; decl && i < decl->n_refs && !locates; i++)
        if ((decl->refs[i].flags & LIAN_REF_LOCATES) && !(decl->refs[i].flags & LIAN_REF_LIST))
          locates = &decl->refs[i];
      if (locates == NULL)
        break;
      next = g_strdup_printf ("p%u", depth);
      g_string_append_printf (from, " LEFT JOIN %s %s ON %s.id = %s.%s",
                              lian_store_table (locates->target)->name, next, next, alias,
                              locates->member);
      g_free (alias);
      alias = next;
      kind = locates->target;
    }
  return g_strdup ("NULL::text");
}

void
lian_pg_append_from_within (GString        *sql,
                            LianRecordKind  kind,
                            const char     *param)
{
  g_autoptr(GString) from = g_string_new (NULL);
  g_autofree char *place = NULL;

  g_string_append_printf (from, " FROM %s t", lian_store_table (kind)->name);
  place = lian_pg_append_place (from, kind);
  g_string_append (sql, from->str);
  /* The common reference, and what lies nowhere, come whole; the
   * statement names the parameter all the same. */
  if (place == NULL || g_str_equal (place, "NULL::text"))
    g_string_append_printf (sql, " WHERE %s::text IS NOT NULL", param);
  else
    g_string_append_printf (sql, " WHERE %s LIKE %s || '%%'", place, param);
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
  g_autoptr(GString) sql = g_string_new ("SELECT count(*)");
  g_autofree char *prefix = region ? prefix_of (region) : NULL;
  g_autofree char *place = NULL;
  const char *params[2] = { prefix, NULL };
  int n = 0;
  PGresult *res;

  g_string_append_printf (sql, " FROM %s t", lian_store_table (kind)->name);
  place = lian_pg_append_place (sql, kind);
  g_string_append (sql, " WHERE TRUE");
  if (prefix)
    g_string_append_printf (sql, " AND %s LIKE $%d || '%%'", place ? place : "NULL::text", ++n);
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
  g_autoptr(GString) from = g_string_new (NULL);
  g_autofree char *place = NULL;
  g_autofree char *prefix = region ? prefix_of (region) : g_strdup ("");
  guint width = level == LIAN_LEVEL_PROVINCE ? 2 : level == LIAN_LEVEL_CITY ? 4 : 6;
  const char *params[1] = { prefix };
  GVariantBuilder builder;
  PGresult *res;

  g_string_append_printf (from, " FROM %s t", lian_store_table (kind)->name);
  place = lian_pg_append_place (from, kind);
  g_string_append_printf (sql, "SELECT rpad(left(r, %u), 6, '0'), count(*) FROM (SELECT %s AS r%s) x "
                          "WHERE r LIKE $1 || '%%' AND length(r) = 6 "
                          "AND length(rtrim(r, '0')) > %u GROUP BY 1 ORDER BY 1",
                          width, place ? place : "NULL::text", from->str, width - 2);
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
