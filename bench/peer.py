#!/usr/bin/python3
# The script a user would write with Python's standard library: load the
# document and compute the same three statistics lian's benchmark asks of
# lian. Prints its timings as JSON.
# SPDX-License-Identifier: LGPL-2.1-or-later
import collections
import json
import sys
import time

start = time.perf_counter()
with open(sys.argv[1], encoding='utf-8') as f:
    doc = json.load(f)
loaded = time.perf_counter()

# 1. needs by status
by_status = collections.Counter(n.get('status', 'submitted') for n in doc['needs'])
# 2. enterprises per city (the first four digits of the region code)
by_city = collections.Counter(e['region'][:4] + '00' for e in doc['enterprises'])
# 3. the resolution rate: resolved / (all - closed)
resolved = by_status.get('resolved', 0)
rate = resolved / max(1, len(doc['needs']) - by_status.get('closed', 0))
done = time.perf_counter()

print(json.dumps({'load': loaded - start, 'stats': done - loaded,
                  'check': [sum(by_status.values()), len(by_city), round(rate, 6)]}))
