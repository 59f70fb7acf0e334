/* lian-enum-labels.c: the words people read for enum values
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each label is written in English, with the type's noun as context (the
 * same English names a need category and a kind of service item), and
 * translated like any message. The Chinese translations of the types the
 * CSV files carry are the CSV labels of lian-labels.c: a label read on
 * the screen can be typed back, and is the word of the files.
 */
#include "config.h"

#include <string.h>

#include "lian-enums.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-enums-private.h"
#include "lian-i18n-private.h"
#include "lian-text-private.h"

typedef struct
{
  int         value;
  const char *label;   /* NC_(): "noun\004English label" */
} Label;

typedef struct
{
  const char  *noun;   /* NC_("type noun", …) */
  const Label *labels;
} Labels;

#define END { 0, NULL }

static const Label level_labels[] = {
  { LIAN_LEVEL_PROVINCE, NC_("level", "province") },
  { LIAN_LEVEL_CITY, NC_("level", "city") },
  { LIAN_LEVEL_COUNTY, NC_("level", "county") },
  END
};

static const Label tier_labels[] = {
  { LIAN_CHAIN_TIER_KEY, NC_("chain tier", "key") },
  { LIAN_CHAIN_TIER_ADVANTAGE, NC_("chain tier", "advantage") },
  { LIAN_CHAIN_TIER_EXCELLENT, NC_("chain tier", "excellent") },
  END
};

static const Label role_labels[] = {
  { LIAN_CHAIN_ROLE_LEADER, NC_("chain role", "chain leader") },
  { LIAN_CHAIN_ROLE_CORE, NC_("chain role", "core") },
  { LIAN_CHAIN_ROLE_SUPPORTING, NC_("chain role", "supporting") },
  { LIAN_CHAIN_ROLE_SERVICE, NC_("chain role", "service") },
  END
};

static const Label size_labels[] = {
  { LIAN_ENTERPRISE_SIZE_LARGE, NC_("enterprise size", "large") },
  { LIAN_ENTERPRISE_SIZE_MEDIUM, NC_("enterprise size", "medium") },
  { LIAN_ENTERPRISE_SIZE_SMALL, NC_("enterprise size", "small") },
  { LIAN_ENTERPRISE_SIZE_MICRO, NC_("enterprise size", "micro") },
  END
};

static const Label tag_labels[] = {
  /* TRANSLATORS: specialised, refined, distinctive, innovative: 专精特新 */
  { LIAN_ENTERPRISE_TAGS_SRDI, NC_("enterprise tag", "SRDI") },
  { LIAN_ENTERPRISE_TAGS_LITTLE_GIANT, NC_("enterprise tag", "little giant") },
  { LIAN_ENTERPRISE_TAGS_HIGH_TECH, NC_("enterprise tag", "high-tech enterprise") },
  { LIAN_ENTERPRISE_TAGS_LISTED, NC_("enterprise tag", "listed") },
  { LIAN_ENTERPRISE_TAGS_STATE_OWNED, NC_("enterprise tag", "state-owned") },
  { LIAN_ENTERPRISE_TAGS_PRIVATE, NC_("enterprise tag", "private") },
  { LIAN_ENTERPRISE_TAGS_FOREIGN_FUNDED, NC_("enterprise tag", "foreign-funded") },
  { LIAN_ENTERPRISE_TAGS_HEADQUARTERS, NC_("enterprise tag", "headquarters") },
  END
};

static const Label org_kind_labels[] = {
  { LIAN_ORG_KIND_ALLIANCE, NC_("organisation kind", "party-building alliance") },
  { LIAN_ORG_KIND_CHAIN_COMMITTEE, NC_("organisation kind", "chain party committee") },
  { LIAN_ORG_KIND_JOINT_COMMITTEE, NC_("organisation kind", "joint party committee") },
  { LIAN_ORG_KIND_BRANCH, NC_("organisation kind", "party branch") },
  { LIAN_ORG_KIND_ACTION_BRANCH, NC_("organisation kind", "action branch") },
  { LIAN_ORG_KIND_SERVICE_TEAM, NC_("organisation kind", "pioneer service team") },
  { LIAN_ORG_KIND_PARTY_SCHOOL, NC_("organisation kind", "party school") },
  { LIAN_ORG_KIND_ENTERPRISE, NC_("organisation kind", "enterprise party organisation") },
  END
};

static const Label service_kind_labels[] = {
  { LIAN_SERVICE_KIND_POLICY, NC_("service kind", "policy") },
  { LIAN_SERVICE_KIND_RESOURCE, NC_("service kind", "resource") },
  { LIAN_SERVICE_KIND_PROJECT, NC_("service kind", "project") },
  /* TRANSLATORS: a park, a platform: 载体 */
  { LIAN_SERVICE_KIND_CARRIER, NC_("service kind", "carrier") },
  { LIAN_SERVICE_KIND_SERVICE, NC_("service kind", "service") },
  END
};

static const Label category_labels[] = {
  { LIAN_NEED_CATEGORY_FINANCING, NC_("need category", "financing") },
  { LIAN_NEED_CATEGORY_LAND, NC_("need category", "land") },
  { LIAN_NEED_CATEGORY_TECHNOLOGY, NC_("need category", "technology") },
  { LIAN_NEED_CATEGORY_TALENT, NC_("need category", "talent") },
  { LIAN_NEED_CATEGORY_TAX, NC_("need category", "tax") },
  { LIAN_NEED_CATEGORY_LISTING, NC_("need category", "listing") },
  { LIAN_NEED_CATEGORY_ENVIRONMENT, NC_("need category", "environment") },
  { LIAN_NEED_CATEGORY_SAFETY, NC_("need category", "safety") },
  { LIAN_NEED_CATEGORY_LOGISTICS, NC_("need category", "logistics") },
  { LIAN_NEED_CATEGORY_MARKET, NC_("need category", "market") },
  /* TRANSLATORS: attracting investment: 招商 */
  { LIAN_NEED_CATEGORY_INVESTMENT, NC_("need category", "investment") },
  { LIAN_NEED_CATEGORY_POLICY, NC_("need category", "policy") },
  { LIAN_NEED_CATEGORY_OTHER, NC_("need category", "other") },
  END
};

static const Label status_labels[] = {
  { LIAN_NEED_STATUS_SUBMITTED, NC_("need status", "submitted") },
  { LIAN_NEED_STATUS_ACCEPTED, NC_("need status", "accepted") },
  { LIAN_NEED_STATUS_IN_PROGRESS, NC_("need status", "in progress") },
  { LIAN_NEED_STATUS_RESOLVED, NC_("need status", "resolved") },
  { LIAN_NEED_STATUS_CLOSED, NC_("need status", "closed") },
  END
};

static const Label project_status_labels[] = {
  { LIAN_PROJECT_STATUS_PLANNED, NC_("project status", "planned") },
  { LIAN_PROJECT_STATUS_ACTIVE, NC_("project status", "under way") },
  { LIAN_PROJECT_STATUS_DONE, NC_("project status", "done") },
  { LIAN_PROJECT_STATUS_CANCELLED, NC_("project status", "cancelled") },
  END
};

static const Label activity_kind_labels[] = {
  { LIAN_ACTIVITY_KIND_MEETING, NC_("activity kind", "meeting") },
  { LIAN_ACTIVITY_KIND_POLICY_DOCUMENT, NC_("activity kind", "policy document") },
  { LIAN_ACTIVITY_KIND_TRAINING, NC_("activity kind", "training") },
  { LIAN_ACTIVITY_KIND_CASE, NC_("activity kind", "case") },
  END
};

static const Label record_kind_labels[] = {
  { LIAN_RECORD_KIND_REGION, NC_("record kind", "region") },
  { LIAN_RECORD_KIND_CHAIN, NC_("record kind", "chain") },
  { LIAN_RECORD_KIND_ENTERPRISE, NC_("record kind", "enterprise") },
  { LIAN_RECORD_KIND_ORGANIZATION, NC_("record kind", "organisation") },
  { LIAN_RECORD_KIND_SERVICE, NC_("record kind", "service item") },
  { LIAN_RECORD_KIND_NEED, NC_("record kind", "need") },
  { LIAN_RECORD_KIND_PROJECT, NC_("record kind", "action project") },
  { LIAN_RECORD_KIND_ACTIVITY, NC_("record kind", "activity") },
  { LIAN_RECORD_KIND_POST, NC_("record kind", "demand post") },
  { LIAN_RECORD_KIND_CAPABILITY, NC_("record kind", "capability") },
  { LIAN_RECORD_KIND_RESPONSE, NC_("record kind", "response") },
  { LIAN_RECORD_KIND_PERSON, NC_("record kind", "person") },
  END
};

static const Label post_visibility_labels[] = {
  { LIAN_POST_VISIBILITY_CHAIN, NC_("post visibility", "chain") },
  { LIAN_POST_VISIBILITY_ALLIANCE, NC_("post visibility", "alliance") },
  { LIAN_POST_VISIBILITY_EVERYONE, NC_("post visibility", "everyone") },
  END
};

static const Label post_status_labels[] = {
  { LIAN_POST_STATUS_OPEN, NC_("post status", "open") },
  { LIAN_POST_STATUS_CLOSED, NC_("post status", "closed") },
  { LIAN_POST_STATUS_AWARDED, NC_("post status", "awarded") },
  { LIAN_POST_STATUS_CANCELLED, NC_("post status", "cancelled") },
  END
};

static const Label response_status_labels[] = {
  { LIAN_RESPONSE_STATUS_DRAFT, NC_("response status", "draft") },
  { LIAN_RESPONSE_STATUS_SUBMITTED, NC_("response status", "submitted") },
  { LIAN_RESPONSE_STATUS_SHORTLISTED, NC_("response status", "shortlisted") },
  { LIAN_RESPONSE_STATUS_AWARDED, NC_("response status", "awarded") },
  { LIAN_RESPONSE_STATUS_DECLINED, NC_("response status", "declined") },
  END
};

static const Label capacity_period_labels[] = {
  { LIAN_CAPACITY_PERIOD_DAY, NC_("capacity period", "day") },
  { LIAN_CAPACITY_PERIOD_WEEK, NC_("capacity period", "week") },
  { LIAN_CAPACITY_PERIOD_MONTH, NC_("capacity period", "month") },
  { LIAN_CAPACITY_PERIOD_YEAR, NC_("capacity period", "year") },
  END
};

static const Label industry_level_labels[] = {
  { LIAN_INDUSTRY_LEVEL_SECTION, NC_("industry level", "section") },
  { LIAN_INDUSTRY_LEVEL_DIVISION, NC_("industry level", "division") },
  { LIAN_INDUSTRY_LEVEL_GROUP, NC_("industry level", "group") },
  { LIAN_INDUSTRY_LEVEL_CLASS, NC_("industry level", "class") },
  END
};

static const Label severity_labels[] = {
  { LIAN_SEVERITY_INFO, NC_("severity", "info") },
  { LIAN_SEVERITY_WARNING, NC_("severity", "warning") },
  { LIAN_SEVERITY_ERROR, NC_("severity", "error") },
  END
};

static const Label csv_outcome_labels[] = {
  { LIAN_CSV_OUTCOME_IMPORTED, NC_("CSV outcome", "imported") },
  { LIAN_CSV_OUTCOME_UPDATED, NC_("CSV outcome", "updated") },
  { LIAN_CSV_OUTCOME_REJECTED, NC_("CSV outcome", "rejected") },
  { LIAN_CSV_OUTCOME_SKIPPED, NC_("CSV outcome", "skipped") },
  END
};

static const Label csv_export_labels[] = {
  { LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS, NC_("CSV export", "English headers") },
  { LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL, NC_("CSV export", "personal data shown") },
  { LIAN_CSV_EXPORT_FLAGS_RAW_TEXT, NC_("CSV export", "raw text") },
  END
};

static const Label report_format_labels[] = {
  { LIAN_REPORT_FORMAT_HTML, NC_("report format", "HTML") },
  { LIAN_REPORT_FORMAT_MARKDOWN, NC_("report format", "Markdown") },
  END
};

static const Label report_flag_labels[] = {
  { LIAN_REPORT_FLAGS_SHOW_PERSONAL, NC_("report", "personal data shown") },
  END
};

static const Label coverage_labels[] = {
  { LIAN_COVERAGE_WORK, NC_("coverage", "work coverage") },
  { LIAN_COVERAGE_ORGANIZATION, NC_("coverage", "organisation coverage") },
  { LIAN_COVERAGE_OWN_ORGANIZATION, NC_("coverage", "own party organisation") },
  END
};

static const Label period_labels[] = {
  { LIAN_PERIOD_MONTH, NC_("period", "month") },
  { LIAN_PERIOD_QUARTER, NC_("period", "quarter") },
  END
};

static const Label roles_labels[] = {
  { LIAN_ROLES_CLERK, NC_("role", "clerk") },
  { LIAN_ROLES_COORDINATOR, NC_("role", "coordinator") },
  { LIAN_ROLES_DEPARTMENT, NC_("role", "department") },
  { LIAN_ROLES_REVIEWER, NC_("role", "reviewer") },
  { LIAN_ROLES_ADMINISTRATOR, NC_("role", "administrator") },
  END
};

static const Label queue_kind_labels[] = {
  { LIAN_QUEUE_KIND_ASSIGNED, NC_("queue", "assigned") },
  { LIAN_QUEUE_KIND_OVERDUE, NC_("queue", "overdue") },
  { LIAN_QUEUE_KIND_STALLED, NC_("queue", "stalled") },
  { LIAN_QUEUE_KIND_DUE_SOON, NC_("queue", "due soon") },
  { LIAN_QUEUE_KIND_ESCALATED, NC_("queue", "escalated") },
  END
};

/* A single LianNeedCategories flag is labelled as its category. */
static const Labels *
labels_of (GType type)
{
  static const Labels level = { NC_("type noun", "level"), level_labels };
  static const Labels tier = { NC_("type noun", "chain tier"), tier_labels };
  static const Labels role = { NC_("type noun", "chain role"), role_labels };
  static const Labels size = { NC_("type noun", "enterprise size"), size_labels };
  static const Labels tag = { NC_("type noun", "enterprise tags"), tag_labels };
  static const Labels org_kind = { NC_("type noun", "org kind"), org_kind_labels };
  static const Labels service_kind = { NC_("type noun", "service kind"), service_kind_labels };
  static const Labels category = { NC_("type noun", "need category"), category_labels };
  static const Labels status = { NC_("type noun", "need status"), status_labels };
  static const Labels project_status = { NC_("type noun", "project status"), project_status_labels };
  static const Labels activity_kind = { NC_("type noun", "activity kind"), activity_kind_labels };
  static const Labels record_kind = { NC_("type noun", "record kind"), record_kind_labels };
  static const Labels severity = { NC_("type noun", "severity"), severity_labels };
  static const Labels csv_outcome = { NC_("type noun", "csv outcome"), csv_outcome_labels };
  static const Labels csv_export = { NC_("type noun", "csv export flags"), csv_export_labels };
  static const Labels report_format = { NC_("type noun", "report format"), report_format_labels };
  static const Labels report_flag = { NC_("type noun", "report flags"), report_flag_labels };
  static const Labels coverage = { NC_("type noun", "coverage"), coverage_labels };
  static const Labels period = { NC_("type noun", "period"), period_labels };
  static const Labels post_visibility = { NC_("type noun", "post visibility"), post_visibility_labels };
  static const Labels post_status = { NC_("type noun", "post status"), post_status_labels };
  static const Labels response_status = { NC_("type noun", "response status"), response_status_labels };
  static const Labels capacity_period = { NC_("type noun", "capacity period"), capacity_period_labels };
  static const Labels industry_level = { NC_("type noun", "industry level"), industry_level_labels };
  static const Labels roles = { NC_("type noun", "roles"), roles_labels };
  static const Labels queue_kind = { NC_("type noun", "queue"), queue_kind_labels };
  const struct { GType type; const Labels *labels; } types[] = {
    { LIAN_TYPE_LEVEL, &level },
    { LIAN_TYPE_CHAIN_TIER, &tier },
    { LIAN_TYPE_CHAIN_ROLE, &role },
    { LIAN_TYPE_ENTERPRISE_SIZE, &size },
    { LIAN_TYPE_ENTERPRISE_TAGS, &tag },
    { LIAN_TYPE_ORG_KIND, &org_kind },
    { LIAN_TYPE_SERVICE_KIND, &service_kind },
    { LIAN_TYPE_NEED_CATEGORY, &category },
    { LIAN_TYPE_NEED_CATEGORIES, &category },
    { LIAN_TYPE_NEED_STATUS, &status },
    { LIAN_TYPE_PROJECT_STATUS, &project_status },
    { LIAN_TYPE_ACTIVITY_KIND, &activity_kind },
    { LIAN_TYPE_RECORD_KIND, &record_kind },
    { LIAN_TYPE_SEVERITY, &severity },
    { LIAN_TYPE_CSV_OUTCOME, &csv_outcome },
    { LIAN_TYPE_CSV_EXPORT_FLAGS, &csv_export },
    { LIAN_TYPE_REPORT_FORMAT, &report_format },
    { LIAN_TYPE_REPORT_FLAGS, &report_flag },
    { LIAN_TYPE_COVERAGE, &coverage },
    { LIAN_TYPE_PERIOD, &period },
    { LIAN_TYPE_POST_VISIBILITY, &post_visibility },
    { LIAN_TYPE_POST_STATUS, &post_status },
    { LIAN_TYPE_RESPONSE_STATUS, &response_status },
    { LIAN_TYPE_CAPACITY_PERIOD, &capacity_period },
    { LIAN_TYPE_INDUSTRY_LEVEL, &industry_level },
    { LIAN_TYPE_ROLES, &roles },
    { LIAN_TYPE_QUEUE_KIND, &queue_kind },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (types[i].type == type)
      return types[i].labels;
  return NULL;
}

/* The value a label of @type stands for: for LianNeedCategories, the flag
 * of the category. */
static int
value_of (GType        type,
          const Label *label)
{
  return type == LIAN_TYPE_NEED_CATEGORIES ? 1 << label->value : label->value;
}

static const char *
english_of (const Label *label)
{
  return strchr (label->label, '\004') + 1;
}

/* The noun of @type in messages (the type's name in words, "need status"),
 * in the current language; NULL for a type without labels. */
const char *
lian_enum_labels_noun (GType type)
{
  const Labels *labels = labels_of (type);

  return labels ? lian_pgettext (labels->noun) : NULL;
}

/**
 * lian_enum_get_label:
 * @type: a lian enumeration type, such as `LIAN_TYPE_NEED_STATUS`, or a
 *   lian flags type, such as `LIAN_TYPE_ENTERPRISE_TAGS`
 * @value: a value of @type, or a single flag of it
 *
 * Gives the word people read for @value, in the language of lian's
 * messages ([func@Lian.set_language]): `in progress` in English, `办理中`
 * in Chinese. The Chinese labels of the values the CSV files carry are the
 * words of those files.
 *
 * ```python
 * Lian.enum_get_label(Lian.NeedStatus, Lian.NeedStatus.IN_PROGRESS)
 * ```
 *
 * [func@Lian.enum_from_label] reads a label back.
 *
 * Returns: the label; an empty string for a value that has none (an
 *   unrated tier, an unknown size, no flag or several flags at once, a
 *   number that is no value of @type, a type that is not lian's)
 */
const char *
lian_enum_get_label (GType type,
                     int   value)
{
  const Labels *labels;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type) || G_TYPE_IS_FLAGS (type), "");

  labels = labels_of (type);
  for (guint i = 0; labels && labels->labels[i].label; i++)
    if (value_of (type, &labels->labels[i]) == value)
      return lian_pgettext (labels->labels[i].label);
  return "";
}

/* The value of @type whose nick is @text, after lower-casing and turning
 * spaces and underscores into dashes (`In Progress` is `in-progress`). */
static gboolean
find_nick (GType       type,
           const char *text,
           int        *value)
{
  g_autofree char *nick = g_ascii_strdown (text, -1);
  gpointer klass = g_type_class_peek (type);

  if (klass == NULL)
    klass = g_type_class_ref (type);
  g_strdelimit (nick, "_ ", '-');
  if (G_TYPE_IS_ENUM (type))
    {
      GEnumValue *ev = g_enum_get_value_by_nick (klass, nick);
      if (ev)
        *value = ev->value;
      return ev != NULL;
    }
  else
    {
      GFlagsValue *fv = g_flags_get_value_by_nick (klass, nick);
      if (fv && fv->value != 0)
        *value = (int) fv->value;
      return fv && fv->value != 0;
    }
}

static gboolean
find_label (GType       type,
            const char *text,
            int        *value)
{
  const Labels *labels = labels_of (type);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; labels && labels->labels[i].label; i++)
    {
      g_autofree char *english = g_utf8_casefold (english_of (&labels->labels[i]), -1);
      if (g_str_equal (english, folded) ||
          g_str_equal (lian_pgettext (labels->labels[i].label), text))
        {
          *value = value_of (type, &labels->labels[i]);
          return TRUE;
        }
    }
  return FALSE;
}

static void
set_unknown_label_error (GError     **error,
                         GType        type,
                         const char  *text)
{
  const Labels *labels = labels_of (type);
  g_autofree char *quoted = lian_text_for_message (text);
  g_autoptr(GString) expected = g_string_new (NULL);

  for (guint i = 0; labels->labels[i].label; i++)
    {
      if (expected->len)
        /* TRANSLATORS: between the labels listed in a message */
        g_string_append (expected, _(", "));
      g_string_append (expected, lian_pgettext (labels->labels[i].label));
    }
  /* TRANSLATORS: need status "done": expected submitted, accepted, ... */
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
               _("%s \"%s\": expected %s"), lian_pgettext (labels->noun), quoted, expected->str);
}

/**
 * lian_enum_from_label:
 * @type: a lian enumeration type, such as `LIAN_TYPE_NEED_STATUS`, or a
 *   lian flags type, such as `LIAN_TYPE_NEED_CATEGORIES`
 * @text: what a person typed: a Chinese label or one of its aliases
 *   (`办理中`, `处理中`), an English label in any case (`In progress`), or a
 *   nick (`in-progress`)
 * @value: (out): where to store the value, or for a flags type the single
 *   flag
 * @error: return location for a [error@Lian.DataError]
 *
 * Reads a value of @type from its label, whatever the language of lian's
 * messages: this is how a command line (`--to 办理中`) or a form takes
 * values. Spaces around @text are ignored.
 *
 * ```python
 * ok, status = Lian.enum_from_label(Lian.NeedStatus, '办理中')
 * ```
 *
 * Returns: true if @text names a value; false with
 *   `LIAN_DATA_ERROR_INVALID_VALUE` listing the labels of @type in the
 *   current language otherwise
 */
gboolean
lian_enum_from_label (GType        type,
                      const char  *text,
                      int         *value,
                      GError     **error)
{
  g_autofree char *stripped = NULL;
  int found = 0;

  g_return_val_if_fail (labels_of (type) != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_utf8_make_valid (text, -1));
  if (*stripped &&
      (lian_enum_find_label (type, stripped, &found) ||
       find_label (type, stripped, &found) ||
       find_nick (type, stripped, &found)))
    {
      if (value)
        *value = found;
      return TRUE;
    }
  set_unknown_label_error (error, type, text);
  return FALSE;
}

/* A value in a message: its nick in English, as documents and programs
 * write it (in-progress); its label in Chinese (办理中). */
const char *
lian_enum_word (GType type,
                int   value)
{
  if (lian_language_is_chinese ())
    {
      const char *label = lian_enum_get_label (type, value);
      if (*label)
        return label;
    }
  return lian_enum_to_nick (type, value);
}
