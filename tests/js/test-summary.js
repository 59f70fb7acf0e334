// SPDX-License-Identifier: LGPL-2.1-or-later
// LianSummary from gjs, on the bundled Jiangsu sample; every figure was
// counted by hand from data/jiangsu-sample.json.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, run} from './harness.js';

const sample = GLib.build_filenamev([GLib.getenv('LIAN_SOURCE_DIR') ?? '.', 'data', 'jiangsu-sample.json']);
const registry = new Lian.Registry();
registry.load_from_file(sample, null);

const near = (a, b) => Math.abs(a - b) < 1e-9;

test('whole sample', () => {
    const s = Lian.Summary.new(registry, null, null);
    assertEqual(s.scope_label, 'all');
    assertEqual(s.get_n_needs(), 11);
    // resolved 3 of 11 - 1 closed; days 3, 23 and 132
    assert(near(s.get_resolution_rate(), 0.3), 'resolution rate');
    assert(near(s.get_median_days_to_resolve(), 23), 'median');
    assert(near(s.get_p90_days_to_resolve(), 110.2), 'p90');
    // 30 enterprises with 3 or more party members have their own
    // organisation; ent-dy-coating (2) is in the branch; ent-dy-ecommerce
    // (2) is in nothing.
    assertEqual(s.get_n_organization_covered(), 31);
    assertEqual(s.get_n_own_organization(), 30);
    assertEqual(s.get_n_work_covered(), 31);
    assertEqual(s.get_loans_yuan(), 300000000);
});

test('scope by chain', () => {
    // chain-nev: 13 enterprises, each with its own organisation; the service team,
    // the action branch and Changzhou's committee; five services for every
    // chain and svc-cz-nev-fund; need-005 (closed), need-006 (resolved in
    // 132 days), need-008 (accepted); proj-nev-solid; act-004.
    const s = Lian.Summary.new(registry, new Lian.Filter({chain_id: 'chain-nev'}), null);
    assertEqual(s.scope_label, '新能源汽车产业链');
    assertEqual(s.get_n_chains(), 1);
    assertEqual(s.get_n_enterprises(), 13);
    assertEqual(s.get_organization_coverage(), 1);
    assertEqual(s.get_work_coverage(), 1);
    assertEqual(s.get_n_organizations(), 3);
    assertEqual(s.get_n_services(), 6);
    assertEqual(s.get_n_needs(), 3);
    assertEqual(s.get_resolution_rate(), 0.5);
    assertEqual(s.get_median_days_to_resolve(), 132);
    assertEqual(s.get_n_projects_by_status(Lian.ProjectStatus.DONE), 1);
    assertEqual(s.get_talents(), 25);
    assertEqual(s.get_n_activities_by_kind(Lian.ActivityKind.CASE), 1);
});

test('scope by region and as of a day', () => {
    // Zhenjiang by 2023-07-12: need-004 submitted 07-11, in progress 07-12
    // (resolved only 07-14); the branch and the joint committee.
    const s = Lian.Summary.new(registry, new Lian.Filter({region: '321100'}), '2023-07-12');
    assertEqual(s.as_of, '2023-07-12');
    assertEqual(s.get_n_needs(), 1);
    assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.IN_PROGRESS), 1);
    assertEqual(s.get_n_organizations(), 2);
    // ent-dy-lens, ent-dy-frame, ent-dy-coating in the branch, ent-dy-resin
    // and ent-jk-frame in the joint committee; ent-jr-logis (9 party
    // members) and ent-dt-glass (8) with their own; ent-dy-ecommerce (2)
    // in nothing
    assertEqual(s.get_n_enterprises(), 8);
    assertEqual(s.get_n_organization_covered(), 7);
    assertEqual(s.get_median_days_to_resolve(), -1);
});

test('roll-ups', () => {
    const cities = Lian.Summary.rollup_regions(registry, null, '320000', Lian.Level.CITY, null);
    assertEqual(cities.get_n_items(), 6);
    const keys = [], labels = [], needs = [];
    for (let i = 0; i < cities.get_n_items(); i++) {
        const city = cities.get_item(i);
        keys.push(city.key);
        labels.push(city.label);
        needs.push(city.get_n_needs());
    }
    assertEqual(keys, ['320100', '320200', '320400', '320500', '320600', '321100']);
    assertEqual(labels, ['南京市', '无锡市', '常州市', '苏州市', '南通市', '镇江市']);
    assertEqual(needs, [0, 4, 1, 3, 1, 2]);

    const chains = Lian.Summary.rollup_chains(registry, null, null);
    assertEqual(chains.get_n_items(), 3);
    assertEqual(chains.get_item(0).key, 'chain-ic');
    assertEqual(chains.get_item(0).get_n_enterprises(), 12);
});

test('roll-up to counties', () => {
    const counties = Lian.Summary.rollup_regions(registry, null, '320000', Lian.Level.COUNTY, null);
    const suzhou = Lian.Summary.rollup_regions(registry, null, '320500', Lian.Level.COUNTY, null);
    const keys = [];
    for (let i = 0; i < counties.get_n_items(); i++)
        keys.push(counties.get_item(i).key);
    const at = keys.indexOf('320506');
    for (let i = 0; i < suzhou.get_n_items(); i++) {
        assertEqual(counties.get_item(at + i).key, suzhou.get_item(i).key);
        assertEqual(counties.get_item(at + i).get_n_needs(), suzhou.get_item(i).get_n_needs());
    }
    assertEqual(keys, [...keys].sort());
});

test('to_json keys', () => {
    const s = Lian.Summary.new(registry, new Lian.Filter({region: '320200'}), null);
    const data = JSON.parse(s.to_json_string());
    assertEqual(data.scope, '无锡市');
    assertEqual(data.as_of, null);
    assertEqual(data.enterprises.work_coverage, {count: 7, rate: 1});
    assertEqual(data.needs.by_status, {submitted: 1, accepted: 1, 'in-progress': 1, resolved: 1, closed: 0});
    assertEqual(data.needs.days_to_resolve, {count: 1, median: 23, p90: 23});
    // chain-ic, whose leader ent-wx-chip lies in Wuxi.
    assertEqual(data.chains.total, 1);
    assertEqual(data.chains.by_level, {province: 1, city: 0, county: 0});
    assertEqual(Object.keys(data.organizations.by_kind_and_level).length, 8);
    assertEqual(data.services.by_kind.policy, 1);
    // proj-ic-eda, for need-003 of ent-wx-chip.
    assertEqual(data.projects.total, 1);
    assertEqual(data.enterprises.own_organization, 7);
    assertEqual(data.saturated, []);
});

test('figures as properties', () => {
    const s = Lian.Summary.new(registry, null, null);
    assertEqual(s.n_needs, s.get_n_needs());
    assertEqual(s.n_chains, 3);
    assertEqual(s.n_organization_covered, 31);
    assert(near(s.organization_coverage, 31 / 32), 'organization_coverage');
    assert(near(s.p90_days_to_resolve, 110.2), 'p90_days_to_resolve');
    assertEqual(s.loans_yuan, 300000000);
    assertEqual(s.n_resolutions, 3);
    assertEqual(s.saturated, false);
    const counties = Lian.Summary.rollup_regions(registry, null, '320000', Lian.Level.COUNTY, null);
    for (let i = 0; i < counties.get_n_items(); i++)
        assertEqual(counties.get_item(i).n_needs, counties.get_item(i).get_n_needs());
});

test('coverage of an enterprise', () => {
    const chip = registry.lookup_enterprise('ent-wx-chip');
    assertEqual(Lian.Summary.coverage_of(registry, chip, null),
        Lian.Coverage.WORK | Lian.Coverage.ORGANIZATION | Lian.Coverage.OWN_ORGANIZATION);
    const ecommerce = registry.lookup_enterprise('ent-dy-ecommerce');
    assertEqual(Lian.Summary.coverage_of(registry, ecommerce, null), Lian.Coverage.NONE);
});

test('roll-up by period', () => {
    const months = Lian.Summary.rollup_periods(registry, null, Lian.Period.MONTH, null);
    assertEqual(months.get_n_items(), 17);
    assertEqual(months.get_item(0).key, '2022-06');
    let needs = 0, resolutions = 0;
    for (let i = 0; i < months.get_n_items(); i++) {
        needs += months.get_item(i).n_needs;
        resolutions += months.get_item(i).n_resolutions;
    }
    assertEqual([needs, resolutions], [11, 3]);
    const quarters = Lian.Summary.rollup_periods(registry, null, Lian.Period.QUARTER, null);
    const q3 = quarters.get_item(quarters.get_n_items() - 2);
    assertEqual(q3.key, '2023-Q3');
    assertEqual(q3.label, '2023 Q3');
    // Submitted in Q3: 004 (07-11), 009, 001, 002, 008; resolved 004, 006.
    assertEqual([q3.n_needs, q3.n_resolutions], [5, 2]);
});

test('CSV', () => {
    const chains = Lian.Summary.rollup_chains(registry, null, null);
    const lines = Lian.Summary.list_to_csv(chains).split('\r\n');
    assertEqual(lines.length, 5);
    assertEqual(lines[4], '');
    const header = lines[0].split(',');
    assertEqual(header.slice(0, 5), ['key', 'label', 'scope', 'as_of', 'chains.total']);
    const row = lines[1].split(',');
    assertEqual(row[0], 'chain-ic');
    assertEqual(row[header.indexOf('needs.total')], '6');
    assertEqual(row[header.indexOf('enterprises.organization_coverage.rate')], '1');
    const one = Lian.Summary.new(registry, null, null).to_csv().split('\r\n');
    assertEqual(one[0], lines[0]);
});

test('sums never overflow', () => {
    const big = new Lian.Registry();
    big.load_from_file(sample, null);
    const projects = big.get_projects();
    for (let i = 0; i < projects.get_n_items(); i++)
        projects.get_item(i).loans_yuan = 9200000000000000000;
    const s = Lian.Summary.new(big, null, null);
    assert(s.is_saturated(), 'saturated');
    const problems = s.get_problems();
    assertEqual(problems.get_n_items(), 1);
    assertEqual(problems.get_item(0).field, 'projects.loans_yuan');
    assertEqual(problems.get_item(0).code, 'sum-saturated');
    assertEqual(problems.get_item(0).message,
        "projects.loans_yuan: the sum of the projects' loans is more than " +
        '9,223,372,036,854,775,807 yuan; the figure is held at that value');
    Lian.set_language('zh_CN');
    try {
        assertEqual(s.get_problems().get_item(0).message,
            'projects.loans_yuan: 项目协调融资合计超过 92,233,720,368.5 亿元，数字按此值记，仅为下限');
    } finally {
        Lian.set_language(null);
    }
});

test('labels read in Chinese under set_language("zh_CN"), English after', () => {
    let all, months;
    Lian.set_language('zh_CN');
    try {
        all = Lian.Summary.new(registry, null, null);
        months = Lian.Summary.rollup_periods(registry, null, Lian.Period.MONTH, null);
    } finally {
        Lian.set_language(null);
    }
    assertEqual(all.scope_label, '全部');
    assertEqual([months.get_item(0).key, months.get_item(0).label], ['2022-06', '2022年6月']);
    assertEqual(Lian.Summary.new(registry, null, null).scope_label, 'all');
});

run();
