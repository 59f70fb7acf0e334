/* lian-report-colors-private.h: the colours of an HTML report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Shared by the style sheet (lian-report-page.c) and the pictures
 * (lian-report-charts.c), so that a chart looks like the page around it.
 */
#pragma once

#define ACCENT     "#b3261e"
#define ACCENT_BG  "#fbeceb"
#define MUTED      "#59636e"
#define LINE       "#c9ced6"
#define TRACK      "#eceef1"
#define INK        "#1f2328"
