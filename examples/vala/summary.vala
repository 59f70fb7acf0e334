/* summary.vala: load a lian document and print what it holds
 *
 * Build: valac --pkg lian-1.0 summary.vala
 * Run:   ./summary data/jiangsu-sample.json
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
int main (string[] args) {
    const string[] KINDS = {
        "regions", "chains", "enterprises", "organizations",
        "services", "needs", "projects", "activities"
    };

    if (args.length != 2) {
        stderr.printf ("usage: %s FILE.json\n", args[0]);
        return 2;
    }

    var registry = new Lian.Registry ();
    try {
        /* Loading is all-or-nothing; the error names the line or JSON path. */
        registry.load_from_file (args[1], null);
    } catch (Error e) {
        stderr.printf ("%s: %s\n", args[1], e.message);
        return 1;
    }

    /* One live list per kind of record. */
    for (int k = 0; k < KINDS.length; k++)
        print ("%s: %u\n", KINDS[k], registry.get_records ((Lian.RecordKind) k).get_n_items ());

    /* A filter selects records; status is an indexed field. */
    print ("needs by status:\n");
    Lian.NeedStatus[] statuses = {
        Lian.NeedStatus.SUBMITTED, Lian.NeedStatus.ACCEPTED, Lian.NeedStatus.IN_PROGRESS,
        Lian.NeedStatus.RESOLVED, Lian.NeedStatus.CLOSED
    };
    try {
        foreach (var status in statuses) {
            var filter = new Lian.Filter (Lian.RecordKind.NEED);
            filter.set_status (status);
            /* A filter that can mean nothing is an error, never an empty list. */
            print ("  %s: %u\n", Lian.enum_to_nick (typeof (Lian.NeedStatus), status),
                   registry.select (filter).get_n_items ());
        }
    } catch (Error e) {
        stderr.printf ("%s\n", e.message);
        return 1;
    }
    return 0;
}
