/* lian-csv-columns.c: the columns of each kind of record, and reading labels
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Keep doc/csv-columns.md in step with these tables (and with the labels
 * in lib/base/lian-labels.c).
 */
#include "config.h"

#include <string.h>

#include "lian-csv-private.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-error.h"
#include "lian-registry.h"
#include "lian-demand-post.h"
#include "lian-capability.h"
#include "lian-response.h"
#include "lian-i18n-private.h"

#define REQ (LIAN_CSV_COLUMN_REQUIRED | LIAN_CSV_COLUMN_NEEDS_VALUE)
#define K(x) LIAN_RECORD_KIND_##x

static const LianCsvColumn region_columns[] = {
  { "id", "行政区划代码", "区划代码|代码|编号", "id", LIAN_CSV_CELL_REGION, 0, REQ },
  { "name", "名称", "地区名称", "name", LIAN_CSV_CELL_TEXT, 0, 0 },
};

static const LianCsvColumn chain_columns[] = {
  { "id", "编号", "产业链编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "名称", "产业链名称", "name", LIAN_CSV_CELL_TEXT, 0, REQ },
  { "tier", "等级", NULL, "tier", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "cluster", "产业集群", "集群", "cluster", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "level", "层级", NULL, "level", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "region", "所在地区代码", "地区代码", "region", LIAN_CSV_CELL_REGION, 0, 0 },
  { "segments", "环节", NULL, "segments", LIAN_CSV_CELL_LIST, 0, 0 },
  { "leader_ids", "链主企业", NULL, "leader-ids", LIAN_CSV_CELL_REF_LIST, K (ENTERPRISE), 0 },
};

static const LianCsvColumn enterprise_columns[] = {
  { "id", "编号", "企业编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "企业名称", "名称|单位名称", "name", LIAN_CSV_CELL_TEXT, 0, REQ },
  { "uscc", "统一社会信用代码", "信用代码|社会信用代码", "uscc", LIAN_CSV_CELL_USCC, 0, REQ },
  { "region", "所在地区代码", "地区代码|行政区划代码|区划代码", "region", LIAN_CSV_CELL_REGION, 0, REQ },
  { "size", "企业规模", "规模", "size", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "tags", "企业标签", "标签", "tags", LIAN_CSV_CELL_FLAGS, 0, 0 },
  { "employees", "从业人数", "职工人数|员工人数", "employees", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "party_members", "党员人数", NULL, "party-members", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "contact_name", "联系人", NULL, "contact-name", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "contact_phone", "联系电话",
    "电话|手机|手机号码|手机号|电话号码|联系方式|联系人电话|联系人手机|移动电话|phone|tel|"
    "telephone|mobile|phone number", "contact-phone", LIAN_CSV_CELL_PHONE, 0, 0 },
  { "parent_id", "总部企业编号", "总部编号", "parent-id", LIAN_CSV_CELL_ID, 0, 0 },
  { "chain", "所属产业链", "产业链|chain_id|chains", NULL, LIAN_CSV_CELL_LINK_CHAIN, 0, 0 },
  { "segment", "环节", "产业链环节|所处环节", NULL, LIAN_CSV_CELL_LINK_SEGMENT, 0, 0 },
  { "role", "链上角色", "角色", NULL, LIAN_CSV_CELL_LINK_ROLE, 0, 0 },
};

static const LianCsvColumn organization_columns[] = {
  { "id", "编号", "组织编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "名称", "组织名称", "name", LIAN_CSV_CELL_TEXT, 0, REQ },
  { "kind", "类型", "组织类型", "kind", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "level", "层级", NULL, "level", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "region", "所在地区代码", "地区代码", "region", LIAN_CSV_CELL_REGION, 0, 0 },
  { "parent_id", "上级组织", NULL, "parent-id", LIAN_CSV_CELL_REF, K (ORGANIZATION), 0 },
  { "chain_ids", "服务产业链", NULL, "chain-ids", LIAN_CSV_CELL_REF_LIST, K (CHAIN), 0 },
  { "member_ids", "成员企业", NULL, "member-ids", LIAN_CSV_CELL_REF_LIST, K (ENTERPRISE), 0 },
  { "party_members", "党员人数", NULL, "party-members", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "brand", "品牌", NULL, "brand", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "founded", "成立日期", NULL, "founded", LIAN_CSV_CELL_DATE, 0, 0 },
};

static const LianCsvColumn service_columns[] = {
  { "id", "编号", "资源编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "名称", "资源名称|服务名称|政策名称", "name", LIAN_CSV_CELL_TEXT, 0, REQ },
  { "kind", "类型", "资源类型", "kind", LIAN_CSV_CELL_ENUM, 0, REQ },
  { "provider", "提供部门", "部门|提供单位", "provider", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "description", "说明", "描述|内容|简介", "description", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "categories", "服务类别", "适用类别|问题类别", "categories", LIAN_CSV_CELL_FLAGS, 0, REQ },
  { "region", "适用地区", "适用地区代码|地区代码", "region", LIAN_CSV_CELL_REGION, 0, 0 },
  { "chain_ids", "适用产业链", "产业链", "chain-ids", LIAN_CSV_CELL_REF_LIST, K (CHAIN), 0 },
  { "valid_from", "有效期起", "生效日期|开始日期", "valid-from", LIAN_CSV_CELL_DATE, 0, 0 },
  { "valid_until", "有效期止", "失效日期|截止日期", "valid-until", LIAN_CSV_CELL_DATE, 0, 0 },
  { "keywords", "关键词", "关键字", "keywords", LIAN_CSV_CELL_LIST, 0, 0 },
};

static const LianCsvColumn need_columns[] = {
  { "id", "编号", "需求编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "enterprise_id", "企业编号", NULL, "enterprise-id", LIAN_CSV_CELL_REF, K (ENTERPRISE), 0 },
  { "enterprise_uscc", "统一社会信用代码", "信用代码|社会信用代码|uscc", NULL,
    LIAN_CSV_CELL_ENTERPRISE_USCC, 0, 0 },
  { "enterprise_name", "企业名称", NULL, NULL, LIAN_CSV_CELL_ENTERPRISE_NAME, 0, 0 },
  { "region", "所在地区代码", "地区代码|行政区划代码|区划代码", NULL,
    LIAN_CSV_CELL_ENTERPRISE_REGION, 0, 0 },
  { "chain", "所属产业链", "产业链|chain_id", "chain-id", LIAN_CSV_CELL_REF, K (CHAIN), 0 },
  { "category", "问题类别", "类别|需求类别|问题类型", "category", LIAN_CSV_CELL_ENUM, 0, REQ },
  { "title", "需求标题", "标题|需求名称", "title", LIAN_CSV_CELL_TEXT, 0, REQ },
  { "description", "需求描述", "描述|问题描述|具体需求", "description", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "bottleneck", "是否卡脖子", "卡脖子", "bottleneck", LIAN_CSV_CELL_BOOLEAN, 0, 0 },
  { "amount_yuan", "金额（元）", "金额", "amount-yuan", LIAN_CSV_CELL_YUAN, 0, 0 },
  { "status", "状态", "办理状态", "status", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "submitted", "提交日期", "提交时间", "submitted", LIAN_CSV_CELL_DATE, 0, 0 },
  { "assignee_id", "承办组织", "承办单位", "assignee-id", LIAN_CSV_CELL_REF, K (ORGANIZATION), 0 },
  { "due", "办结时限", "时限", "due", LIAN_CSV_CELL_DATE, 0, 0 },
  { "resolved", "解决日期", "办结日期", "resolved", LIAN_CSV_CELL_DATE, 0, 0 },
  { "service_ids", "关联资源", "匹配资源", "service-ids", LIAN_CSV_CELL_REF_LIST, K (SERVICE), 0 },
  { "project_id", "行动项目", NULL, "project-id", LIAN_CSV_CELL_REF, K (PROJECT), 0 },
  { "history", "办理记录", NULL, NULL, LIAN_CSV_CELL_HISTORY, 0, 0 },
  { "name", "名称", NULL, "name", LIAN_CSV_CELL_TEXT, 0, LIAN_CSV_COLUMN_IF_USED },
};

static const LianCsvColumn project_columns[] = {
  { "id", "编号", "项目编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "名称", "项目名称", "name", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "owner_id", "牵头组织", NULL, "owner-id", LIAN_CSV_CELL_REF, K (ORGANIZATION), REQ },
  { "need_ids", "关联需求", NULL, "need-ids", LIAN_CSV_CELL_REF_LIST, K (NEED), 0 },
  { "service_ids", "关联资源", NULL, "service-ids", LIAN_CSV_CELL_REF_LIST, K (SERVICE), 0 },
  { "status", "状态", NULL, "status", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "started", "开始日期", NULL, "started", LIAN_CSV_CELL_DATE, 0, 0 },
  { "due", "计划完成日期", NULL, "due", LIAN_CSV_CELL_DATE, 0, 0 },
  { "finished", "完成日期", NULL, "finished", LIAN_CSV_CELL_DATE, 0, 0 },
  { "loans_yuan", "协调贷款（元）", NULL, "loans-yuan", LIAN_CSV_CELL_YUAN, 0, 0 },
  { "talents", "引进人才", NULL, "talents", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "problems_solved", "解决问题数", NULL, "problems-solved", LIAN_CSV_CELL_COUNT, 0, 0 },
};

static const LianCsvColumn activity_columns[] = {
  { "id", "编号", "活动编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "名称", "活动名称", "name", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "kind", "类型", NULL, "kind", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "org_id", "组织", NULL, "org-id", LIAN_CSV_CELL_REF, K (ORGANIZATION), 0 },
  { "chain_id", "产业链", NULL, "chain-id", LIAN_CSV_CELL_REF, K (CHAIN), 0 },
  { "date", "日期", NULL, "date", LIAN_CSV_CELL_DATE, 0, REQ },
  { "participants", "参与人数", NULL, "participants", LIAN_CSV_CELL_COUNT, 0, 0 },
};

static const LianCsvColumn post_columns[] = {
  { "id", "编号", "需求编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "名称", "需求名称", "name", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "enterprise_id", "发布企业", "链主企业|发布单位", "enterprise-id", LIAN_CSV_CELL_REF, K (ENTERPRISE), REQ },
  { "chain_id", "产业链", NULL, "chain-id", LIAN_CSV_CELL_REF, K (CHAIN), REQ },
  { "segment", "环节", NULL, "segment", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "product", "产品", "需求产品", "product", LIAN_CSV_CELL_TEXT, 0, REQ },
  { "industry_code", "行业代码", "国民经济行业代码", "industry-code", LIAN_CSV_CELL_ID, 0, 0 },
  { "specification", "技术规格", "规格|技术要求", "specification", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "quantity", "数量", "需求数量", "quantity", LIAN_CSV_CELL_COUNT, 0, REQ },
  { "unit", "单位", "计量单位", "unit", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "published", "发布日期", NULL, "published", LIAN_CSV_CELL_DATE, 0, REQ },
  { "delivery_from", "交货起始日期", NULL, "delivery-from", LIAN_CSV_CELL_DATE, 0, 0 },
  { "delivery_until", "交货截止日期", "交货期", "delivery-until", LIAN_CSV_CELL_DATE, 0, REQ },
  { "budget_yuan", "预算（元）", "预算", "budget-yuan", LIAN_CSV_CELL_YUAN, 0, 0 },
  { "visibility", "发布范围", NULL, "visibility", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "status", "状态", NULL, "status", LIAN_CSV_CELL_ENUM, 0, 0 },
};

static const LianCsvColumn capability_columns[] = {
  { "id", "编号", "产能编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "名称", NULL, "name", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "enterprise_id", "企业", "企业编号|供应企业", "enterprise-id", LIAN_CSV_CELL_REF, K (ENTERPRISE), REQ },
  { "products", "产品", "主要产品", "products", LIAN_CSV_CELL_LIST, 0, 0 },
  { "industry_codes", "行业代码", "国民经济行业代码", "industry-codes", LIAN_CSV_CELL_LIST, 0, 0 },
  { "capacity", "产能", NULL, "capacity", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "unit", "单位", "计量单位", "unit", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "period", "产能周期", "周期", "period", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "min_order", "起订量", "最小订单量", "min-order", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "lead_days", "交货周期（天）", "交货周期|交期", "lead-days", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "certifications", "资质认证", "认证", "certifications", LIAN_CSV_CELL_LIST, 0, 0 },
  { "regions", "服务地区", "服务区域", "regions", LIAN_CSV_CELL_LIST, 0, 0 },
};

static const LianCsvColumn response_columns[] = {
  { "id", "编号", "响应编号", "id", LIAN_CSV_CELL_ID, 0, 0 },
  { "name", "名称", NULL, "name", LIAN_CSV_CELL_TEXT, 0, 0 },
  { "post_id", "需求发布", "需求编号", "post-id", LIAN_CSV_CELL_REF, K (POST), REQ },
  { "enterprise_id", "供应企业", "企业", "enterprise-id", LIAN_CSV_CELL_REF, K (ENTERPRISE), REQ },
  { "quantity", "报价数量", "数量", "quantity", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "lead_days", "交货周期（天）", "交货周期|交期", "lead-days", LIAN_CSV_CELL_COUNT, 0, 0 },
  { "price_yuan", "报价（元）", "报价", "price-yuan", LIAN_CSV_CELL_YUAN, 0, 0 },
  { "status", "状态", NULL, "status", LIAN_CSV_CELL_ENUM, 0, 0 },
  { "moves", "变更记录", NULL, "moves", LIAN_CSV_CELL_LIST, 0, 0 },
};

static const struct {
  const LianCsvColumn *columns;
  guint                n;
} tables[] = {
  [LIAN_RECORD_KIND_REGION] = { region_columns, G_N_ELEMENTS (region_columns) },
  [LIAN_RECORD_KIND_CHAIN] = { chain_columns, G_N_ELEMENTS (chain_columns) },
  [LIAN_RECORD_KIND_ENTERPRISE] = { enterprise_columns, G_N_ELEMENTS (enterprise_columns) },
  [LIAN_RECORD_KIND_ORGANIZATION] = { organization_columns, G_N_ELEMENTS (organization_columns) },
  [LIAN_RECORD_KIND_SERVICE] = { service_columns, G_N_ELEMENTS (service_columns) },
  [LIAN_RECORD_KIND_NEED] = { need_columns, G_N_ELEMENTS (need_columns) },
  [LIAN_RECORD_KIND_PROJECT] = { project_columns, G_N_ELEMENTS (project_columns) },
  [LIAN_RECORD_KIND_ACTIVITY] = { activity_columns, G_N_ELEMENTS (activity_columns) },
  [LIAN_RECORD_KIND_POST] = { post_columns, G_N_ELEMENTS (post_columns) },
  [LIAN_RECORD_KIND_CAPABILITY] = { capability_columns, G_N_ELEMENTS (capability_columns) },
  [LIAN_RECORD_KIND_RESPONSE] = { response_columns, G_N_ELEMENTS (response_columns) },
};

const LianCsvColumn *
lian_csv_columns (LianRecordKind  kind,
                  guint          *n_columns)
{
  g_assert (kind < G_N_ELEMENTS (tables));
  *n_columns = tables[kind].n;
  return tables[kind].columns;
}

const char *
lian_csv_column_header (const LianCsvColumn *column,
                        gboolean             english)
{
  return english ? column->member : column->zh;
}

/* A header as compared: '*' marks of required columns, spaces (full-width
 * ones too), '_' and '-' dropped, full-width forms folded, ASCII lower-cased:
 * "Contact Phone", "contact-phone" and "contact_phone" are one header. */
static char *
header_key (const char *header)
{
  g_autofree char *folded = lian_csv_fold (header);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p++)
    if (*p != '*' && *p != '_' && *p != '-')
      g_string_append_c (key, g_ascii_tolower (*p));
  return g_string_free (key, FALSE);
}

static gboolean
key_matches (const char *key,
             const char *name)
{
  g_autofree char *other = header_key (name);

  return g_str_equal (key, other);
}

int
lian_csv_find_column (LianRecordKind  kind,
                      const char     *header)
{
  g_autofree char *key = header_key (header);
  guint n;
  const LianCsvColumn *columns = lian_csv_columns (kind, &n);

  if (key[0] == '\0')
    return -1;
  for (guint i = 0; i < n; i++)
    if (key_matches (key, columns[i].member) || key_matches (key, columns[i].zh))
      return i;
  for (guint i = 0; i < n; i++)
    if (columns[i].aliases)
      {
        g_auto(GStrv) aliases = g_strsplit (columns[i].aliases, "|", -1);
        for (guint a = 0; aliases[a]; a++)
          if (key_matches (key, aliases[a]))
            return i;
      }
  return -1;
}

GType
lian_csv_record_type (LianRecordKind kind)
{
  switch (kind)
    {
    case LIAN_RECORD_KIND_REGION: return LIAN_TYPE_REGION;
    case LIAN_RECORD_KIND_CHAIN: return LIAN_TYPE_CHAIN;
    case LIAN_RECORD_KIND_ENTERPRISE: return LIAN_TYPE_ENTERPRISE;
    case LIAN_RECORD_KIND_ORGANIZATION: return LIAN_TYPE_PARTY_ORG;
    case LIAN_RECORD_KIND_SERVICE: return LIAN_TYPE_SERVICE_ITEM;
    case LIAN_RECORD_KIND_NEED: return LIAN_TYPE_NEED;
    case LIAN_RECORD_KIND_PROJECT: return LIAN_TYPE_ACTION_PROJECT;
    case LIAN_RECORD_KIND_ACTIVITY: return LIAN_TYPE_ACTIVITY;
    case LIAN_RECORD_KIND_POST: return LIAN_TYPE_DEMAND_POST;
    case LIAN_RECORD_KIND_CAPABILITY: return LIAN_TYPE_CAPABILITY;
    case LIAN_RECORD_KIND_RESPONSE: return LIAN_TYPE_RESPONSE;
    default: g_assert_not_reached ();
    }
}

GType
lian_csv_column_value_type (LianRecordKind       kind,
                            const LianCsvColumn *column)
{
  switch (column->type)
    {
    case LIAN_CSV_CELL_LINK_ROLE:
      return LIAN_TYPE_CHAIN_ROLE;
    case LIAN_CSV_CELL_HISTORY:
      return LIAN_TYPE_NEED_STATUS;
    case LIAN_CSV_CELL_ENUM:
    case LIAN_CSV_CELL_FLAGS:
      {
        g_autoptr(GTypeClass) klass = g_type_class_ref (lian_csv_record_type (kind));
        GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass),
                                                          column->property);
        g_assert (pspec != NULL);
        return G_PARAM_SPEC_VALUE_TYPE (pspec);
      }
    default:
      return G_TYPE_INVALID;
    }
}

/* Labels (the words themselves are in lib/base/lian-labels.c) */

static void
set_unknown_label_error (GError     **error,
                         GType        type,
                         const char  *text)
{
  g_autofree char *noun = lian_type_noun (type == LIAN_TYPE_NEED_CATEGORIES
                                          ? LIAN_TYPE_NEED_CATEGORY : type);
  g_autofree char *expected = lian_enum_list_labels (type);

  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_UNKNOWN_NICK,
               _("unknown %s \"%s\"; expected one of %s"), noun, text, expected);
}

gboolean
lian_csv_parse_label (GType        type,
                      const char  *text,
                      int         *value,
                      GError     **error)
{
  LianCsvFolded folded;
  char *nick;
  gboolean found;

  lian_csv_folded_init (&folded, text);
  nick = g_alloca (strlen (folded.text) + 1);
  for (guint i = 0;; i++)
    {
      char c = g_ascii_tolower (folded.text[i]);
      nick[i] = c == '_' || c == ' ' ? '-' : c;
      if (c == '\0')
        break;
    }
  /* Enum and flags classes, once made, are never freed: peek after the first. */
  if (g_type_class_peek (type) == NULL)
    g_type_class_ref (type);
  if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *klass = g_type_class_peek (type);
      GEnumValue *ev = g_enum_get_value_by_nick (klass, nick);
      if (ev)
        {
          *value = ev->value;
          lian_csv_folded_clear (&folded);
          return TRUE;
        }
    }
  else
    {
      GFlagsClass *klass = g_type_class_peek (type);
      GFlagsValue *fv = g_flags_get_value_by_nick (klass, nick);
      if (fv && fv->value != 0)
        {
          *value = (int) fv->value;
          lian_csv_folded_clear (&folded);
          return TRUE;
        }
    }
  /* The file's own labels first; then the English ones (chain leader,
   * high-tech enterprise) and those of the current language. */
  found = lian_enum_find_label (type, folded.text, value) ||
          lian_enum_from_label (type, text, value, NULL);
  if (!found)
    set_unknown_label_error (error, type, folded.text);
  lian_csv_folded_clear (&folded);
  return found;
}
