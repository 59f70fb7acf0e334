# SPDX-License-Identifier: LGPL-2.1-or-later
"""The counts of needs by region and status stay those of a scan of the
needs while needs move, enterprises move and records come and go."""
import random
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

COUNTIES = ['320205', '320214', '320505', '320582', '321102', '320102']
STATUSES = [Lian.NeedStatus.SUBMITTED, Lian.NeedStatus.ACCEPTED, Lian.NeedStatus.IN_PROGRESS,
            Lian.NeedStatus.RESOLVED, Lian.NeedStatus.CLOSED]
USCC = ['91320214745555318W', '91110000600037341L', '913205056082348768']


def areas(code):
    """The county, its city and its province."""
    return [code, code[:4] + '00', code[:2] + '0000']


def scan(reg):
    counts = {}
    for need in reg.get_needs():
        firm = reg.lookup_enterprise(need.props.enterprise_id)
        for area in areas(firm.props.region):
            key = (area, int(need.props.status))
            counts[key] = counts.get(key, 0) + 1
    return counts


class RegionCountsTestCase(unittest.TestCase):
    def assert_counts(self, reg):
        expected = scan(reg)
        for county in COUNTIES:
            for area in areas(county):
                for status in STATUSES:
                    self.assertEqual(reg.count_needs_by_status(area, status),
                                     expected.get((area, int(status)), 0), (area, status))

    def test_churn(self):
        rng = random.Random(20261205)
        reg = Lian.Registry()
        firms = []
        for i in range(12):
            firm = Lian.Enterprise.new('f%d' % i, '企业%d' % i, USCC[i % len(USCC)],
                                       rng.choice(COUNTIES))
            reg.add(firm)
            firms.append(firm.props.id)
        n = 0
        for step in range(400):
            op = rng.randrange(6)
            needs = [need.props.id for need in reg.get_needs()]
            if op <= 1 or not needs:
                n += 1
                reg.add(Lian.Need(id='n%d' % n, enterprise_id=rng.choice(firms), title='需求',
                                  category=Lian.NeedCategory.FINANCING))
            elif op == 2:
                status = rng.choice(STATUSES)
                try:
                    reg.move_need(rng.choice(needs), status, None, None, None)
                except GLib.Error:
                    pass   # not a move its status allows
            elif op == 3:
                firm = reg.lookup_enterprise(rng.choice(firms))
                reg.update(firm, 'region', rng.choice(COUNTIES))
            elif op == 4:
                reg.remove(rng.choice(needs), False)
            else:
                # An enterprise goes with its needs, and comes back.
                firm = rng.choice(firms)
                reg.remove(firm, True)
                reg.add(Lian.Enterprise.new(firm, '企业', USCC[0], rng.choice(COUNTIES)))
            self.assert_counts(reg)


if __name__ == '__main__':
    unittest.main()
