/* lian-dup-commands.c: duplicates and merge
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * `lian duplicates FILE` is the review queue: the pairs of enterprises (or
 * needs) that may be one, each with its reasons. `lian duplicates FILE
 * decide A B same|different` records a person's decision; `lian merge FILE
 * KEEP GONE` merges two enterprises. Both save the register.
 */
#include "lian-tool.h"

static const char *
band_label (LianDuplicateBand band)
{
  switch (band)
    {
    /* TRANSLATORS: how sure lian is that two records are one */
    case LIAN_DUPLICATE_BAND_CERTAIN: return _("certain");
    case LIAN_DUPLICATE_BAND_LIKELY: return _("likely");
    case LIAN_DUPLICATE_BAND_UNLIKELY:
    default: return _("unlikely");
    }
}

/* A band by its nick or its label in lian's language. */
static gboolean
parse_band (const char *text,
            int        *band)
{
  for (int b = LIAN_DUPLICATE_BAND_UNLIKELY; b <= LIAN_DUPLICATE_BAND_CERTAIN; b++)
    if (g_ascii_strcasecmp (text, lian_enum_to_nick (LIAN_TYPE_DUPLICATE_BAND, b)) == 0 ||
        g_str_equal (text, band_label (b)))
      {
        *band = b;
        return TRUE;
      }
  return FALSE;
}

static const char *
name_of (LianRegistry *registry,
         const char   *id)
{
  LianRecord *record = lian_registry_lookup (registry, id);
  const char *name = NULL;

  if (LIAN_IS_NEED (record))
    name = lian_need_get_title (LIAN_NEED (record));
  else if (record)
    name = lian_record_get_name (record);
  return name ? name : "";
}

static void
add_pair_json (JsonBuilder   *b,
               LianRegistry  *registry,
               LianDuplicate *pair)
{
  const char * const *reasons = lian_duplicate_get_reasons (pair);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "band");
  json_builder_add_string_value (b, lian_enum_to_nick (LIAN_TYPE_DUPLICATE_BAND,
                                                       lian_duplicate_get_band (pair)));
  json_builder_set_member_name (b, "score");
  json_builder_add_double_value (b, lian_duplicate_get_score (pair));
  json_builder_set_member_name (b, "first");
  json_builder_add_string_value (b, lian_duplicate_get_first_id (pair));
  json_builder_set_member_name (b, "first_name");
  json_builder_add_string_value (b, name_of (registry, lian_duplicate_get_first_id (pair)));
  json_builder_set_member_name (b, "second");
  json_builder_add_string_value (b, lian_duplicate_get_second_id (pair));
  json_builder_set_member_name (b, "second_name");
  json_builder_add_string_value (b, name_of (registry, lian_duplicate_get_second_id (pair)));
  json_builder_set_member_name (b, "reasons");
  json_builder_begin_array (b);
  for (guint i = 0; reasons[i]; i++)
    json_builder_add_string_value (b, reasons[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
print_pairs_json (LianRegistry *registry,
                  GListModel   *pairs)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(LianDuplicate) pair = g_list_model_get_item (pairs, i);
      add_pair_json (b, registry, pair);
    }
  json_builder_end_array (b);
  root = json_builder_get_root (b);
  tool_print_json (root);
}

static void
print_pairs (LianRegistry *registry,
             GListModel   *pairs)
{
  guint n = g_list_model_get_n_items (pairs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianDuplicate) pair = g_list_model_get_item (pairs, i);
      g_autofree char *reasons = g_strjoinv (_("; "), (char **) lian_duplicate_get_reasons (pair));
      const char *a = lian_duplicate_get_first_id (pair), *b = lian_duplicate_get_second_id (pair);

      /* TRANSLATORS: a band (likely), then two records, each an id and a name */
      g_print (_("%s  %s %s  ~  %s %s\n"), band_label (lian_duplicate_get_band (pair)),
               a, name_of (registry, a), b, name_of (registry, b));
      g_print ("    %s\n", reasons);
    }
  /* TRANSLATORS: how many pairs of records may be one */
  g_print (_("pairs to review: %u\n"), n);
}

static int
decide (LianRegistry *registry,
        const char   *path,
        char        **args)
{
  g_autoptr(GError) error = NULL;
  gboolean same = g_str_equal (args[2], "same");

  if (!same && !g_str_equal (args[2], "different"))
    return tool_usage_error ("duplicates", _("the decision is \"same\" or \"different\", not \"%s\""),
                             args[2]);
  if (!lian_registry_decide_duplicate (registry, args[0], args[1], same, &error))
    {
      g_printerr (_("%s: %s\n"), path, error->message);
      return EXIT_DATA;
    }
  if (!tool_save (registry, path))
    return EXIT_DATA;
  if (same)
    g_print (_("%s merged into %s\n"), args[1], args[0]);
  else
    g_print (_("%s and %s are two enterprises; the pair is not offered again\n"), args[0], args[1]);
  return EXIT_OK;
}

/* `lian duplicates FILE [decide A B same|different]` */
int
cmd_duplicates (int    argc,
                char **argv)
{
  g_autofree char *band = NULL;
  gboolean json = FALSE, needs = FALSE;
  const GOptionEntry entries[] = {
    { "band", 0, 0, G_OPTION_ARG_STRING, &band, N_("The least sure band to list: certain, likely or unlikely (default: likely)"), "BAND" },
    { "needs", 0, 0, G_OPTION_ARG_NONE, &needs, N_("Needs entered twice instead of enterprises"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the pairs as JSON"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GListModel) pairs = NULL;
  g_autoptr(GError) error = NULL;
  int min_band = LIAN_DUPLICATE_BAND_LIKELY;

  if (!tool_parse_options ("duplicates", "FILE [decide A B same|different]",
                           N_("List the pairs of enterprises that may be one, with their reasons; "
                              "or record a decision on a pair (same merges them) and save."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2 && !(argc == 6 && g_str_equal (argv[2], "decide")))
    return tool_usage_error ("duplicates", _("expected FILE, or FILE decide A B same|different"));
  if (band && !parse_band (band, &min_band))
    return tool_usage_error ("duplicates", _("--band is certain, likely or unlikely, not \"%s\""),
                             band);
  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  if (argc == 6)
    return decide (registry, argv[1], argv + 3);
  pairs = lian_registry_find_duplicates (registry, needs ? LIAN_RECORD_KIND_NEED
                                                         : LIAN_RECORD_KIND_ENTERPRISE,
                                         min_band, &error);
  if (json)
    print_pairs_json (registry, pairs);
  else
    print_pairs (registry, pairs);
  return EXIT_OK;
}

/* `lian merge FILE KEEP GONE` */
int
cmd_merge (int    argc,
           char **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;

  if (!tool_parse_options ("merge", "FILE KEEP GONE",
                           N_("Merge the enterprise GONE into KEEP: every reference moves to KEEP, "
                              "GONE stays as an alias of KEEP; save."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 4)
    return tool_usage_error ("merge", _("expected FILE, the id to keep and the id to merge into it"));
  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  if (!lian_registry_merge_enterprises (registry, argv[2], argv[3], &error))
    {
      g_printerr (_("%s: %s\n"), argv[1], error->message);
      return EXIT_DATA;
    }
  if (!tool_save (registry, argv[1]))
    return EXIT_DATA;
  g_print (_("%s merged into %s\n"), argv[3], argv[2]);
  return EXIT_OK;
}
