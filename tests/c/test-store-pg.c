/* test-store-pg.c: registers kept in PostgreSQL, against a real server
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Run by tests/pg/with-cluster.sh, which starts a throwaway cluster and
 * sets LIAN_TEST_PG_URI; each test makes its own database in it.
 */
#include <stdlib.h>
#include <string.h>
#include <libpq-fe.h>

#include "lian-test.h"
#include "lian-test-records.h"

static guint n_databases;

/* Runs @sql on the database @uri; the first value of its result, or NULL. */
static char *
pg_value (const char *uri,
          const char *sql)
{
  PGconn *conn = PQconnectdb (uri);
  PGresult *res;
  char *value = NULL;

  CU_ASSERT_EQUAL_FATAL (PQstatus (conn), CONNECTION_OK);
  res = PQexec (conn, sql);
  if (PQresultStatus (res) == PGRES_TUPLES_OK && PQntuples (res) > 0)
    value = g_strdup (PQgetvalue (res, 0, 0));
  else if (PQresultStatus (res) != PGRES_COMMAND_OK && PQresultStatus (res) != PGRES_TUPLES_OK)
    g_printerr ("%s: %s", sql, PQresultErrorMessage (res));
  PQclear (res);
  PQfinish (conn);
  return value;
}

static gint64
pg_int (const char *uri,
        const char *sql)
{
  g_autofree char *value = pg_value (uri, sql);

  return value ? g_ascii_strtoll (value, NULL, 10) : -1;
}

/* A new database in the test cluster, holding the sample unless @empty;
 * returns its URI (with @options added to it). */
static char *
new_store (const char *scheme,
           const char *options,
           gboolean    empty)
{
  const char *host = g_getenv ("LIAN_TEST_PG_HOST");
  g_autofree char *name = g_strdup_printf ("t%u_%u", (guint) getpid (), ++n_databases);
  g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s", name);
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianStore) store = NULL;
  char *uri;

  g_free (pg_value (g_getenv ("LIAN_TEST_PG_URI"), create));
  uri = g_strdup_printf ("%s:///%s?host=%s&user=lian%s", scheme, name, host,
                         options ? options : "");
  if (empty)
    return uri;
  store = lian_store_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE_FATAL (lian_store_save (store, sample, &error));
  lian_store_close (store);
  return uri;
}

static guint
employees (LianRegistry *registry,
           const char   *id)
{
  return lian_enterprise_get_employees (LIAN_ENTERPRISE (lian_registry_lookup (registry, id)));
}

static void
test_pg_round_trip_gives_the_same_document (void)
{
  g_autofree char *uri = new_store ("postgres", NULL, FALSE);
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) opened = lian_registry_open (uri, &error);
  g_autoptr(GListModel) enterprises = lian_registry_get_enterprises (sample);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  a = lian_registry_save_to_data (sample, NULL);
  b = lian_registry_save_to_data (opened, NULL);
  CU_ASSERT_STRING_EQUAL (a, b);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_get_store (opened));
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT version FROM lian_schema"), 1);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM enterprises"),
                   g_list_model_get_n_items (enterprises));
}

static void
test_pg_commit_writes_the_change_and_logs_it (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (uri, &error);
  g_autoptr(LianRegistry) again = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  lian_registry_set_actor (registry, "alice");
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 77, &error));
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT employees FROM enterprises WHERE id = 'ent-cs-parts'"), 77);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT revision FROM records WHERE id = 'ent-cs-parts'"), 2);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM changes WHERE actor = 'alice' AND "
                                "property = 'employees' AND fields_after = '{\"employees\":77}'"), 1);
  again = lian_registry_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (again);
  CU_ASSERT_EQUAL (employees (again, "ent-cs-parts"), 77);
  CU_ASSERT_EQUAL (lian_record_get_revision (lian_registry_lookup (again, "ent-cs-parts")), 2);
  /* A removal with its cascade is one commit. */
  CU_ASSERT_TRUE (lian_registry_remove (registry, "ent-dy-coating", TRUE, NULL, &error));
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM enterprises WHERE id = 'ent-dy-coating'"), 0);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM organizations_member_ids "
                                "WHERE value = 'ent-dy-coating'"), 0);
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (again), NULL, &error));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (again, "ent-dy-coating"));
}

static void
test_pg_conflict_is_refused_and_named (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (uri, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (uri, &error);
  guint n = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  lian_registry_set_actor (a, "alice");
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cs-parts", 5, &error));
  CU_ASSERT_FALSE (lian_test_set_employees (b, "ent-cs-parts", 6, &error));
  LIAN_ASSERT_MESSAGE (error, "ent-cs-parts: changed by alice at ");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT);
  CU_ASSERT_NOT_EQUAL (employees (b, "ent-cs-parts"), 6);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT employees FROM enterprises WHERE id = 'ent-cs-parts'"), 5);
  /* A refresh brings the change in; then b's goes through on top of it. */
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (b), &n, &error));
  CU_ASSERT_EQUAL (n, 1);
  CU_ASSERT_EQUAL (employees (b, "ent-cs-parts"), 5);
  CU_ASSERT_TRUE (lian_test_set_employees (b, "ent-cs-parts", 6, &error));
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT revision FROM records WHERE id = 'ent-cs-parts'"), 3);
}

static void
test_pg_batch_is_all_or_nothing (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (uri, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (uri, &error);
  guint before = employees (a, "ent-cz-bms");

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  CU_ASSERT_TRUE (lian_test_set_employees (b, "ent-cs-parts", 8, &error));
  lian_registry_begin_batch (a);
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cz-bms", before + 1, &error));
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cs-parts", 9, &error));
  CU_ASSERT_FALSE (lian_registry_commit_batch (a, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT);
  /* Neither change is in the store, nor left in the registry. */
  CU_ASSERT_EQUAL (employees (a, "ent-cz-bms"), before);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT employees FROM enterprises WHERE id = 'ent-cz-bms'"), before);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM changes"), 1);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT revision FROM records WHERE id = 'ent-cz-bms'"), 1);
}

static void
test_pg_history_lists_the_changes (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (uri, &error);
  g_autoptr(LianRegistry) other = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GListModel) bobs = NULL;
  g_autoptr(LianChange) first = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  lian_registry_set_actor (registry, "alice");
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cz-bms", 11, &error));
  lian_registry_set_actor (registry, "bob");
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cz-bms", 12, &error));
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 13, &error));
  other = lian_registry_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (other);
  changes = lian_store_list_changes (lian_registry_get_store (other), "ent-cz-bms", NULL, NULL,
                                     NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (changes);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (changes), 2);
  first = g_list_model_get_item (changes, 0);
  CU_ASSERT_STRING_EQUAL (lian_change_get_actor (first), "alice");
  CU_ASSERT_EQUAL (lian_change_get_revision (first), 2);
  CU_ASSERT_STRING_EQUAL (g_value_get_string (lian_change_get_after (first, "employees")), "11");
  CU_ASSERT_PTR_EQUAL (lian_change_get_record (first), lian_registry_lookup (other, "ent-cz-bms"));
  bobs = lian_store_list_changes (lian_registry_get_store (other), NULL, NULL, "bob", NULL, &error);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (bobs), 2);
}

static int
cluster (const char *command)
{
  g_autofree char *script = g_build_filename (g_getenv ("LIAN_SOURCE_DIR"), "tests", "pg",
                                              "cluster.sh", NULL);
  g_autofree char *line = g_strdup_printf ("bash '%s' %s '%s'", script, command,
                                           g_getenv ("LIAN_TEST_PG_CLUSTER"));

  return system (line);
}

static void
test_pg_restart_reconnects_and_loses_nothing (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (uri, &error);
  g_autoptr(LianRegistry) again = NULL;
  guint n = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 21, &error));
  CU_ASSERT_EQUAL_FATAL (cluster ("restart"), 0);
  /* The connection is gone; the commit makes a new one and is sent again. */
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 22, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cz-bms", 23, &error));
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (registry), &n, &error));
  CU_ASSERT_EQUAL (n, 0);
  again = lian_registry_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (again);
  CU_ASSERT_EQUAL (employees (again, "ent-cs-parts"), 22);
  CU_ASSERT_EQUAL (employees (again, "ent-cz-bms"), 23);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM changes"), 3);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT revision FROM records WHERE id = 'ent-cs-parts'"), 3);
}

static void
test_pg_stopped_server_reports_what_failed (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianRegistry) again = NULL;
  guint before;

  g_setenv ("LIAN_PG_RECONNECT_WAIT", "300", TRUE);
  registry = lian_registry_open (uri, &error);
  g_unsetenv ("LIAN_PG_RECONNECT_WAIT");
  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  before = employees (registry, "ent-cs-parts");
  CU_ASSERT_EQUAL_FATAL (cluster ("stop-server"), 0);
  CU_ASSERT_FALSE (lian_test_set_employees (registry, "ent-cs-parts", 61, &error));
  LIAN_ASSERT_MESSAGE (error, "nothing was written: ");
  LIAN_ASSERT_MESSAGE (error, "the PostgreSQL store cannot be used");
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED);
  CU_ASSERT_EQUAL (employees (registry, "ent-cs-parts"), before);
  CU_ASSERT_EQUAL (lian_record_get_revision (lian_registry_lookup (registry, "ent-cs-parts")), 1);
  /* The server back, the same registry goes on. */
  CU_ASSERT_EQUAL_FATAL (cluster ("start-server"), 0);
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 62, &error));
  again = lian_registry_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (again);
  CU_ASSERT_EQUAL (employees (again, "ent-cs-parts"), 62);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM changes"), 1);
}

static void
test_pg_killed_connection_reconnects (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (uri, &error);
  g_autoptr(LianRegistry) other = lian_registry_open (uri, &error);
  guint n = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (other);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND pid <> pg_backend_pid()"), 2);
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 31, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT employees FROM enterprises WHERE id = 'ent-cs-parts'"), 31);
  /* A refresh, which only reads, makes its connection again too. */
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (other), &n, &error));
  CU_ASSERT_EQUAL (n, 1);
  CU_ASSERT_EQUAL (employees (other, "ent-cs-parts"), 31);
}

static void
test_pg_statement_timeout_leaves_nothing_half_applied (void)
{
  g_autofree char *saved = new_store ("postgresql", NULL, FALSE);
  g_autofree char *uri = g_strconcat (saved, "&options=-c%20statement_timeout%3D1000", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (uri, &error);
  guint before;
  PGconn *locker;
  PGresult *res;

  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  before = employees (registry, "ent-cz-bms");
  /* Another session holds the enterprises while the batch is written. */
  locker = PQconnectdb (uri);
  res = PQexec (locker, "BEGIN; LOCK TABLE enterprises IN ACCESS EXCLUSIVE MODE");
  CU_ASSERT_EQUAL_FATAL (PQresultStatus (res), PGRES_COMMAND_OK);
  PQclear (res);
  lian_registry_begin_batch (registry);
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 41, &error));
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cz-bms", 42, &error));
  CU_ASSERT_FALSE (lian_registry_commit_batch (registry, &error));
  LIAN_ASSERT_MESSAGE (error, "statement timeout");
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  PQclear (PQexec (locker, "ROLLBACK"));
  PQfinish (locker);
  CU_ASSERT_EQUAL (employees (registry, "ent-cz-bms"), before);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM changes"), 0);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT max(revision) FROM records"), 1);
  /* Once the lock is gone, the same change goes through. */
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cz-bms", 42, &error));
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT count(*) FROM changes"), 1);
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (LianRegistry *registry,
            LianRecord   *record,
            const char   *property,
            gpointer      loop)
{
  g_main_loop_quit (loop);
}

static gboolean
commit_cb (gpointer data)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_test_set_employees (data, "ent-cs-parts", 51, &error));
  return G_SOURCE_REMOVE;
}

static void
test_pg_notification_wakes_the_other_store (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (uri, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (uri, &error);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  guint give_up;
  gint64 start;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  /* An interval far longer than the test: only the notification can wake it. */
  lian_store_set_refresh_interval (lian_registry_get_store (b), 600000);
  g_signal_connect (b, "record-changed", G_CALLBACK (changed_cb), loop);
  g_idle_add (commit_cb, a);
  give_up = g_timeout_add_seconds (5, quit_cb, loop);
  start = g_get_monotonic_time ();
  g_main_loop_run (loop);
  CU_ASSERT_EQUAL (employees (b, "ent-cs-parts"), 51);
  CU_ASSERT_TRUE (g_get_monotonic_time () - start < G_USEC_PER_SEC);
  g_source_remove (give_up);
  lian_store_set_refresh_interval (lian_registry_get_store (b), 0);
}

static void
test_pg_open_refuses_a_foreign_database (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, TRUE);
  g_autofree char *bad = g_strdup_printf ("%s&port=1", uri);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianStore) store = NULL;

  g_free (pg_value (uri, "CREATE TABLE people (name TEXT)"));
  store = lian_store_open (uri, &error);
  CU_ASSERT_PTR_NULL (store);
  LIAN_ASSERT_MESSAGE (error, "not a lian store");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED);
  /* A scope that is no region: said so, not taken for another parameter. */
  g_free (bad);
  bad = g_strdup_printf ("%s&scope=329999", uri);
  store = lian_store_open (bad, &error);
  CU_ASSERT_PTR_NULL (store);
  LIAN_ASSERT_MESSAGE (error, "329999");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED);
  g_free (bad);
  bad = g_strdup_printf ("%s&port=1", uri);
  /* No server there: a connection error that names the URI. */
  store = lian_store_open (bad, &error);
  CU_ASSERT_PTR_NULL (store);
  LIAN_ASSERT_MESSAGE (error, "the PostgreSQL store cannot be used");
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED);
}

/* The document's own members come back in its order, not by name. */
static void
test_pg_keeps_the_order_of_unknown_members (void)
{
  static const char doc[] = "{\"format\":\"lian\",\"version\":1,\"x_b\":1,\"x_a\":[2],\"x_c\":{}}";
  g_autofree char *uri = new_store ("postgresql", NULL, TRUE);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianRegistry) opened = NULL;
  g_autoptr(LianStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *read = NULL;
  g_autofree char *order = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (registry, doc, -1, &error));
  written = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (strstr (written, "\"x_a\""));
  CU_ASSERT_TRUE (strstr (written, "\"x_b\"") < strstr (written, "\"x_a\""));
  store = lian_store_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE (lian_store_save (store, registry, &error));
  g_clear_object (&store);
  opened = lian_registry_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  read = lian_registry_save_to_data (opened, NULL);
  CU_ASSERT_STRING_EQUAL (read, written);
  order = pg_value (uri, "SELECT string_agg(member, ',' ORDER BY position) FROM document");
  CU_ASSERT_STRING_EQUAL (order, "x_b,x_a,x_c");
}

/* The first of the document's own members @uri opens with. */
static char *
first_member (const char *uri)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (uri, &error);
  JsonObject *extra;
  g_autoptr(GList) members = NULL;

  if (error)
    g_printerr ("%s: %s\n", uri, error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  extra = lian_registry_get_extra (registry);
  CU_ASSERT_PTR_NOT_NULL_FATAL (extra);
  CU_ASSERT_EQUAL (json_object_get_size (extra), 2);
  members = json_object_get_members (extra);
  return g_strdup (members->data);
}

#define HAS_POSITION "SELECT count(*) FROM information_schema.columns " \
                     "WHERE table_name = 'document' AND column_name = 'position'"

/* A store made before the document table had its position opens with
 * its members, by name: one that only reads leaves the table as it is,
 * the first that may change it gives it the column. */
static void
test_pg_opens_a_document_table_without_position (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, FALSE);
  g_autofree char *read_only = g_strconcat (uri, "&options=-c%20default_transaction_read_only%3Don",
                                            NULL);
  g_autofree char *role = g_strdup_printf ("t%u_reader", (guint) getpid ());
  g_autofree char *grant = g_strdup_printf ("CREATE ROLE %s LOGIN; GRANT SELECT ON ALL TABLES "
                                            "IN SCHEMA public TO %s", role, role);
  g_autofree char *as_reader = g_strdup_printf ("%.*s%s", (int) (strlen (uri) - strlen ("lian")),
                                                uri, role);
  char *first;

  g_free (pg_value (uri, "DROP TABLE document; CREATE TABLE document (\n"
                         "  member TEXT PRIMARY KEY NOT NULL,\n  value TEXT NOT NULL\n);\n"
                         "INSERT INTO document (member, value) VALUES ('x_b', '1'), ('x_a', '[2]')"));
  g_free (pg_value (uri, grant));
  CU_ASSERT_EQUAL (pg_int (uri, HAS_POSITION), 0);

  /* A read only server, a role that may only read: opened as it is. */
  first = first_member (read_only);
  CU_ASSERT_STRING_EQUAL (first, "x_a");
  g_free (first);
  first = first_member (as_reader);
  CU_ASSERT_STRING_EQUAL (first, "x_a");
  g_free (first);
  CU_ASSERT_EQUAL (pg_int (uri, HAS_POSITION), 0);

  /* The owner gives the table its column, without a new version. */
  first = first_member (uri);
  CU_ASSERT_STRING_EQUAL (first, "x_a");
  g_free (first);
  CU_ASSERT_EQUAL (pg_int (uri, HAS_POSITION), 1);
  CU_ASSERT_EQUAL (pg_int (uri, "SELECT version FROM lian_schema"), 1);

  /* The rows a lian without the column writes: no position. */
  g_free (pg_value (uri, "DELETE FROM document; INSERT INTO document (member, value) "
                         "VALUES ('x_d', 'null'), ('x_c', '\"c\"')"));
  first = first_member (uri);
  CU_ASSERT_STRING_EQUAL (first, "x_c");
  g_free (first);
}

/* Opens @uri, its records read in a thread of their own unless @one: what
 * the registry holds with each record's revision, or the error. */
static char *
open_copies (const char *uri,
             gboolean    one)
{
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) needs = NULL;
  g_autofree char *saved = NULL;
  GString *text;

  g_setenv ("LIAN_LOAD_THREADS", one ? "1" : "2", TRUE);
  registry = lian_registry_open (uri, &error);
  g_unsetenv ("LIAN_LOAD_THREADS");
  if (registry == NULL)
    return g_strdup (error->message);
  saved = lian_registry_save_to_data (registry, NULL);
  text = g_string_new (saved);
  needs = lian_registry_get_needs (registry);
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(LianRecord) need = g_list_model_get_item (needs, i);

      g_string_append_printf (text, " %s@%" G_GUINT64_FORMAT, lian_record_get_id (need),
                              lian_record_get_revision (need));
    }
  return g_string_free (text, FALSE);
}

/* A store of more than a megabyte: its document is read in a thread of
 * its own while its records are added, with the same registry, the same
 * revisions and the same error as in one thread. */
static void
test_pg_large_store_opens_alike_in_two_threads (void)
{
  g_autofree char *uri = new_store ("postgresql", NULL, TRUE);
  g_autoptr(JsonNode) doc = lian_test_sample_copies (70);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(LianRegistry) copies = lian_registry_new ();
  g_autoptr(LianStore) store = lian_store_open (uri, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *one = NULL;
  g_autofree char *piped = NULL;

  json_generator_set_root (generator, doc);
  text = json_generator_to_data (generator, NULL);
  CU_ASSERT_TRUE (strlen (text) > 1024 * 1024);
  lian_registry_set_max_document_size (copies, 0);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (copies, text, -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE_FATAL (lian_store_save (store, copies, &error));
  lian_store_close (store);
  g_free (pg_value (uri, "UPDATE records SET revision = 4 WHERE id = 'need-001-35'"));
  one = open_copies (uri, TRUE);
  piped = open_copies (uri, FALSE);
  CU_ASSERT_STRING_EQUAL (piped, one);
  CU_ASSERT_PTR_NOT_NULL (strstr (piped, " need-001-35@4 "));

  g_free (pg_value (uri, "UPDATE needs SET enterprise_id = 'no-such-firm' WHERE id = 'need-002-40'"));
  g_free (one);
  g_free (piped);
  one = open_copies (uri, TRUE);
  piped = open_copies (uri, FALSE);
  CU_ASSERT_STRING_EQUAL (piped, one);
  CU_ASSERT_PTR_NOT_NULL (strstr (piped, "no-such-firm"));
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/store-pg/large-store-opens-alike-in-two-threads", test_pg_large_store_opens_alike_in_two_threads },
    { "/lian/store-pg/round-trip-gives-the-same-document", test_pg_round_trip_gives_the_same_document },
    { "/lian/store-pg/commit-writes-the-change-and-logs-it", test_pg_commit_writes_the_change_and_logs_it },
    { "/lian/store-pg/conflict-is-refused-and-named", test_pg_conflict_is_refused_and_named },
    { "/lian/store-pg/batch-is-all-or-nothing", test_pg_batch_is_all_or_nothing },
    { "/lian/store-pg/history-lists-the-changes", test_pg_history_lists_the_changes },
    { "/lian/store-pg/restart-reconnects-and-loses-nothing", test_pg_restart_reconnects_and_loses_nothing },
    { "/lian/store-pg/killed-connection-reconnects", test_pg_killed_connection_reconnects },
    { "/lian/store-pg/stopped-server-reports-what-failed", test_pg_stopped_server_reports_what_failed },
    { "/lian/store-pg/statement-timeout-leaves-nothing-half-applied", test_pg_statement_timeout_leaves_nothing_half_applied },
    { "/lian/store-pg/notification-wakes-the-other-store", test_pg_notification_wakes_the_other_store },
    { "/lian/store-pg/open-refuses-a-foreign-database", test_pg_open_refuses_a_foreign_database },
    { "/lian/store-pg/keeps-the-order-of-unknown-members", test_pg_keeps_the_order_of_unknown_members },
    { "/lian/store-pg/opens-a-document-table-without-position", test_pg_opens_a_document_table_without_position },
    { NULL, NULL }
  };

  if (g_getenv ("LIAN_TEST_PG_URI") == NULL)
    {
      g_printerr ("LIAN_TEST_PG_URI is not set: run through tests/pg/with-cluster.sh\n");
      return 77;
    }
  return lian_test_run ("store-pg", tests);
}
