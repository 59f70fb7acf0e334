/* lian.h: the one header to include
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#define _LIAN_INSIDE

#include <glib-object.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include <lian/lian-version.h>
#include <lian/lian-error.h>
#include <lian/lian-enums.h>
#include <lian/lian-enum-types.h>
#include <lian/lian-date.h>
#include <lian/lian-uscc.h>
#include <lian/lian-region-code.h>
#include <lian/lian-record.h>
#include <lian/lian-activity.h>
#include <lian/lian-actor.h>
#include <lian/lian-registry-people.h>
#include <lian/lian-queue.h>
#include <lian/lian-region.h>
#include <lian/lian-chain.h>
#include <lian/lian-action-project.h>
#include <lian/lian-chain-link.h>
#include <lian/lian-enterprise.h>
#include <lian/lian-filter.h>
#include <lian/lian-party-org.h>
#include <lian/lian-service-item.h>
#include <lian/lian-need-event.h>
#include <lian/lian-need.h>
#include <lian/lian-registry.h>
#include <lian/lian-registry-query.h>
#include <lian/lian-change.h>
#include <lian/lian-registry-json.h>
#include <lian/lian-generator.h>
#include <lian/lian-registry-work.h>
#include <lian/lian-problem.h>
#include <lian/lian-check.h>
#include <lian/lian-match.h>
#include <lian/lian-gap.h>
#include <lian/lian-matcher.h>
#include <lian/lian-csv-row-result.h>
#include <lian/lian-csv-importer.h>
#include <lian/lian-registry-csv.h>
#include <lian/lian-summary.h>
#include <lian/lian-mask.h>
#include <lian/lian-report.h>
#include <lian/lian-file.h>
#include <lian/lian-i18n.h>
#include <lian/lian-format.h>
#include <lian/lian-store.h>
#include <lian/lian-industry-code.h>
#include <lian/lian-demand-post.h>
#include <lian/lian-capability.h>
#include <lian/lian-response.h>
#include <lian/lian-supplier-match.h>
#include <lian/lian-duplicate.h>

#undef _LIAN_INSIDE
