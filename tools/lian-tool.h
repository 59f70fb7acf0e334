/* lian-tool.h: what the subcommands of `lian` share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <lian/lian.h>

/* The command's own words, in lian's language (the locale's, or the one
 * --lang chose): written in English inside _(), N_() for constants
 * translated with _() where they are used. */
#define _(String) tool_gettext (String)
#define N_(String) (String)

const char   *tool_gettext         (const char          *msgid) G_GNUC_FORMAT (1);

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
/* The same, for a command that only reads: working as a person whose scope
 * is limited, the records they may read (lian_registry_dup_visible()). */
LianRegistry *tool_load_visible    (const char          *path);
/* The id of the person the command works as (--as, $LIAN_AS), or NULL. */
const char   *tool_person          (void);
/* `lian need --by ID`: in a register with people, works as that person
 * when --as did not say. */
void          tool_set_person_by   (const char          *id);
gboolean      tool_save            (LianRegistry        *registry,
                                    const char          *path);
/* Whether @path names a SQLite store (sqlite:PATH, *.db, *.sqlite) rather
 * than a JSON document. tool_load() opens a store into a registry that
 * commits each change as it is made; tool_save() to the registry's own
 * store then has nothing left to write. */
gboolean      tool_is_store        (const char          *path);
/* Generates a profile in a worker, showing progress on a terminal. */
LianRegistry *tool_generate        (const char          *profile,
                                    guint                scale,
                                    guint32              seed,
                                    GError             **error);
/* Appends @text to @line and pads it with spaces to @width terminal columns
 * (a Chinese character takes two), on the left when @right is TRUE. */
void          tool_pad             (GString             *line,
                                    const char          *text,
                                    guint                width,
                                    gboolean             right);
/* A table printed with its columns aligned by display width: the first
 * row is the header; columns after @n_left are numbers, aligned right. */
void          tool_print_table     (GPtrArray           *rows,
                                    guint                n_left);
/* The label of an enum value in lian's language, never "" (an unrated
 * tier is "unrated"). */
const char   *tool_enum_label      (GType                type,
                                    int                  value);
/* Reads an enum value given as a label (Chinese or English) or a nick,
 * for the option @option; prints a usage error and returns FALSE. */
gboolean      tool_enum_option     (const char          *name,
                                    const char          *option,
                                    GType                type,
                                    const char          *text,
                                    int                 *value);
/* Chooses the language of @name's --lang; prints a usage error and returns
 * FALSE for one lian does not speak. */
gboolean      tool_set_language    (const char          *name,
                                    const char          *language);
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
int           cmd_convert          (int argc, char **argv);
int           cmd_history          (int argc, char **argv);
int           cmd_log              (int argc, char **argv);
int           cmd_posts            (int argc, char **argv);
int           cmd_response         (int argc, char **argv);
int           cmd_duplicates       (int argc, char **argv);
int           cmd_merge            (int argc, char **argv);
int           cmd_queue            (int argc, char **argv);
