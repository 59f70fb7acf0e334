/* lian-store-commands.c: convert
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "lian-tool.h"

/* `lian convert FROM TO`: the register of FROM, a JSON document or a
 * store, written to TO, the other kind or the same; TO is replaced. */
int
cmd_convert (int    argc,
             char **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(LianRegistry) registry = NULL;

  if (!tool_parse_options ("convert", "FROM TO",
                           N_("Copy a register between a JSON document (FILE.json) and a SQLite "
                              "store (FILE.db or sqlite:FILE); TO is replaced."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 3)
    return tool_usage_error ("convert", _("expected FROM and TO"));
  if (g_str_equal (argv[1], argv[2]))
    return tool_usage_error ("convert", _("FROM and TO are the same file"));

  /* Working as a person, what they may read. */
  registry = tool_load_visible (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  if (!tool_save (registry, argv[2]))
    return EXIT_DATA;
  /* TRANSLATORS: a count of records, and the file they were written to */
  g_print (_("%u records written to %s\n"), lian_registry_get_n_records (registry), argv[2]);
  return EXIT_OK;
}
