/* lian-summary-csv.c: summaries and roll-ups as CSV, one row each
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-csv-guard-private.h"
#include "lian-summary-private.h"

/* The columns that hold a caller's text (a region's or a chain's name):
 * key, label, scope, first once move_key_first() has run. */
#define N_TEXT_COLUMNS 3

/* A field as RFC 4180 writes it: quoted when it holds a comma, a quote, a
 * line break or leading or trailing space, quotes doubled. A caller's
 * text that a spreadsheet would run as a formula (=cmd|…) is written as
 * ="…", the text it is, as the CSV export writes it; figures, dates and
 * the header are written as they are. */
static void
append_field (GString    *out,
              const char *text,
              gboolean    caller_text)
{
  guint apostrophes;

  lian_csv_append_field (out, text,
                         caller_text && lian_csv_starts_formula (text, &apostrophes));
}

static char *
value_text (JsonNode *node)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    default:
      return g_strdup (json_node_get_string (node));
    }
}

/* Walks @node in the order of its members, adding to @names the dotted
 * path of each value (its column) and to @values its text. An array of
 * strings is one value, its items joined by spaces. */
static void
flatten (JsonNode   *node,
         const char *path,
         GPtrArray  *names,
         GPtrArray  *values)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *child;

      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &member, &child))
        {
          g_autofree char *sub = path ? g_strconcat (path, ".", member, NULL) : g_strdup (member);
          flatten (child, sub, names, values);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_string_append_printf (joined, "%s%s", i ? " " : "",
                                json_array_get_string_element (array, i));
      g_ptr_array_add (names, g_strdup (path));
      g_ptr_array_add (values, g_strdup (joined->str));
    }
  else
    {
      g_ptr_array_add (names, g_strdup (path));
      g_ptr_array_add (values, value_text (node));
    }
}

/* The columns of @self and their values; `key` and `label` are always
 * there, empty outside a roll-up. */
static void
columns (LianSummary *self,
         GPtrArray   *names,
         GPtrArray   *values)
{
  g_autoptr(JsonNode) root = lian_summary_to_json (self);
  JsonObject *object = json_node_get_object (root);

  if (!json_object_has_member (object, "key"))
    {
      g_ptr_array_add (names, g_strdup ("key"));
      g_ptr_array_add (values, g_strdup (""));
      g_ptr_array_add (names, g_strdup ("label"));
      g_ptr_array_add (values, g_strdup (""));
    }
  flatten (root, NULL, names, values);
}

static void
append_row (GString   *out,
            GPtrArray *fields,
            gboolean   header)
{
  for (guint i = 0; i < fields->len; i++)
    {
      if (i)
        g_string_append_c (out, ',');
      append_field (out, g_ptr_array_index (fields, i), !header && i < N_TEXT_COLUMNS);
    }
  g_string_append (out, "\r\n");
}

static void
move_key_first (GPtrArray *names,
                GPtrArray *values)
{
  /* key, label, scope, as_of: the same order whether or not the summary
   * is a roll-up's. */
  const char *order[] = { "key", "label", "scope", "as_of" };

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    for (guint i = o; i < names->len; i++)
      if (g_str_equal (g_ptr_array_index (names, i), order[o]))
        {
          gpointer n = names->pdata[i], v = values->pdata[i];

          memmove (&names->pdata[o + 1], &names->pdata[o], (i - o) * sizeof (gpointer));
          memmove (&values->pdata[o + 1], &values->pdata[o], (i - o) * sizeof (gpointer));
          names->pdata[o] = n;
          values->pdata[o] = v;
          break;
        }
}

/**
 * lian_summary_list_to_csv:
 * @summaries: a list of [class@Lian.Summary], such as a roll-up
 *
 * Writes the summaries as CSV (RFC 4180: comma-separated, fields quoted
 * when they must be, lines ended by CRLF, UTF-8 without a byte order mark):
 * a header, then one row per summary, in the order of the list.
 *
 * The columns are `key`, `label`, `scope`, `as_of` (empty when a summary
 * has none), then every figure of [method@Lian.Summary.to_json], named by
 * its dotted path (`enterprises.organization_coverage.rate`,
 * `needs.by_status.in-progress`), in the order of that document. A figure
 * that is `null` there is empty here; `saturated` lists the saturated sums
 * separated by spaces. The columns are the same for every summary, so a
 * roll-up by region, chain or period loads into a spreadsheet as one
 * table.
 *
 * ```python
 * months = Lian.Summary.rollup_periods(reg, None, Lian.Period.MONTH, None)
 * open('months.csv', 'w').write(Lian.Summary.list_to_csv(months))
 * ```
 *
 * Returns: (transfer full): the CSV text; only the header for an empty list
 */
char *
lian_summary_list_to_csv (GListModel *summaries)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (summaries), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (summaries), LIAN_TYPE_SUMMARY),
                        NULL);

  n = g_list_model_get_n_items (summaries);
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(LianSummary) summary = NULL;

      /* The header comes from an empty summary: the columns never depend
       * on the data. */
      if (i == 0)
        summary = lian_summary_new_empty (NULL, NULL, NULL, NULL);
      else
        summary = g_list_model_get_item (summaries, i - 1);
      columns (summary, names, values);
      move_key_first (names, values);
      if (i == 0)
        append_row (out, names, TRUE);
      else
        append_row (out, values, FALSE);
    }
  return g_strdup (out->str);
}

/**
 * lian_summary_to_csv:
 * @self: a summary
 *
 * Writes the summary as CSV: a header and one row, as
 * [func@Lian.Summary.list_to_csv] writes a list of one.
 *
 * Returns: (transfer full): the CSV text
 */
char *
lian_summary_to_csv (LianSummary *self)
{
  g_autoptr(GListStore) one = NULL;

  g_return_val_if_fail (LIAN_IS_SUMMARY (self), NULL);

  one = g_list_store_new (LIAN_TYPE_SUMMARY);
  g_list_store_append (one, self);
  return lian_summary_list_to_csv (G_LIST_MODEL (one));
}
