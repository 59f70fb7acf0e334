/* lian-json-pull-private.h: lian's own streaming JSON reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "lian-json-window-private.h"

G_BEGIN_DECLS

typedef enum {
  LIAN_TOKEN_END,
  LIAN_TOKEN_BEGIN_OBJECT,
  LIAN_TOKEN_END_OBJECT,
  LIAN_TOKEN_BEGIN_ARRAY,
  LIAN_TOKEN_END_ARRAY,
  LIAN_TOKEN_COLON,
  LIAN_TOKEN_COMMA,
  LIAN_TOKEN_STRING,
  LIAN_TOKEN_INT,
  LIAN_TOKEN_DOUBLE,
  LIAN_TOKEN_TRUE,
  LIAN_TOKEN_FALSE,
  LIAN_TOKEN_NULL,
} LianToken;

/* A pull tokenizer over a whole document in memory, or over a stream read
 * a window at a time. It checks what a tree parser would not: UTF-8,
 * nesting depth, string length and 64-bit integers; every error gives the
 * line and column. */
typedef struct _LianJsonPull LianJsonPull;
struct _LianJsonPull
{
  const char *data;        /* the text, or what the window still holds of it */
  const char *end;
  const char *p;
  guint64     dropped;     /* bytes of text the window no longer holds */
  guint       line;
  const char *line_start;
  guint       line_column; /* characters of the line before line_start */
  guint       depth;
  guint64     objects;     /* bit i: the container at depth i + 1 is an object */
  gboolean    failed;      /* a token was refused */
  LianJsonWindow *window;  /* NULL: a document in memory */

  /* The current token, and the two before it */
  LianToken   token;
  LianToken   prev;
  LianToken   prev2;
  const char *token_start;
  GString    *string;      /* a STRING token, unescaped */
  gint64      int_value;
  double      double_value;
};

void      lian_json_pull_init     (LianJsonPull  *pull,
                                   const char    *data,
                                   gsize          length);
/* Reads @stream a window at a time, refusing it once it passes @limit
 * bytes (0: no limit); a byte-order mark is skipped. The window is
 * $LIAN_TEST_READ_WINDOW bytes when set (for the tests), else a megabyte. */
void      lian_json_pull_init_stream (LianJsonPull *pull,
                                      GInputStream *stream,
                                      guint64       limit,
                                      GCancellable *cancellable);
void      lian_json_pull_clear    (LianJsonPull  *pull);
gboolean  lian_json_pull_validate (LianJsonPull  *pull,
                                   GError       **error);
/* After a stream's last token: reads the rest of it, and refuses the
 * document if reading failed or passed the limit, or if the stream is not
 * UTF-8 text (each at the place a whole read would find). TRUE in memory. */
gboolean  lian_json_pull_finish   (LianJsonPull  *pull,
                                   GError       **error);
gboolean  lian_json_pull_next     (LianJsonPull  *pull,
                                   GError       **error);
gboolean  lian_json_pull_expect   (LianJsonPull  *pull,
                                   LianToken      token,
                                   const char    *what,
                                   GError       **error);
/* Where a value sits in a document ("$.needs[3].history[1]"), written out
 * only when a message needs it. A place with a member is PARENT.MEMBER, or
 * PARENT.MEMBER[INDEX] when indexed; one without is PARENT[INDEX]. */
typedef struct _LianPlace LianPlace;
struct _LianPlace
{
  LianPlace  *parent;    /* NULL: the document itself, "$" */
  const char *member;
  guint       index;
  gboolean    indexed;
  char       *text;      /* the path, once asked for */
};

/* The path of @place; "$" for NULL. */
const char *lian_place_path       (LianPlace     *place);
void        lian_place_clear      (LianPlace     *place);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LianPlace, lian_place_clear)

/* Reads the value starting at the current token into a node; @place is
 * the value's, for the messages (NULL: the document). An object that
 * holds a member name twice is refused. */
JsonNode *lian_json_pull_node     (LianJsonPull  *pull,
                                   LianPlace     *place,
                                   GError       **error);
/* "'{'", "a string", "the end of the document" */
const char *lian_json_pull_token_name (LianToken token);
/* Refuses the member @name of the object at @object (NULL: the
 * document), met a second time: the current token is its name. */
gboolean  lian_json_pull_duplicate (LianJsonPull  *pull,
                                    LianPlace     *object,
                                    const char    *name,
                                    GError       **error);
/* Between two items of an array (of an object if @object): refuses
 * anything but the ',' there, and moves to the token after it. */
gboolean  lian_json_pull_next_item (LianJsonPull  *pull,
                                    gboolean       object,
                                    GError       **error);
/* Sets a syntax error at the current token. */
gboolean  lian_json_pull_error    (LianJsonPull  *pull,
                                   GError       **error,
                                   const char    *format,
                                   ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
