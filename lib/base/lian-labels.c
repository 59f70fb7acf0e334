/* lian-labels.c: the Chinese words for enum values
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The CSV columns (doc/csv-columns.md lists these labels and aliases: keep
 * it in step) and the reports write these words; the CSV import also reads
 * the aliases.
 */
#include "config.h"

#include <string.h>

#include "lian-enums.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"

typedef struct
{
  int         value;
  const char *label;     /* as written on export */
  const char *aliases;   /* also read, '|'-separated */
} Label;

#define END { 0, NULL, NULL }

static const Label category_labels[] = {
  { LIAN_NEED_CATEGORY_FINANCING, "融资", "资金|金融|贷款" },
  { LIAN_NEED_CATEGORY_LAND, "用地", "土地" },
  { LIAN_NEED_CATEGORY_TECHNOLOGY, "技术", "科技|技术攻关" },
  { LIAN_NEED_CATEGORY_TALENT, "人才", "用工|招工" },
  { LIAN_NEED_CATEGORY_TAX, "税务", "税收|财税" },
  { LIAN_NEED_CATEGORY_LISTING, "上市", NULL },
  { LIAN_NEED_CATEGORY_ENVIRONMENT, "环保", "环境|生态环境" },
  { LIAN_NEED_CATEGORY_SAFETY, "安全", "安全生产" },
  { LIAN_NEED_CATEGORY_LOGISTICS, "物流", "运输|交通" },
  { LIAN_NEED_CATEGORY_MARKET, "市场", "订单|产能|市场拓展" },
  { LIAN_NEED_CATEGORY_INVESTMENT, "招商", "投资|招商引资" },
  { LIAN_NEED_CATEGORY_POLICY, "政策", NULL },
  { LIAN_NEED_CATEGORY_OTHER, "其他", "其它" },
  END
};

static const Label status_labels[] = {
  { LIAN_NEED_STATUS_SUBMITTED, "已提交", "提交|待受理" },
  { LIAN_NEED_STATUS_ACCEPTED, "已受理", "受理" },
  { LIAN_NEED_STATUS_IN_PROGRESS, "办理中", "处理中|进行中" },
  { LIAN_NEED_STATUS_RESOLVED, "已解决", "已办结|解决" },
  { LIAN_NEED_STATUS_CLOSED, "已关闭", "关闭" },
  END
};

static const Label tier_labels[] = {
  { LIAN_CHAIN_TIER_UNRATED, "", "未评级" },
  { LIAN_CHAIN_TIER_KEY, "重点", "重点产业链" },
  { LIAN_CHAIN_TIER_ADVANTAGE, "优势", "优势产业链" },
  { LIAN_CHAIN_TIER_EXCELLENT, "卓越", "卓越产业链" },
  END
};

static const Label service_kind_labels[] = {
  { LIAN_SERVICE_KIND_POLICY, "政策", NULL },
  { LIAN_SERVICE_KIND_RESOURCE, "资源", NULL },
  { LIAN_SERVICE_KIND_PROJECT, "项目", NULL },
  { LIAN_SERVICE_KIND_CARRIER, "载体", "平台|园区" },
  { LIAN_SERVICE_KIND_SERVICE, "服务", NULL },
  END
};

static const Label size_labels[] = {
  { LIAN_ENTERPRISE_SIZE_UNKNOWN, "", "未知" },
  { LIAN_ENTERPRISE_SIZE_LARGE, "大型", "大|大型企业" },
  { LIAN_ENTERPRISE_SIZE_MEDIUM, "中型", "中|中型企业" },
  { LIAN_ENTERPRISE_SIZE_SMALL, "小型", "小|小型企业" },
  { LIAN_ENTERPRISE_SIZE_MICRO, "微型", "微|微型企业" },
  END
};

static const Label role_labels[] = {
  { LIAN_CHAIN_ROLE_LEADER, "链主", "链主企业" },
  { LIAN_CHAIN_ROLE_CORE, "核心", "核心企业" },
  { LIAN_CHAIN_ROLE_SUPPORTING, "配套", "配套企业" },
  { LIAN_CHAIN_ROLE_SERVICE, "服务", "服务企业" },
  END
};

static const Label tag_labels[] = {
  { LIAN_ENTERPRISE_TAGS_SRDI, "专精特新", "专精特新企业" },
  { LIAN_ENTERPRISE_TAGS_LITTLE_GIANT, "小巨人", "专精特新小巨人" },
  { LIAN_ENTERPRISE_TAGS_HIGH_TECH, "高新技术企业", "高新技术|高新企业|高企" },
  { LIAN_ENTERPRISE_TAGS_LISTED, "上市", "上市企业|上市公司" },
  { LIAN_ENTERPRISE_TAGS_STATE_OWNED, "国有", "国企|国有企业" },
  { LIAN_ENTERPRISE_TAGS_PRIVATE, "民营", "民企|民营企业" },
  { LIAN_ENTERPRISE_TAGS_FOREIGN_FUNDED, "外资", "外资企业|外商投资" },
  { LIAN_ENTERPRISE_TAGS_HEADQUARTERS, "总部", "总部企业" },
  END
};

static const Label level_labels[] = {
  { LIAN_LEVEL_PROVINCE, "省级", "省" },
  { LIAN_LEVEL_CITY, "市级", "市" },
  { LIAN_LEVEL_COUNTY, "县级", "县|区|县区" },
  END
};

static const Label org_kind_labels[] = {
  { LIAN_ORG_KIND_ALLIANCE, "党建联盟", "产业链党建联盟|联盟" },
  { LIAN_ORG_KIND_CHAIN_COMMITTEE, "产业链党委", NULL },
  { LIAN_ORG_KIND_JOINT_COMMITTEE, "联合党委", NULL },
  { LIAN_ORG_KIND_BRANCH, "党支部", "支部" },
  { LIAN_ORG_KIND_ACTION_BRANCH, "行动支部", NULL },
  { LIAN_ORG_KIND_SERVICE_TEAM, "先锋服务队", "服务队" },
  { LIAN_ORG_KIND_PARTY_SCHOOL, "党校", "企业党校|流动党校" },
  { LIAN_ORG_KIND_ENTERPRISE, "企业党组织", NULL },
  END
};

static const Label project_status_labels[] = {
  { LIAN_PROJECT_STATUS_PLANNED, "计划中", "计划" },
  { LIAN_PROJECT_STATUS_ACTIVE, "实施中", "进行中" },
  { LIAN_PROJECT_STATUS_DONE, "已完成", "完成" },
  { LIAN_PROJECT_STATUS_CANCELLED, "已取消", "取消" },
  END
};

static const Label activity_kind_labels[] = {
  { LIAN_ACTIVITY_KIND_MEETING, "会议", NULL },
  { LIAN_ACTIVITY_KIND_POLICY_DOCUMENT, "政策文件", "文件" },
  { LIAN_ACTIVITY_KIND_TRAINING, "培训", NULL },
  { LIAN_ACTIVITY_KIND_CASE, "案例", "典型案例" },
  END
};

static const Label post_visibility_labels[] = {
  { LIAN_POST_VISIBILITY_CHAIN, "本链", "产业链" },
  { LIAN_POST_VISIBILITY_ALLIANCE, "联盟", "联盟内" },
  { LIAN_POST_VISIBILITY_EVERYONE, "公开", "所有人" },
  END
};

static const Label post_status_labels[] = {
  { LIAN_POST_STATUS_OPEN, "征集中", "开放" },
  { LIAN_POST_STATUS_CLOSED, "已关闭", "关闭" },
  { LIAN_POST_STATUS_AWARDED, "已成交", "成交" },
  { LIAN_POST_STATUS_CANCELLED, "已撤销", "撤销" },
  END
};

static const Label response_status_labels[] = {
  { LIAN_RESPONSE_STATUS_DRAFT, "草稿", NULL },
  { LIAN_RESPONSE_STATUS_SUBMITTED, "已提交", "提交" },
  { LIAN_RESPONSE_STATUS_SHORTLISTED, "入围", "已入围" },
  { LIAN_RESPONSE_STATUS_AWARDED, "中选", "已中选" },
  { LIAN_RESPONSE_STATUS_DECLINED, "未中选", "落选" },
  END
};

static const Label capacity_period_labels[] = {
  { LIAN_CAPACITY_PERIOD_DAY, "日", "每日|天" },
  { LIAN_CAPACITY_PERIOD_WEEK, "周", "每周" },
  { LIAN_CAPACITY_PERIOD_MONTH, "月", "每月" },
  { LIAN_CAPACITY_PERIOD_YEAR, "年", "每年" },
  END
};

static const Label *
labels_of (GType type)
{
  if (type == LIAN_TYPE_NEED_CATEGORY)
    return category_labels;
  if (type == LIAN_TYPE_NEED_STATUS)
    return status_labels;
  if (type == LIAN_TYPE_CHAIN_TIER)
    return tier_labels;
  if (type == LIAN_TYPE_SERVICE_KIND)
    return service_kind_labels;
  if (type == LIAN_TYPE_ENTERPRISE_SIZE)
    return size_labels;
  if (type == LIAN_TYPE_CHAIN_ROLE)
    return role_labels;
  if (type == LIAN_TYPE_ENTERPRISE_TAGS)
    return tag_labels;
  if (type == LIAN_TYPE_LEVEL)
    return level_labels;
  if (type == LIAN_TYPE_ORG_KIND)
    return org_kind_labels;
  if (type == LIAN_TYPE_PROJECT_STATUS)
    return project_status_labels;
  if (type == LIAN_TYPE_ACTIVITY_KIND)
    return activity_kind_labels;
  if (type == LIAN_TYPE_POST_VISIBILITY)
    return post_visibility_labels;
  if (type == LIAN_TYPE_POST_STATUS)
    return post_status_labels;
  if (type == LIAN_TYPE_RESPONSE_STATUS)
    return response_status_labels;
  if (type == LIAN_TYPE_CAPACITY_PERIOD)
    return capacity_period_labels;
  return NULL;
}

/* A single NEED_CATEGORIES flag is labelled as its category. */
static GType
label_type (GType  type,
            int   *value)
{
  if (type != LIAN_TYPE_NEED_CATEGORIES)
    return type;
  if (value)
    *value = g_bit_nth_lsf ((gulong) *value, -1);
  return LIAN_TYPE_NEED_CATEGORY;
}

const char *
lian_enum_get_csv_label (GType type,
                     int   value)
{
  const Label *labels = labels_of (label_type (type, &value));

  for (guint i = 0; labels && labels[i].label; i++)
    if (labels[i].value == value)
      return labels[i].label;
  return NULL;
}

static gboolean
alias_matches (const char *aliases,
               const char *text)
{
  gsize len = strlen (text);

  for (const char *p = aliases; p && *p;)
    {
      const char *bar = strchr (p, '|');
      gsize n = bar ? (gsize) (bar - p) : strlen (p);
      if (n == len && memcmp (p, text, n) == 0)
        return TRUE;
      p = bar ? bar + 1 : NULL;
    }
  return FALSE;
}

gboolean
lian_enum_find_label (GType       type,
                      const char *text,
                      int        *value)
{
  const Label *labels = labels_of (label_type (type, NULL));

  for (guint i = 0; labels && labels[i].label; i++)
    if ((text[0] && g_str_equal (labels[i].label, text)) ||
        alias_matches (labels[i].aliases, text))
      {
        *value = type == LIAN_TYPE_NEED_CATEGORIES ? 1 << labels[i].value : labels[i].value;
        return TRUE;
      }
  return FALSE;
}

char *
lian_enum_list_labels (GType type)
{
  const Label *labels = labels_of (label_type (type, NULL));
  GString *list = g_string_new (NULL);

  for (guint i = 0; labels && labels[i].label; i++)
    if (labels[i].label[0])
      g_string_append_printf (list, "%s%s", list->len ? ", " : "", labels[i].label);
  return g_string_free (list, FALSE);
}
