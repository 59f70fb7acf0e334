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
    assertEqual(s.get_n_organization_covered(), 8);
    assertEqual(s.get_n_work_covered(), 22);
    assertEqual(s.get_loans_yuan(), 300000000);
});

test('scope by chain', () => {
    // chain-nev: 13 enterprises (grassroots: battery, material,
    // electrolyte; any also wafer and Changzhou's four); the service team,
    // the action branch and Changzhou's committee; five services for every
    // chain and svc-cz-nev-fund; need-005 (closed), need-006 (resolved in
    // 132 days), need-008 (accepted); proj-nev-solid; act-004.
    const s = Lian.Summary.new(registry, new Lian.Filter({chain_id: 'chain-nev'}), null);
    assertEqual(s.scope_label, '新能源汽车产业链');
    assertEqual(s.get_n_chains(), 1);
    assertEqual(s.get_n_enterprises(), 13);
    assert(near(s.get_organization_coverage(), 3 / 13), 'organisation coverage');
    assert(near(s.get_work_coverage(), 8 / 13), 'work coverage');
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
    // and ent-jk-frame in the joint committee; ent-jr-logis, ent-dt-glass
    // and ent-dy-ecommerce in nothing
    assertEqual(s.get_n_enterprises(), 8);
    assertEqual(s.get_n_organization_covered(), 5);
    assertEqual(s.get_median_days_to_resolve(), -1);
});

test('roll-ups', () => {
    const cities = Lian.Summary.rollup_regions(registry, null, '320000', null);
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
    const counties = Lian.Summary.rollup_regions_at(registry, null, '320000', Lian.Level.COUNTY, null);
    const suzhou = Lian.Summary.rollup_regions(registry, null, '320500', null);
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
    assertEqual(data.chains.total, 0);
    assertEqual(data.chains.by_level, {province: 0, city: 0, county: 0});
    assertEqual(Object.keys(data.organizations.by_kind_and_level).length, 8);
    assertEqual(data.services.by_kind.policy, 1);
    assertEqual(data.projects.total, 0);
});

run();
