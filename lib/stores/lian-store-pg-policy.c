/* lian-store-pg-policy.c: what a person's database role may read
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The scopes the registry enforces for a person (doc/people.md) hold on
 * the server too, for anyone who connects to the database as a person's
 * role (psql, a BI tool): row-level security on every kind's table shows
 * such a role the records that lie in the person's regions, and nothing
 * of the log. The rules come from the kinds' declarations, as the
 * registry's own do: a kind with a region of its own is visible where
 * that region is in scope, a kind located through a reference (a need by
 * its enterprise) where its target is visible, the common reference
 * (regions, chains, service items) everywhere; a list of references (a
 * chain's leaders, an organisation's members) shows only visible targets.
 *
 * A role lian grants (lian_store_grant_reader()) may read, never write:
 * changes go through lian, which checks them. lian's own connection owns
 * the tables, and row-level security does not apply to it.
 */
#include "config.h"

#include <string.h>

#include "lian-store-pg-private.h"
#include "lian-record-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* A property's name as its column's: "org-id" → "org_id". */
static char *
column_of (const char *property)
{
  return g_strdelimit (g_strdup (property), "-", '_');
}

/* Appends to @sql whether the row @row (an alias, or a table name) of
 * @kind is visible to the role @arg (an expression: current_user in a
 * policy; a parameter in a function, where current_user is the owner). */
static void
append_visible (GString        *sql,
             LianRecordKind  kind,
             const char     *row,
             const char     *arg)
{
  const LianKindDecl *decl = lian_record_kind_get_decl (kind);

  if (lian_pg_kind_is_common (kind))
    {
      g_string_append (sql, "TRUE");
      return;
    }
  if (decl && decl->region && !g_str_equal (decl->region, "id"))
    {
      g_autofree char *column = column_of (decl->region);
      g_string_append_printf (sql, "lian_region_visible(%s.%s, %s)", row, column, arg);
      return;
    }
  for (guint i = 0; decl && i < decl->n_refs; i++)
    {
      const LianRefDecl *ref = &decl->refs[i];

      if ((ref->flags & LIAN_REF_LOCATES) && !(ref->flags & LIAN_REF_LIST))
        {
          g_string_append_printf (sql, "lian_visible_%s(%s.%s, %s)",
                                  lian_store_table (ref->target)->name, row, ref->member, arg);
          return;
        }
    }
  /* A kind that lies nowhere. */
  g_string_append_printf (sql, "NOT lian_scope_limited(%s)", arg);
}

/* The function lian_visible_<table>(ref, role): whether the record @ref
 * of @kind exists and is visible to the role. SECURITY DEFINER: it reads
 * the tables as lian does, whatever the caller may see. */
static void
append_function (GString        *sql,
                 LianRecordKind  kind)
{
  const char *table = lian_store_table (kind)->name;

  g_string_append_printf (sql,
                          "CREATE FUNCTION lian_visible_%s(ref TEXT, arg NAME) RETURNS BOOLEAN\n"
                          "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS\n"
                          "  $$ SELECT EXISTS (SELECT 1 FROM %s t WHERE t.id = ref AND (",
                          table, table);
  append_visible (sql, kind, "t", "arg");
  g_string_append (sql, ")) $$;\n");
}

static const char scope_sql[] =
  /* Which person each granted role reads as. */
  "CREATE TABLE lian_db_roles (\n"
  "  role TEXT PRIMARY KEY NOT NULL,\n"
  "  person TEXT NOT NULL\n"
  ");\n"
  /* The start every region code in scope begins with: a province's two
   * digits, a city's four, a county's six. */
  "CREATE FUNCTION lian_scope_prefixes(who NAME) RETURNS SETOF TEXT\n"
  "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS\n"
  "  $$ SELECT CASE WHEN r.value LIKE '__0000' THEN left(r.value, 2)\n"
  "                 WHEN r.value LIKE '____00' THEN left(r.value, 4)\n"
  "                 ELSE r.value END\n"
  "     FROM lian_db_roles d JOIN people_regions r ON r.record_id = d.person\n"
  "     WHERE d.role = who $$;\n"
  /* Whether the current role is limited: any role but a person's whose
   * scope is the whole (no regions, no organisation, no chains). */
  "CREATE FUNCTION lian_scope_limited(who NAME) RETURNS BOOLEAN\n"
  "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS\n"
  "  $$ SELECT NOT EXISTS (\n"
  "       SELECT 1 FROM lian_db_roles d JOIN people p ON p.id = d.person\n"
  "       WHERE d.role = who AND p.scope_org_id IS NULL\n"
  "         AND NOT EXISTS (SELECT 1 FROM people_regions r WHERE r.record_id = p.id)\n"
  "         AND NOT EXISTS (SELECT 1 FROM people_chain_ids c WHERE c.record_id = p.id)) $$;\n"
  "CREATE FUNCTION lian_region_visible(code TEXT, who NAME) RETURNS BOOLEAN\n"
  "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS\n"
  "  $$ SELECT NOT lian_scope_limited(who)\n"
  "       OR (code IS NOT NULL AND EXISTS (SELECT 1 FROM lian_scope_prefixes(who) p\n"
  "                                        WHERE code LIKE p || '%') ) $$;\n"
  ;

void
lian_pg_append_policies_sql (GString *sql)
{
  /* The functions call each other in the order of the kinds' references:
   * their bodies are checked when they are called, not when made. */
  g_string_append (sql, "SET LOCAL check_function_bodies = off;\n");
  g_string_append (sql, scope_sql);
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      append_function (sql, k);
    }

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      const LianTable *t = lian_store_table (k);
      const LianKindDecl *decl = lian_record_kind_get_decl (k);

      g_string_append_printf (sql, "ALTER TABLE %s ENABLE ROW LEVEL SECURITY;\n"
                              "CREATE POLICY lian_read ON %s FOR SELECT USING (",
                              t->name, t->name);
      append_visible (sql, k, t->name, "current_user");
      g_string_append (sql, ");\n");

      for (const LianColumn *c = t->columns; c->member; c++)
        {
          const char *target = NULL;

          if (c->type != LIAN_COLUMN_LIST && c->type != LIAN_COLUMN_OBJECTS)
            continue;
          for (guint i = 0; decl && c->type == LIAN_COLUMN_LIST && i < decl->n_refs; i++)
            if (g_str_equal (decl->refs[i].member, c->member) &&
                !lian_pg_kind_is_common (decl->refs[i].target))
              target = lian_store_table (decl->refs[i].target)->name;
          g_string_append_printf (sql, "ALTER TABLE %s_%s ENABLE ROW LEVEL SECURITY;\n"
                                  "CREATE POLICY lian_read ON %s_%s FOR SELECT USING "
                                  "(lian_visible_%s(record_id, current_user)",
                                  t->name, c->member, t->name, c->member, t->name);
          if (target)
            g_string_append_printf (sql, " AND lian_visible_%s(value, current_user)", target);
          g_string_append (sql, ");\n");
        }
    }
}

/* Every kind's table and child table, comma separated. */
static void
append_tables (GString *sql)
{
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      const LianTable *t = lian_store_table (k);

      g_string_append_printf (sql, "%s%s", k ? ", " : "", t->name);
      for (const LianColumn *c = t->columns; c->member; c++)
        if (c->type == LIAN_COLUMN_LIST || c->type == LIAN_COLUMN_OBJECTS)
          g_string_append_printf (sql, ", %s_%s", t->name, c->member);
    }
}

static gboolean
person_exists (PGconn      *conn,
               const char  *where,
               const char  *person_id,
               GError     **error)
{
  const char *params[] = { person_id };
  PGresult *res = PQexecParams (conn, "SELECT 1 FROM people WHERE id = $1", 1, NULL, params,
                                NULL, NULL, 0);
  gboolean found;

  if (PQresultStatus (res) != PGRES_TUPLES_OK)
    {
      lian_pg_error (conn, res, where, error);
      PQclear (res);
      return FALSE;
    }
  found = PQntuples (res) > 0;
  PQclear (res);
  if (!found)
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                 /* TRANSLATORS: %s is a database URI, then a person's id */
                 _("%s: no person has the id \"%s\""), where, person_id);
  return found;
}

gboolean
lian_pg_grant_reader (PGconn      *conn,
                      const char  *where,
                      const char  *role,
                      const char  *person_id,
                      GError     **error)
{
  g_autoptr(GString) sql = g_string_new ("BEGIN;\n");
  char *ident = PQescapeIdentifier (conn, role, strlen (role));
  PGresult *res;
  gboolean ok;

  if (ident == NULL)
    return lian_pg_error (conn, NULL, where, error);
  if (!person_exists (conn, where, person_id, error))
    {
      PQfreemem (ident);
      return FALSE;
    }
  /* A role that is not there yet is made, able to log in. */
  g_string_append (sql, "DO $lian$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ");
  lian_pg_append_literal (conn, sql, role);
  g_string_append_printf (sql, ") THEN CREATE ROLE %s LOGIN; END IF;\n"
                          "EXECUTE format('GRANT USAGE ON SCHEMA %%I TO %%s', current_schema(), ",
                          ident);
  lian_pg_append_literal (conn, sql, ident);
  g_string_append (sql, "); END $lian$;\n");
  g_string_append (sql, "GRANT SELECT ON ");
  append_tables (sql);
  g_string_append_printf (sql, " TO %s;\n", ident);
  g_string_append (sql, "INSERT INTO lian_db_roles VALUES (");
  lian_pg_append_literal (conn, sql, role);
  g_string_append (sql, ", ");
  lian_pg_append_literal (conn, sql, person_id);
  g_string_append (sql, ") ON CONFLICT (role) DO UPDATE SET person = excluded.person;\nCOMMIT;\n");
  PQfreemem (ident);

  res = PQexec (conn, sql->str);
  ok = PQresultStatus (res) == PGRES_COMMAND_OK;
  if (!ok)
    {
      lian_pg_error (conn, res, where, error);
      PQclear (res);
      PQclear (PQexec (conn, "ROLLBACK"));
      return FALSE;
    }
  PQclear (res);
  return TRUE;
}
