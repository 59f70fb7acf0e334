/* lian-document-pipe.c: a large document read in one thread while its
 * records are added in the registry's
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A worker thread reads the document; every CHUNK records it hands the
 * new ones over, and the registry's thread enters, checks and files them
 * while the worker reads on (lian_registry_load_take()). The worker
 * touches only the document it reads (its tokenizer, builders, arena of
 * texts and records not yet handed over); the registry's thread touches
 * a record only once it was handed over, and the document itself only
 * once the worker is done. The hand-overs go through a pthread mutex,
 * which thread checkers follow. The result, or the error, is the one the
 * one-thread load gives: lian_registry_load_finish() sees to it.
 *
 * Whichever thread has time to spare does the work either may do. The
 * worker validates a record it read only while chunks wait for the
 * registry's thread (which validates those the worker did not): an
 * enterprise takes longer to read than to file, a need longer to file
 * than to read. And the registry's thread, when no chunk waits, makes the
 * empty records a document's reader fills: after each chunk it takes, a
 * chunk's worth of the kind last read, which the worker takes at its next
 * hand-over (those of a kind it no longer reads are freed at the end).
 */
#include "config.h"

#include <pthread.h>

#include "lian-document-private.h"
#include "lian-record-private.h"

/* How many records a hand-over holds. */
#define CHUNK LIAN_LOAD_CHUNK

/* A guess at the fewest bytes a record takes in a document, for the room
 * a load makes for its records at once. */
#define BYTES_PER_RECORD 256
/* No more than this many, whatever size a file claims. */
#define MAX_GUESS (4u << 20)

/* From how many bytes on a file is read in another thread. */
#define PIPE_FROM (1024 * 1024)

typedef struct
{
  pthread_mutex_t lock;
  pthread_cond_t  cond;
  GQueue          chunks;     /* GPtrArray of records handed over, not yet taken */
  gint            waiting;    /* how many: set under the lock, read by the
                               * worker without it */
  gboolean        done;       /* the worker is done */

  /* The worker's until it is done. */
  LianDocument   *doc;
  LianDocumentFill fill;
  gpointer        fill_data;
  guint           handed;     /* how many of doc's records went into chunks */
  gboolean        read;
  GError         *error;

  /* Empty records the registry's thread made for the worker: */
  GType           want;       /* the kind last read, set by the worker; or
                               * G_TYPE_INVALID if it takes none */
  GPtrArray      *spare;      /* made, not yet taken; or NULL */
  GPtrArray      *spent;      /* arrays of those of a kind no longer read */
} Pipe;

/* In the worker, under the lock: the records made for it become its
 * stock once it has used up those of their kind. */
static void
take_spare (Pipe *pipe)
{
  GPtrArray *stock = pipe->doc->stock;

  if (pipe->spare == NULL ||
      (stock && stock->len > 0 &&
       G_OBJECT_TYPE (stock->pdata[0]) == G_OBJECT_TYPE (pipe->spare->pdata[0])))
    return;
  if (stock && stock->len > 0)
    g_ptr_array_add (pipe->spent, stock);
  else if (stock)
    g_ptr_array_unref (stock);
  pipe->doc->stock = g_steal_pointer (&pipe->spare);
}

/* In the worker: the records read since the last hand-over. */
static void
hand_over (Pipe     *pipe,
           gboolean  done)
{
  GPtrArray *records = pipe->doc->records;
  GPtrArray *chunk = NULL;

  if (records->len > pipe->handed && (!done || pipe->read))
    {
      chunk = g_ptr_array_sized_new (records->len - pipe->handed);
      for (guint i = pipe->handed; i < records->len; i++)
        g_ptr_array_add (chunk, records->pdata[i]);
      pipe->handed = records->len;
    }
  pthread_mutex_lock (&pipe->lock);
  if (chunk)
    {
      g_queue_push_tail (&pipe->chunks, chunk);
      g_atomic_int_set (&pipe->waiting, g_queue_get_length (&pipe->chunks));
      /* Only a reader with a stock takes records made ahead; one that
       * makes rows fills its own again. */
      pipe->want = pipe->doc->stock && !pipe->doc->make_rows
                   ? G_OBJECT_TYPE (records->pdata[records->len - 1]) : G_TYPE_INVALID;
    }
  take_spare (pipe);
  pipe->done = done;
  pthread_cond_signal (&pipe->cond);
  pthread_mutex_unlock (&pipe->lock);
}

static void
record_read_cb (LianDocument *doc,
                gpointer      data)
{
  Pipe *pipe = data;
  LianRecord *record = doc->records->pdata[doc->records->len - 1];
  const LianKindDecl *decl = lian_record_get_kind_decl (record);

  /* Validated here while the registry's thread is the slower one (chunks
   * wait for it), else left to it: one that is not valid is validated
   * there again, for its error. */
  if (g_atomic_int_get (&pipe->waiting) > 0 &&
      lian_record_validate_row (decl, lian_record_row (record, decl), NULL))
    lian_record_mark_validated (record);
  if (doc->make_rows)
    lian_document_give_row (doc);

  if (doc->records->len - pipe->handed >= CHUNK)
    hand_over (pipe, FALSE);
}

static gpointer
read_thread (gpointer data)
{
  Pipe *pipe = data;

  pipe->read = pipe->fill (pipe->doc, pipe->fill_data, &pipe->error);
  hand_over (pipe, TRUE);
  return NULL;
}

/* In the registry's thread: the next chunk, or NULL once the worker is
 * done and every chunk was taken. */
static GPtrArray *
next_chunk (Pipe *pipe)
{
  GPtrArray *chunk;

  pthread_mutex_lock (&pipe->lock);
  while (g_queue_is_empty (&pipe->chunks) && !pipe->done)
    pthread_cond_wait (&pipe->cond, &pipe->lock);
  chunk = g_queue_pop_head (&pipe->chunks);
  g_atomic_int_set (&pipe->waiting, g_queue_get_length (&pipe->chunks));
  pthread_mutex_unlock (&pipe->lock);
  return chunk;
}

/* In the registry's thread: a chunk's worth of empty records of the kind
 * the worker reads, unless those made last are still to be taken, or
 * chunks wait to be taken (the registry's thread is the slower one then,
 * and the worker makes its own). */
static void
make_spare (Pipe *pipe)
{
  GPtrArray *spare;
  GType type;

  pthread_mutex_lock (&pipe->lock);
  type = pipe->spare || pipe->done || !g_queue_is_empty (&pipe->chunks) ? G_TYPE_INVALID
                                                                         : pipe->want;
  pthread_mutex_unlock (&pipe->lock);
  if (type == G_TYPE_INVALID)
    return;
  spare = g_ptr_array_new_full (CHUNK, g_object_unref);
  for (guint i = 0; i < CHUNK; i++)
    g_ptr_array_add (spare, g_object_new (type, NULL));
  pthread_mutex_lock (&pipe->lock);
  pipe->spare = spare;
  pthread_mutex_unlock (&pipe->lock);
}

/* Whether any thread may read @stream: GIO's own streams of a file or of
 * memory. A stream a caller made (a subclass in C, Python or JavaScript)
 * may be bound to its thread, and is read there. */
static gboolean
any_thread_reads (GInputStream *stream)
{
  return G_IS_FILE_INPUT_STREAM (stream) ||
         G_TYPE_FROM_INSTANCE (stream) == G_TYPE_MEMORY_INPUT_STREAM;
}

gboolean
lian_document_reads_apart (goffset size)
{
  /* For tests: LIAN_LOAD_THREADS=1 keeps every load in one thread; =2
   * reads every large enough one in another, whatever its stream and
   * however many processors. */
  const char *threads = g_getenv ("LIAN_LOAD_THREADS");

  if (size >= 0 && size < PIPE_FROM)
    return FALSE;
  if (g_strcmp0 (threads, "1") == 0)
    return FALSE;
  if (g_strcmp0 (threads, "2") == 0)
    return TRUE;
  return g_get_num_processors () > 1;
}

static gboolean fill_from_stream (LianDocument  *doc,
                                  gpointer       data,
                                  GError       **error);

static gboolean
load_in_one (LianRegistry      *registry,
             LianDocumentFill   fill,
             gpointer           fill_data,
             GError           **error)
{
  g_autoptr(LianDocument) doc = lian_document_new ();

  doc->make_rows = fill == fill_from_stream;
  return fill (doc, fill_data, error) && lian_document_add (doc, registry, error);
}

gboolean
lian_document_load_filled (LianRegistry      *registry,
                           LianDocumentFill   fill,
                           gpointer           fill_data,
                           guint              expected,
                           gboolean           apart,
                           GError           **error)
{
  Pipe pipe = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, G_QUEUE_INIT, };
  LianLoad *load;
  GThread *thread;
  GPtrArray *chunk;
  gboolean ok;

  /* A disposed registry refuses the load as the one-thread way tells. */
  if (!apart || !lian_registry_check_open (registry, NULL))
    return load_in_one (registry, fill, fill_data, error);
  pipe.doc = lian_document_new ();
  pipe.doc->read_func = record_read_cb;
  /* A document's records become rows the registry holds as they are; a
   * store's reader keeps its records (it revises them as they come). */
  pipe.doc->make_rows = fill == fill_from_stream;
  pipe.doc->read_data = &pipe;
  pipe.fill = fill;
  pipe.fill_data = fill_data;
  pipe.spent = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  thread = g_thread_try_new ("lian-read", read_thread, &pipe, NULL);
  if (thread == NULL)
    {
      lian_document_free (pipe.doc);
      g_ptr_array_unref (pipe.spent);
      return load_in_one (registry, fill, fill_data, error);
    }

  load = lian_registry_load_begin (registry, MIN (expected, MAX_GUESS));
  while ((chunk = next_chunk (&pipe)))
    {
      lian_registry_load_take (load, chunk);
      g_ptr_array_unref (chunk);
      make_spare (&pipe);
    }
  g_thread_join (thread);
  g_clear_pointer (&pipe.spare, g_ptr_array_unref);
  g_ptr_array_unref (pipe.spent);

  pipe.doc->read_func = NULL;
  if (pipe.read)
    ok = lian_document_add_loaded (pipe.doc, registry, load, error);
  else
    {
      lian_registry_load_abandon (load);
      g_propagate_error (error, g_steal_pointer (&pipe.error));
      ok = FALSE;
    }
  lian_document_free (pipe.doc);
  pthread_mutex_destroy (&pipe.lock);
  pthread_cond_destroy (&pipe.cond);
  return ok;
}

/* A stream to read, for fill_from_stream(). */
typedef struct
{
  GInputStream *stream;
  guint64       limit;
  GCancellable *cancellable;
} Source;

static gboolean
fill_from_stream (LianDocument  *doc,
                  gpointer       data,
                  GError       **error)
{
  Source *source = data;

  return lian_document_read_stream_into (doc, source->stream, source->limit,
                                         source->cancellable, error);
}

gboolean
lian_document_load_stream (LianRegistry  *registry,
                           GInputStream  *stream,
                           goffset        size,
                           guint64        limit,
                           GCancellable  *cancellable,
                           GError       **error)
{
  Source source = { stream, limit, cancellable };

  gboolean apart = lian_document_reads_apart (size) &&
                   (any_thread_reads (stream) || g_strcmp0 (g_getenv ("LIAN_LOAD_THREADS"), "2") == 0);

  return lian_document_load_filled (registry, fill_from_stream, &source,
                                    MIN (MAX (size, 0) / BYTES_PER_RECORD, G_MAXUINT), apart,
                                    error);
}
