/* lian-data-commands.c: validate, generate, need
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <unistd.h>

#include "lian-tool.h"

/* What one unit of --scale of jiangsu-2023 makes, as measured: records,
 * bytes of JSON, bytes of memory while generating and saving. */
#define RECORDS_PER_SCALE 52900.0
#define BYTES_PER_SCALE 20.8e6
#define MEMORY_PER_SCALE 67e6
#define GENERATE_WARN_SCALE 10
#define GENERATE_MAX_SCALE 1000

static void
warn_scale (int scale)
{
  long pages = sysconf (_SC_PHYS_PAGES), page_size = sysconf (_SC_PAGESIZE);
  double memory = scale * MEMORY_PER_SCALE;

  g_printerr ("lian generate: --scale %d makes about %.1f million records, a document of about "
              "%.1f GB, and needs about %.1f GB of memory", scale,
              scale * RECORDS_PER_SCALE / 1e6, scale * BYTES_PER_SCALE / 1e9, memory / 1e9);
  if (pages > 0 && page_size > 0)
    g_printerr ("%s (this machine has %.1f GB)",
                memory > (double) pages * page_size ? ", more than there is" : "",
                (double) pages * page_size / 1e9);
  g_printerr ("\n");
}

int
cmd_generate (int    argc,
              char **argv)
{
  g_autofree char *profile = NULL;
  g_autofree char *output = NULL;
  int scale = 1, seed = 2023;
  const GOptionEntry entries[] = {
    { "profile", 'p', 0, G_OPTION_ARG_STRING, &profile, "The profile (jiangsu-2023)", "NAME" },
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale, "Multiply every count by K (default 1, at most 1000)", "K" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "The seed of everything not published (default 2023)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The file to write", "FILE" },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;

  if (!tool_parse_options ("generate", NULL,
                           "Write a synthetic lian document whose figures are a profile's.",
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 1)
    return tool_usage_error ("generate", "unexpected argument '%s'", argv[1]);
  if (profile == NULL || output == NULL)
    return tool_usage_error ("generate", "--profile and -o are required");
  if (scale < 1 || scale > GENERATE_MAX_SCALE)
    return tool_usage_error ("generate", "--scale must be between 1 and %d (%d makes about "
                             "%.0f million records)", GENERATE_MAX_SCALE, GENERATE_MAX_SCALE,
                             GENERATE_MAX_SCALE * RECORDS_PER_SCALE / 1e6);
  if (scale > GENERATE_WARN_SCALE)
    warn_scale (scale);

  registry = tool_generate (profile, scale, (guint32) seed, &error);
  if (registry == NULL)
    {
      if (g_error_matches (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE))
        return tool_usage_error ("generate", "%s", error->message);
      g_printerr ("lian generate: %s\n", error->message);
      return EXIT_DATA;
    }
  return tool_save (registry, output) ? EXIT_OK : EXIT_DATA;
}

int
cmd_need (int    argc,
          char **argv)
{
  g_autofree char *to = NULL, *actor = NULL, *note = NULL;
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "The new status (accepted, in-progress, resolved, closed)", "STATUS" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &actor, "Who moves it (an organisation id)", "ACTOR" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, "A note for the history", "TEXT" },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  LianNeed *need;
  int status;

  if (!tool_parse_options ("need", "FILE ID", "Move a need to another status and save the file.",
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 3)
    return tool_usage_error ("need", "expected FILE and a need ID");
  if (to == NULL || actor == NULL)
    return tool_usage_error ("need", "--to and --by are required");
  if (!lian_enum_from_nick (LIAN_TYPE_NEED_STATUS, to, &status, &error))
    return tool_usage_error ("need", "%s", error->message);

  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  need = lian_registry_lookup_need (registry, argv[2]);
  if (need == NULL)
    {
      g_printerr ("%s: no need has the id \"%s\"\n", argv[1], argv[2]);
      return EXIT_DATA;
    }
  if (!lian_need_transition (need, status, actor, note, NULL, &error))
    {
      g_printerr ("%s: %s: %s\n", argv[1], argv[2], error->message);
      return EXIT_DATA;
    }
  if (!tool_save (registry, argv[1]))
    return EXIT_DATA;
  g_print ("%s: %s\n", argv[2], to);
  return EXIT_OK;
}
