/* test-record.c: what every record has (checked through LianActivity)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
test_id_rules (void)
{
  g_autoptr(GError) error = NULL;
  char long_id[LIAN_ID_MAX_LENGTH + 2];

  CU_ASSERT_TRUE (lian_record_id_is_valid ("need-2023.07:a_1"));
  CU_ASSERT_FALSE (lian_record_id_is_valid (""));
  CU_ASSERT_FALSE (lian_record_id_is_valid (NULL));
  CU_ASSERT_FALSE (lian_record_id_is_valid ("a b"));
  CU_ASSERT_FALSE (lian_record_id_is_valid ("企业1"));
  memset (long_id, 'a', sizeof long_id - 1);
  long_id[LIAN_ID_MAX_LENGTH] = '\0';
  CU_ASSERT_TRUE (lian_record_id_is_valid (long_id));
  long_id[LIAN_ID_MAX_LENGTH] = 'a';
  long_id[LIAN_ID_MAX_LENGTH + 1] = '\0';
  CU_ASSERT_FALSE (lian_record_check_id (long_id, &error));
  LIAN_ASSERT_MESSAGE (error, "64");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  CU_ASSERT_FALSE (lian_record_check_id ("a/b", &error));
  LIAN_ASSERT_MESSAGE (error, "'/'");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
}

static void
test_id_is_construct_only_and_kind_from_class (void)
{
  g_autoptr(LianActivity) act = lian_activity_new ("act-1", LIAN_ACTIVITY_KIND_CASE, "2023-01-02");
  LianRecord *record = LIAN_RECORD (act);
  LianRecordKind kind;

  CU_ASSERT_STRING_EQUAL (lian_record_get_id (record), "act-1");
  CU_ASSERT_EQUAL (lian_record_get_record_kind (record), LIAN_RECORD_KIND_ACTIVITY);
  g_object_get (act, "record-kind", &kind, NULL);
  CU_ASSERT_EQUAL (kind, LIAN_RECORD_KIND_ACTIVITY);
  CU_ASSERT_TRUE (G_TYPE_IS_ABSTRACT (LIAN_TYPE_RECORD));
}

static void
test_name_notifies_once_per_change (void)
{
  g_autoptr(LianActivity) act = lian_activity_new ("act-1", LIAN_ACTIVITY_KIND_MEETING, "2023-01-02");
  int count = 0;

  g_signal_connect (act, "notify::name", G_CALLBACK (lian_test_count_notify_cb), &count);
  lian_record_set_name (LIAN_RECORD (act), "链长制推进会");
  lian_record_set_name (LIAN_RECORD (act), "链长制推进会");
  CU_ASSERT_EQUAL (count, 1);
  g_object_set (act, "name", "另一个", NULL);
  CU_ASSERT_EQUAL (count, 2);
  lian_record_set_name (LIAN_RECORD (act), NULL);
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_PTR_NULL (lian_record_get_name (LIAN_RECORD (act)));
}

static void
test_extra_members_are_kept (void)
{
  g_autoptr(LianActivity) act = lian_activity_new ("act-1", LIAN_ACTIVITY_KIND_MEETING, "2023-01-02");
  g_autoptr(JsonObject) extra = json_object_new ();

  CU_ASSERT_PTR_NULL (lian_record_get_extra (LIAN_RECORD (act)));
  json_object_set_string_member (extra, "备注", "县里报送");
  lian_record_set_extra (LIAN_RECORD (act), extra);
  CU_ASSERT_PTR_EQUAL (lian_record_get_extra (LIAN_RECORD (act)), extra);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (lian_record_get_extra (LIAN_RECORD (act)), "备注"),
                          "县里报送");
  lian_record_set_extra (LIAN_RECORD (act), NULL);
  CU_ASSERT_PTR_NULL (lian_record_get_extra (LIAN_RECORD (act)));
}

static void
test_validate_reports_bad_id (void)
{
  g_autoptr(LianActivity) act = lian_activity_new ("bad id", LIAN_ACTIVITY_KIND_MEETING, "2023-01-02");
  g_autoptr(LianActivity) none = g_object_new (LIAN_TYPE_ACTIVITY, "date", "2023-01-02", NULL);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (act), &error));
  LIAN_ASSERT_MESSAGE (error, "id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (none), &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
}

static void
test_records_are_finalized (void)
{
  LianActivity *act = lian_activity_new ("act-1", LIAN_ACTIVITY_KIND_MEETING, "2023-01-02");

  g_object_add_weak_pointer (G_OBJECT (act), (gpointer *) &act);
  g_object_unref (act);
  CU_ASSERT_PTR_NULL (act);
}

/* Found by fuzz-codes: the message quoted bytes that are not UTF-8. */
static void
test_check_id_message_is_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_check_id ("id!\xff", &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (g_utf8_validate (error->message, -1, NULL));
  CU_ASSERT_STRING_EQUAL (error->message, "id \"id!\xef\xbf\xbd\" holds '!', not one of [A-Za-z0-9._:-]");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
}

/* Every property that holds ids of other records is declared as a
 * reference by its kind, and to a kind of record: adding a property
 * without declaring it fails here. */
static void
test_kinds_declare_every_reference (void)
{
  guint n_refs = 0;

  for (LianRecordKind kind = 0; kind <= LIAN_RECORD_KIND_ACTIVITY; kind++)
    {
      GType type = lian_record_kind_get_record_type (kind);
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      g_autofree GParamSpec **pspecs = NULL;
      guint n = 0;

      CU_ASSERT_TRUE_FATAL (g_type_is_a (type, LIAN_TYPE_RECORD));
      CU_ASSERT_EQUAL (LIAN_RECORD_CLASS (klass)->kind, kind);
      pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n);
      for (guint i = 0; i < n; i++)
        {
          const char *name = pspecs[i]->name;
          gboolean holds_ids = g_str_has_suffix (name, "-id") || g_str_has_suffix (name, "-ids");
          LianRecordKind target = (LianRecordKind) -1;
          gboolean declared = lian_record_kind_get_reference (kind, name, &target);

          if (declared != holds_ids)
            g_printerr ("%s:%s: %s\n", g_type_name (type), name,
                        declared ? "declared, yet holds no ids" : "holds ids, yet is not declared");
          CU_ASSERT_EQUAL (declared, holds_ids);
          if (!declared)
            continue;
          n_refs++;
          CU_ASSERT_TRUE ((guint) target <= LIAN_RECORD_KIND_ACTIVITY);
          CU_ASSERT_EQUAL (G_PARAM_SPEC_VALUE_TYPE (pspecs[i]),
                           g_str_has_suffix (name, "-ids") ? G_TYPE_STRV : G_TYPE_STRING);
        }
    }
  /* Chain 1, enterprise 2, organisation 3, service 1, need 5, project 3,
   * activity 2. */
  CU_ASSERT_EQUAL (n_refs, 17);
}

static void
test_kinds_name_their_targets (void)
{
  LianRecordKind target = LIAN_RECORD_KIND_REGION;

  CU_ASSERT_TRUE (lian_record_kind_get_reference (LIAN_RECORD_KIND_NEED, "enterprise-id", &target));
  CU_ASSERT_EQUAL (target, LIAN_RECORD_KIND_ENTERPRISE);
  CU_ASSERT_TRUE (lian_record_kind_get_reference (LIAN_RECORD_KIND_PROJECT, "need-ids", &target));
  CU_ASSERT_EQUAL (target, LIAN_RECORD_KIND_NEED);
  CU_ASSERT_TRUE (lian_record_kind_get_reference (LIAN_RECORD_KIND_ORGANIZATION, "parent-id", NULL));
  CU_ASSERT_FALSE (lian_record_kind_get_reference (LIAN_RECORD_KIND_NEED, "title", NULL));
  CU_ASSERT_FALSE (lian_record_kind_get_reference (LIAN_RECORD_KIND_REGION, "id", NULL));
  CU_ASSERT_EQUAL (lian_record_kind_get_record_type (LIAN_RECORD_KIND_SERVICE), LIAN_TYPE_SERVICE_ITEM);
}

/* A NULL record, or an object that is no record, is refused with a
 * critical by every accessor of the base, before it reads anything. */
static void
test_misuse_is_refused (void)
{
  g_autoptr(GObject) object = g_object_new (G_TYPE_OBJECT, NULL);

  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*is_record (self)*");
  CU_ASSERT_PTR_NULL (lian_record_get_id (NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*is_record (self)*");
  CU_ASSERT_PTR_NULL (lian_record_get_id ((LianRecord *) object));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*is_record (self)*");
  CU_ASSERT_PTR_NULL (lian_record_get_name (NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*is_record (self)*");
  lian_record_set_name (NULL, "x");
  g_test_assert_expected_messages ();
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*is_record (self)*");
  CU_ASSERT_EQUAL (lian_record_get_revision (NULL), 0);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*is_record (self)*");
  CU_ASSERT_FALSE (lian_record_validate (NULL, NULL));
  g_test_assert_expected_messages ();
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/record/misuse-is-refused", test_misuse_is_refused },
    { "/lian/record/id-rules", test_id_rules },
    { "/lian/record/id-is-construct-only-and-kind-from-class", test_id_is_construct_only_and_kind_from_class },
    { "/lian/record/name-notifies-once-per-change", test_name_notifies_once_per_change },
    { "/lian/record/extra-members-are-kept", test_extra_members_are_kept },
    { "/lian/record/validate-reports-bad-id", test_validate_reports_bad_id },
    { "/lian/record/records-are-finalized", test_records_are_finalized },
    { "/lian/record/check-id-message-is-utf8", test_check_id_message_is_utf8 },
    { "/lian/record/kinds-declare-every-reference", test_kinds_declare_every_reference },
    { "/lian/record/kinds-name-their-targets", test_kinds_name_their_targets },
    { NULL, NULL },
  };
  return lian_test_run ("record", tests);
}
