/* lian-json-pull-node.c: a value read from the pull tokenizer as a JsonNode
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Only the values lian keeps as they are (the members a record or a
 * document does not know) become nodes; the records themselves never do.
 */
#include "config.h"

#include "lian-json-pull-private.h"
#include "lian-i18n-private.h"

/* A scalar token as a value node, or NULL if the token is not a value. */
static JsonNode *
scalar_node (LianJsonPull *pull)
{
  JsonNode *node;

  switch (pull->token)
    {
    case LIAN_TOKEN_STRING:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, pull->string->str);
      return node;
    case LIAN_TOKEN_INT:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, pull->int_value);
      return node;
    case LIAN_TOKEN_DOUBLE:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_double (node, pull->double_value);
      return node;
    case LIAN_TOKEN_TRUE:
    case LIAN_TOKEN_FALSE:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, pull->token == LIAN_TOKEN_TRUE);
      return node;
    case LIAN_TOKEN_NULL:
      return json_node_new (JSON_NODE_NULL);
    default:
      return NULL;
    }
}

/* The array that starts at the current '['; the current token is then
 * its ']'. */
static JsonNode *
array_node (LianJsonPull  *pull,
            LianPlace     *place,
            GError       **error)
{
  g_autoptr(JsonArray) array = json_array_new ();
  JsonNode *node;

  if (!lian_json_pull_next (pull, error))
    return NULL;
  while (pull->token != LIAN_TOKEN_END_ARRAY)
    {
      g_auto(LianPlace) where = { place, NULL, json_array_get_length (array), TRUE, NULL };
      JsonNode *item;

      if (json_array_get_length (array) > 0 &&
          !lian_json_pull_next_item (pull, FALSE, error))
        return NULL;
      item = lian_json_pull_node (pull, &where, error);
      if (item == NULL)
        return NULL;
      json_array_add_element (array, item);
      if (!lian_json_pull_next (pull, error))
        return NULL;
    }
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_set_array (node, array);
  return node;
}

/* The object that starts at the current '{'; the current token is then
 * its '}'. A member named twice is refused. */
static JsonNode *
object_node (LianJsonPull  *pull,
             LianPlace     *place,
             GError       **error)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node;

  if (!lian_json_pull_next (pull, error))
    return NULL;
  while (pull->token != LIAN_TOKEN_END_OBJECT)
    {
      g_autofree char *name = NULL;
      g_auto(LianPlace) where = { place, NULL, 0, FALSE, NULL };
      JsonNode *value;

      if (json_object_get_size (object) > 0 &&
          !lian_json_pull_next_item (pull, TRUE, error))
        return NULL;
      if (pull->token != LIAN_TOKEN_STRING)
        return lian_json_pull_error (pull, error, _("expected a member name, not %s"),
                                     lian_json_pull_token_name (pull->token)), NULL;
      if (json_object_has_member (object, pull->string->str))
        return lian_json_pull_duplicate (pull, place, pull->string->str, error), NULL;
      name = g_strdup (pull->string->str);
      where.member = name;
      if (!lian_json_pull_expect (pull, LIAN_TOKEN_COLON, "':'", error) ||
          !lian_json_pull_next (pull, error))
        return NULL;
      value = lian_json_pull_node (pull, &where, error);
      if (value == NULL)
        return NULL;
      json_object_set_member (object, name, value);
      if (!lian_json_pull_next (pull, error))
        return NULL;
    }
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}

JsonNode *
lian_json_pull_node (LianJsonPull  *pull,
                     LianPlace     *place,
                     GError       **error)
{
  JsonNode *node;

  if (pull->token == LIAN_TOKEN_BEGIN_ARRAY)
    return array_node (pull, place, error);
  if (pull->token == LIAN_TOKEN_BEGIN_OBJECT)
    return object_node (pull, place, error);
  node = scalar_node (pull);
  if (node == NULL)
    lian_json_pull_error (pull, error, _("expected a value, not %s"),
                          lian_json_pull_token_name (pull->token));
  return node;
}
