/* lian-problem.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-problem-private.h"
#include "lian-enum-types.h"

/**
 * LianProblem:
 *
 * One thing [method@Lian.Registry.check] found wrong, late or worth knowing
 * in a registry: how serious it is, a stable code that says what kind of
 * problem it is, the record it is about, the field, and a message in words.
 *
 * Problems are read-only: they describe the registry as it was when it was
 * checked.
 *
 * ```python
 * for problem in reg.check('2023-12-31', 90):
 *     print(problem.props.severity.value_nick, problem.props.code,
 *           problem.props.record_id, problem.props.message)
 * ```
 *
 * The codes are:
 *
 * - `duplicate-uscc` (error): another enterprise has the same credit code
 * - `duplicate-name` (warning): another enterprise has the same name once
 *   spaces, full-width characters, case and company suffixes are set aside
 * - `chain-without-leader` (warning): a chain has no leader enterprise
 * - `unknown-segment` (warning): an enterprise sits on a chain in a segment
 *   the chain does not have
 * - `need-open-too-long` (warning): a need has been open longer than allowed
 * - `need-overdue` (warning): a need is past its due day and still open
 * - `project-overdue` (warning): a project is past its due day and neither
 *   done nor cancelled
 * - `org-without-members` (info): an organisation has no member enterprises
 * - `dangling-reference` (error): a record refers to an id no record has
 * - `wrong-kind-reference` (error): a record refers to a record of the
 *   wrong kind
 * - `invalid-record` (error): a record no longer validates
 * - `org-cycle` (error): organisations are each other's ancestors
 */

struct _LianProblem
{
  GObject parent_instance;

  LianSeverity severity;
  char *code;
  char *record_id;
  char *field;
  char *message;
};

G_DEFINE_FINAL_TYPE (LianProblem, lian_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_RECORD_ID,
  PROP_FIELD,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
lian_problem_finalize (GObject *object)
{
  LianProblem *self = LIAN_PROBLEM (object);

  g_free (self->code);
  g_free (self->record_id);
  g_free (self->field);
  g_free (self->message);

  G_OBJECT_CLASS (lian_problem_parent_class)->finalize (object);
}

static void
lian_problem_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LianProblem *self = LIAN_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, lian_problem_get_severity (self));
      break;
    case PROP_CODE:
      g_value_set_string (value, lian_problem_get_code (self));
      break;
    case PROP_RECORD_ID:
      g_value_set_string (value, lian_problem_get_record_id (self));
      break;
    case PROP_FIELD:
      g_value_set_string (value, lian_problem_get_field (self));
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, lian_problem_get_message (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_problem_class_init (LianProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lian_problem_finalize;
  object_class->get_property = lian_problem_get_property;

  /**
   * LianProblem:severity:
   *
   * How serious the problem is.
   */
  props[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, LIAN_TYPE_SEVERITY, LIAN_SEVERITY_INFO,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianProblem:code:
   *
   * What kind of problem it is, as a stable string such as
   * `duplicate-uscc`; the codes are listed at [class@Lian.Problem].
   */
  props[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianProblem:record-id:
   *
   * The id of the record the problem is about.
   */
  props[PROP_RECORD_ID] =
    g_param_spec_string ("record-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianProblem:field:
   *
   * The member of the record the problem is in, as in a document
   * (`uscc`, `parent_id`, `chain_links`), or `NULL` when it is about the
   * record as a whole.
   */
  props[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianProblem:message:
   *
   * The problem in words, naming the other records involved, in the
   * language of lian's messages when the check ran ([func@Lian.set_language],
   * or the locale). Programs should go by [property@Lian.Problem:code] and
   * [property@Lian.Problem:field], which are the same in every language.
   */
  props[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lian_problem_init (LianProblem *self)
{
}

LianProblem *
lian_problem_new_take (LianSeverity  severity,
                       const char   *code,
                       const char   *record_id,
                       const char   *field,
                       char         *message)
{
  LianProblem *self = g_object_new (LIAN_TYPE_PROBLEM, NULL);

  self->severity = severity;
  self->code = g_strdup (code);
  self->record_id = g_strdup (record_id);
  self->field = g_strdup (field);
  self->message = message;
  return self;
}

int
lian_problem_compare (LianProblem *a,
                      LianProblem *b)
{
  int diff;

  if (a->severity != b->severity)
    return a->severity > b->severity ? -1 : 1;
  if ((diff = g_strcmp0 (a->record_id, b->record_id)) != 0 ||
      (diff = g_strcmp0 (a->code, b->code)) != 0 ||
      (diff = g_strcmp0 (a->field, b->field)) != 0)
    return diff;
  return g_strcmp0 (a->message, b->message);
}

/**
 * lian_problem_get_severity:
 * @self: a problem
 *
 * Gets how serious the problem is.
 *
 * Returns: the severity
 */
LianSeverity
lian_problem_get_severity (LianProblem *self)
{
  g_return_val_if_fail (LIAN_IS_PROBLEM (self), LIAN_SEVERITY_INFO);

  return self->severity;
}

/**
 * lian_problem_get_code:
 * @self: a problem
 *
 * Gets what kind of problem it is: a stable string such as
 * `duplicate-uscc`.
 *
 * Returns: (transfer none): the code
 */
const char *
lian_problem_get_code (LianProblem *self)
{
  g_return_val_if_fail (LIAN_IS_PROBLEM (self), NULL);

  return self->code;
}

/**
 * lian_problem_get_record_id:
 * @self: a problem
 *
 * Gets the id of the record the problem is about.
 *
 * Returns: (transfer none): the record's id
 */
const char *
lian_problem_get_record_id (LianProblem *self)
{
  g_return_val_if_fail (LIAN_IS_PROBLEM (self), NULL);

  return self->record_id;
}

/**
 * lian_problem_get_field:
 * @self: a problem
 *
 * Gets the member of the record the problem is in, in snake case as in a
 * document (`uscc`, `parent_id`).
 *
 * Returns: (transfer none) (nullable): the field, or `NULL` when the
 *   problem is about the record as a whole
 */
const char *
lian_problem_get_field (LianProblem *self)
{
  g_return_val_if_fail (LIAN_IS_PROBLEM (self), NULL);

  return self->field;
}

/**
 * lian_problem_get_message:
 * @self: a problem
 *
 * Gets the problem in words.
 *
 * Returns: (transfer none): the message
 */
const char *
lian_problem_get_message (LianProblem *self)
{
  g_return_val_if_fail (LIAN_IS_PROBLEM (self), NULL);

  return self->message;
}
