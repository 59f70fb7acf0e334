/* lian-tool.h: what the subcommands of `lian` share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <lian/lian.h>

/* Exit statuses of every subcommand. */
enum {
  EXIT_OK = 0,
  EXIT_DATA = 1,    /* the data has problems */
  EXIT_USAGE = 2,   /* the command line is wrong */
};

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} LianCommand;

/* Parses @argv with @entries for the subcommand @name; on a usage error
 * prints it with a hint and returns FALSE. */
gboolean      tool_parse_options   (const char          *name,
                                    const char          *parameters,
                                    const char          *summary,
                                    const GOptionEntry  *entries,
                                    int                 *argc,
                                    char              ***argv);
int           tool_usage_error     (const char          *name,
                                    const char          *format,
                                    ...) G_GNUC_PRINTF (2, 3);

/* Prints @error about the file @path on standard error, naming the file
 * once: as "path: message", or the message alone when it names the file. */
void          tool_print_error     (const char          *path,
                                    const GError        *error);
/* Loads @path, showing progress on a terminal; prints the error and
 * returns NULL on failure. */
LianRegistry *tool_load            (const char          *path);
gboolean      tool_save            (LianRegistry        *registry,
                                    const char          *path);
/* Generates a profile in a worker, showing progress on a terminal. */
LianRegistry *tool_generate        (const char          *profile,
                                    guint                scale,
                                    guint32              seed,
                                    GError             **error);
/* Prints @node as indented JSON on standard output. */
void          tool_print_json      (JsonNode            *node);

int           cmd_validate         (int argc, char **argv);
int           cmd_generate         (int argc, char **argv);
int           cmd_need             (int argc, char **argv);
int           cmd_match            (int argc, char **argv);
int           cmd_stats            (int argc, char **argv);
int           cmd_book             (int argc, char **argv);
int           cmd_form             (int argc, char **argv);
int           cmd_dashboard        (int argc, char **argv);
int           cmd_import           (int argc, char **argv);
int           cmd_export           (int argc, char **argv);
