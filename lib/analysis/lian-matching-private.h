/* lian-matching-private.h: the rules and the score of LianMatcher, for one
 * call at a time
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry.h"
#include "lian-match.h"

G_BEGIN_DECLS

/* What one call of the matcher learns as it goes (the service items it
 * read, the candidates per category and region, names): valid for the
 * registry as it was when the call began, so made afresh for each call,
 * and kept (counted references) by the results that make their reasons
 * from it when they are read. It keeps every service item it read and the
 * names of the regions and chains its results name, but not the registry:
 * results do not keep a registry alive. */
typedef struct _LianMatching LianMatching;

/* One result, before it is a LianMatch: what its reasons are made from. */
typedef struct
{
  LianNeed        *need;     /* borrowed: whoever holds the rows keeps it */
  LianServiceItem *item;     /* borrowed from the LianMatching */
  guint64          score;    /* billionths */
  const char      *chain;    /* owned by the LianMatching; NULL if the item names none */
  const char      *region;   /* the need's enterprise's, owned by the LianMatching; nullable */
} LianMatchRow;

/* The words of the reasons, in the language of the moment the call began:
 * the reasons are written in it whenever they are read. */
typedef struct
{
  const char *serves, *scope, *no_scope, *same_chain, *no_chain, *valid_on;
  const char *shared_words, *shared_text;
  char        separator[32];       /* between the words of a list */
  const char *categories[LIAN_NEED_CATEGORY_OTHER + 1];
} LianReasonWords;

const LianReasonWords *lian_matching_get_words (LianMatching *self);
/* A copy of @code that lives as long as @self (NULL for NULL). */
const char   *lian_matching_keep          (LianMatching *self,
                                           const char   *code);

/* Service items are judged valid on @as_of, `YYYY-MM-DD`; today in the
 * local time zone if NULL. */
LianMatching *lian_matching_new           (LianRegistry *registry,
                                           const char   *as_of);
LianMatching *lian_matching_ref           (LianMatching *self);
void          lian_matching_unref         (LianMatching *self);
/* Ends the call that ranks: the objects made after it are not the
 * matching's to give back. */
void          lian_matching_leave         (LianMatching *self);
void          lian_matching_pause         (LianMatching *self);
void          lian_matching_resume        (LianMatching *self);

/* Appends to @rows (of LianMatchRow) the @top best matches for @need,
 * best first; all of them if @top is 0. With @top, a service item that
 * cannot enter the need's top is not scored: the candidates come from an
 * index of the items' bigrams, rarest first, and stop when no item left
 * could beat the @top-th. With 0, every candidate is scored. */
void          lian_matching_rank          (LianMatching *self,
                                           LianNeed     *need,
                                           guint         top,
                                           GArray       *rows);

/* As lian_matching_rank() for each of @needs in turn, with the rows of
 * each need after those of the needs before it. */
void          lian_matching_rank_all      (LianMatching  *self,
                                           LianNeed     **needs,
                                           guint          n_needs,
                                           guint          top,
                                           GArray        *rows);

/* Whether any service item can serve @need; if none, @region is set to
 * the region of its enterprise (NULL if unknown). */
gboolean      lian_matching_can_serve     (LianMatching  *self,
                                           LianNeed      *need,
                                           const char   **region);

/* For the reasons of matches, which may be read in any thread: the name
 * of the region @code, from the registry, @code if none; the name of the
 * chain @id, @id if none (both as they were during the call for the
 * regions and chains its results name); the day of the call. */
const char   *lian_matching_region_name   (LianMatching *self,
                                           const char   *code);
const char   *lian_matching_chain_name    (LianMatching *self,
                                           const char   *id);
const char   *lian_matching_get_as_of     (LianMatching *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianMatching, lian_matching_unref)

G_END_DECLS
