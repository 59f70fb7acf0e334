/* lian-docking-commands.c: `lian posts` and `lian response`, demand posts
 * and the suppliers' responses (同享同行: orders and capacity shared along a
 * chain)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "lian-tool.h"

static GPtrArray *
new_table (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static void
add_row (GPtrArray *rows,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;
  const char *cell;

  va_start (args, rows);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, cell);
  va_end (args);
  g_ptr_array_add (rows, g_strv_builder_end (builder));
}

static int
list_posts (LianRegistry *registry)
{
  g_autoptr(GListModel) posts = lian_registry_get_records (registry, LIAN_RECORD_KIND_POST);
  g_autoptr(GPtrArray) rows = new_table ();

  add_row (rows, _("id"), _("publisher"), _("product"), _("industry"), _("status"),
           _("deliver by"), _("quantity"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(LianDemandPost) post = g_list_model_get_item (posts, i);
      g_autofree char *quantity = g_strdup_printf ("%u", lian_demand_post_get_quantity (post));
      const char *code = lian_demand_post_get_industry_code (post);

      add_row (rows, lian_record_get_id (LIAN_RECORD (post)),
               lian_demand_post_get_enterprise_id (post), lian_demand_post_get_product (post),
               code ? code : "",
               tool_enum_label (LIAN_TYPE_POST_STATUS, lian_demand_post_get_status (post)),
               lian_demand_post_get_delivery_until (post), quantity, NULL);
    }
  tool_print_table (rows, 6);
  return EXIT_OK;
}

static int
print_matches (LianRegistry *registry,
               const char   *path,
               const char   *post_id,
               guint         top,
               gboolean      json)
{
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  matches = lian_matcher_match_post (matcher, post_id, top, &error);
  if (matches == NULL)
    {
      g_printerr (_("%s: %s\n"), path, error->message);
      return EXIT_DATA;
    }
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(LianSupplierMatch) m = g_list_model_get_item (matches, i);
      const char * const *reasons = lian_supplier_match_get_reasons (m);
      LianEnterprise *firm = lian_registry_lookup_enterprise (registry,
                                                              lian_supplier_match_get_enterprise_id (m));

      if (!json)
        {
          g_autofree char *joined = g_strjoinv (_("; "), (char **) reasons);
          g_print ("%s  %s  %.0f  %s\n", lian_supplier_match_get_enterprise_id (m),
                   firm ? lian_record_get_name (LIAN_RECORD (firm)) : "",
                   lian_supplier_match_get_score (m), joined);
          continue;
        }
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "enterprise_id");
      json_builder_add_string_value (builder, lian_supplier_match_get_enterprise_id (m));
      json_builder_set_member_name (builder, "capability_id");
      json_builder_add_string_value (builder, lian_supplier_match_get_capability_id (m));
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, lian_supplier_match_get_score (m));
      json_builder_set_member_name (builder, "reasons");
      json_builder_begin_array (builder);
      for (guint r = 0; reasons[r]; r++)
        json_builder_add_string_value (builder, reasons[r]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      tool_print_json (root);
    }
  else if (g_list_model_get_n_items (matches) == 0)
    g_print (_("%s: no supplier can serve it: a gap\n"), post_id);
  return EXIT_OK;
}

static int
print_gaps (LianRegistry *registry,
            gboolean      json)
{
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(GListModel) gaps = lian_matcher_find_post_gaps (matcher);
  g_autoptr(GPtrArray) rows = new_table ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  add_row (rows, _("id"), _("publisher"), _("product"), _("industry"), _("region"), NULL);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr(LianDemandPost) post = g_list_model_get_item (gaps, i);
      LianEnterprise *firm = lian_registry_lookup_enterprise (registry,
                                                              lian_demand_post_get_enterprise_id (post));
      const char *region = firm ? lian_enterprise_get_region (firm) : NULL;
      const char *code = lian_demand_post_get_industry_code (post);
      const char *name = NULL;

      if (code)
        lian_industry_code_lookup (code, &name, NULL, NULL);
      json_builder_add_string_value (builder, lian_record_get_id (LIAN_RECORD (post)));
      {
        g_autofree char *industry = name ? g_strdup_printf ("%s %s", code, name) : g_strdup (code ? code : "");
        const char *region_name = region ? lian_adcode_get_name (region) : NULL;
        add_row (rows, lian_record_get_id (LIAN_RECORD (post)), lian_demand_post_get_enterprise_id (post),
                 lian_demand_post_get_product (post), industry,
                 region_name ? region_name : (region ? region : ""), NULL);
      }
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      tool_print_json (root);
      return EXIT_OK;
    }
  if (g_list_model_get_n_items (gaps) == 0)
    {
      g_print ("%s\n", _("Every open post has a supplier that can serve it."));
      return EXIT_OK;
    }
  tool_print_table (rows, 5);
  return EXIT_OK;
}

int
cmd_posts (int    argc,
           char **argv)
{
  g_autofree char *match = NULL;
  gboolean gaps = FALSE, json = FALSE;
  int top = 5;
  const GOptionEntry entries[] = {
    { "match", 0, 0, G_OPTION_ARG_STRING, &match, N_("Propose suppliers for this post, best first, with the reasons"), "ID" },
    { "top", 0, 0, G_OPTION_ARG_INT, &top, N_("How many suppliers (default 5)"), "N" },
    { "gaps", 0, 0, G_OPTION_ARG_NONE, &gaps, N_("Print the open posts no supplier can serve (leads for investment promotion)"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;

  if (!tool_parse_options ("posts", "FILE",
                           N_("List the demand posts of leader enterprises (同享同行); propose "
                           "suppliers for one, or print the posts nobody can serve."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("posts", _("expected one FILE"));
  if (top < 1)
    return tool_usage_error ("posts", _("--top must be at least 1"));
  if (match && gaps)
    return tool_usage_error ("posts", _("--match and --gaps do not go together"));
  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  if (match)
    return print_matches (registry, argv[1], match, top, json);
  if (gaps)
    return print_gaps (registry, json);
  return list_posts (registry);
}

int
cmd_response (int    argc,
              char **argv)
{
  g_autofree char *to = NULL, *date = NULL;
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The new status, by its label or nick: submitted, shortlisted, awarded, declined (入围…)"), "STATUS" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day of the move (default: today)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  LianRecord *response;
  const char * const *moves;
  int status = 0;

  if (!tool_parse_options ("response", "FILE ID",
                           N_("Move a supplier's response to a post to another status and save "
                           "the file; or print its moves."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 3)
    return tool_usage_error ("response", _("expected FILE and a response ID"));
  if (date && to == NULL)
    return tool_usage_error ("response", _("--date goes with --to"));
  if (to && !tool_enum_option ("response", "--to", LIAN_TYPE_RESPONSE_STATUS, to, &status))
    return EXIT_USAGE;
  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  response = lian_registry_lookup (registry, argv[2]);
  if (response == NULL || !LIAN_IS_RESPONSE (response))
    {
      g_printerr (_("%s: no response has the id \"%s\"\n"), argv[1], argv[2]);
      return EXIT_DATA;
    }
  if (to)
    {
      if (!lian_registry_move_response (registry, argv[2], status, date, &error))
        {
          g_printerr (_("%s: %s\n"), argv[1], error->message);
          return EXIT_DATA;
        }
      if (!tool_save (registry, argv[1]))
        return EXIT_DATA;
    }
  moves = lian_response_get_moves (LIAN_RESPONSE (response));
  for (guint i = 0; moves[i]; i++)
    g_print ("%s\n", moves[i]);
  return EXIT_OK;
}
