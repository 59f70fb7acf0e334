/* lian-test-records.h: building registries in tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <lian/lian.h>

/* Adds @record (whose reference it takes) to @registry, asserting that
 * the registry accepts it. */
void               lian_test_add      (LianRegistry      *registry,
                                       gpointer           record);

LianChain         *lian_test_chain    (const char        *id,
                                       LianChainTier      tier,
                                       LianLevel          level,
                                       const char        *region,
                                       const char        *cluster);

/* A valid USCC of an enterprise of @region (six digits), unique by @n. */
char              *lian_test_uscc     (const char        *region,
                                       guint              n) G_GNUC_WARN_UNUSED_RESULT;

/* An enterprise with a valid USCC, on up to two chains. */
LianEnterprise    *lian_test_firm     (const char        *id,
                                       const char        *region,
                                       const char        *chain1,
                                       const char        *chain2);

/* @members and @chains are ids separated by spaces, or NULL. */
LianPartyOrg      *lian_test_org      (const char        *id,
                                       LianOrgKind        kind,
                                       LianLevel          level,
                                       const char        *region,
                                       const char        *founded,
                                       const char        *members,
                                       const char        *chains);

/* An item serving financing, for @chain_id or, if NULL, every chain. */
LianServiceItem   *lian_test_service  (const char        *id,
                                       LianServiceKind    kind,
                                       const char        *region,
                                       const char        *chain_id);

LianNeed          *lian_test_need     (const char        *id,
                                       const char        *enterprise,
                                       const char        *chain_id,
                                       LianNeedCategory   category,
                                       LianNeedStatus     status,
                                       const char        *submitted,
                                       const char        *resolved,
                                       gboolean           bottleneck);

/* Appends a history event at @at (ISO 8601, with a zone). */
void               lian_test_event    (LianNeed          *need,
                                       const char        *at,
                                       LianNeedStatus     status);

LianActionProject *lian_test_project  (const char        *id,
                                       const char        *owner,
                                       const char        *need_id,
                                       LianProjectStatus  status,
                                       const char        *started,
                                       gint64             loans,
                                       guint              talents,
                                       guint              problems);

LianActivity      *lian_test_activity (const char        *id,
                                       LianActivityKind   kind,
                                       const char        *org_id,
                                       const char        *chain_id,
                                       const char        *date);

/* The two cities of lian_test_generate(); each has counties 01 to 06. */
extern const char *lian_test_cities[2];

/* A deterministic random registry in which every record lies at county
 * level, with @n_firms enterprises and @n_needs needs. */
LianRegistry      *lian_test_generate (guint32            seed,
                                       guint              n_firms,
                                       guint              n_needs);

/* data/jiangsu-sample.json, loaded (a fatal assertion if it fails). */
LianRegistry      *lian_test_sample_registry     (void);
/* Every record of @registry, kind by kind, as its lists give them (owned
 * references). */
GPtrArray         *lian_test_hold_all            (LianRegistry *registry);
/* A handler of a registry's journal (items-changed, @registry its data)
 * that removes each record as its addition is told. */
void               lian_test_remove_added_cb     (GListModel   *journal,
                                                  guint         position,
                                                  guint         removed,
                                                  guint         added,
                                                  gpointer      registry);

/* The small registry of the summary tests; its figures, worked out by
 * hand, are in lian-test-records.c. */
LianRegistry      *lian_test_small_registry      (void);

/* A scope: @region and @chain_id, either may be NULL. */
LianFilter        *lian_test_scope               (const char  *region,
                                                  const char  *chain_id);

/* Asserts that two summaries have the same figures (whatever their scope,
 * day, key and label). */
void               lian_test_assert_same_figures (LianSummary *a,
                                                  LianSummary *b);

/* A new store @name in @dir holding the sample (a SQLite store or a JSON
 * document, as the name ends); its path. */
char              *lian_test_sample_store       (const char    *dir,
                                                 const char    *name);
/* Sets the employees of the enterprise @id through lian_registry_update(). */
gboolean           lian_test_set_employees      (LianRegistry  *registry,
                                                 const char    *id,
                                                 guint          n,
                                                 GError       **error);
