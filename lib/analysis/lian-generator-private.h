/* lian-generator-private.h: what the parts of the generator share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry.h"

G_BEGIN_DECLS

#define LIAN_GEN_N_CITIES 13

/* The weight of each city, in the order of their codes (南京 320100 …
 * 宿迁 321300): its 2023 GDP in 亿元. Enterprises, needs, organisations
 * and service items go to cities in proportion. */
extern const guint lian_gen_city_gdp[LIAN_GEN_N_CITIES];

/* One run of the generator: what it draws from, and what it made so far. */
typedef struct
{
  GRand      *rand;
  GPtrArray  *records;      /* everything to add, all or nothing */
  GPtrArray  *cities;       /* const char *, the 13 cities */
  GHashTable *counties;     /* city code → GPtrArray of county codes */
  GPtrArray  *enterprises;  /* LianEnterprise, borrowed from records */
  GHashTable *by_city;      /* city code → GPtrArray of LianEnterprise */
  GHashTable *by_county;    /* county code → GPtrArray of LianEnterprise */
  GPtrArray  *chains;       /* LianChain */
  GPtrArray  *orgs;         /* LianPartyOrg */
  /* "320200" or "320200/0" (a region, or a region and a category) →
   * GPtrArray of its resolved LianNeed */
  GHashTable *resolved;
  guint       scale;
} LianGen;

/* A number below @n. */
int          lian_gen_pick            (LianGen     *g,
                                       int          n);
/* An index below @n, drawn in proportion to @weights. */
guint        lian_gen_pick_weighted   (LianGen     *g,
                                       const guint *weights,
                                       guint        n);
/* A day of @year, `YYYY-MM-DD`. */
char        *lian_gen_date_in         (LianGen     *g,
                                       int          year);
/* One of the counties of @city. */
const char  *lian_gen_county_in       (LianGen     *g,
                                       const char  *city);
/* Appends @record to the GPtrArray filed under @key, made if need be. */
void         lian_gen_index_add       (GHashTable  *index,
                                       const char  *key,
                                       gpointer     record);

/* lian-generator-orgs.c: the organisations, once the enterprises are made;
 * the city-level ones in Wuxi go to @wuxi_orgs, Zhangjiagang's action
 * branches to @zjg_branches. */
void         lian_gen_add_organizations (LianGen   *g,
                                         GPtrArray *wuxi_orgs,
                                         GPtrArray *zjg_branches);

G_END_DECLS
