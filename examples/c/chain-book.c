/* chain-book.c: write the book of a chain (一链一册) as Markdown
 *
 * Build:  cc chain-book.c $(pkg-config --cflags --libs lian-1.0) -o chain-book
 * Run:    ./chain-book data/jiangsu-sample.json chain-ic [2023-10-10] > chain-ic.md
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <locale.h>
#include <stdio.h>
#include <lian/lian.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *book = NULL;

  /* The book is written in the language of the locale (LANG=zh_CN.UTF-8:
   * Chinese), or in the one lian_set_language() chose. */
  setlocale (LC_ALL, "");
  if (argc != 3 && argc != 4)
    {
      g_printerr ("usage: %s FILE.json CHAIN-ID [YYYY-MM-DD]\n", argv[0]);
      return 2;
    }
  if (argc == 4 && !lian_date_is_valid (argv[3]))
    {
      g_printerr ("%s: not a date YYYY-MM-DD\n", argv[3]);
      return 2;
    }
  if (!lian_registry_load_from_file (registry, argv[1], NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  /* LIAN_REPORT_FORMAT_HTML gives a self-contained page with an SVG diagram
   * of the segments instead; phone numbers are masked unless
   * LIAN_REPORT_FLAGS_SHOW_PERSONAL is given. The services listed are those
   * valid on the day given (NULL: today). */
  book = lian_report_chain_book (registry, argv[2], argc == 4 ? argv[3] : NULL,
                                 LIAN_REPORT_FORMAT_MARKDOWN, LIAN_REPORT_FLAGS_NONE, &error);
  if (book == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  fputs (book, stdout);
  return 0;
}
