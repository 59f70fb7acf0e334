/* consumer.c: a program of another project, built with lian as a subproject
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <lian/lian.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  if (argc != 2 || !lian_registry_load_from_file (registry, argv[1], NULL, &error))
    {
      g_printerr ("%s\n", error ? error->message : "usage: consumer FILE.json");
      return 1;
    }
  g_print ("lian %s: %u records\n", lian_get_version_string (),
           lian_registry_get_n_records (registry));
  return 0;
}
