# SPDX-License-Identifier: LGPL-2.1-or-later
"""CSV import and export from Python, as a new user would write it."""
import json
import os
import tempfile
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

SOURCE = os.environ.get('LIAN_SOURCE_DIR', '.')
SAMPLE = os.path.join(SOURCE, 'data', 'jiangsu-sample.json')
CSV_DIR = os.path.join(SOURCE, 'tests', 'data', 'csv')


def sample_registry():
    registry = Lian.Registry()
    registry.load_from_file(SAMPLE, None)
    return registry


class CsvImportTest(unittest.TestCase):
    def test_gb18030_file_with_one_bad_code_partial(self):
        registry = sample_registry()
        importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
        importer.props.partial = True

        self.assertTrue(importer.import_file(os.path.join(CSV_DIR, 'enterprises-gb18030.csv'), None))

        results = list(importer.get_results())
        rejected = [r for r in results if r.props.outcome == Lian.CsvOutcome.REJECTED]
        self.assertEqual(len(rejected), 1)
        self.assertEqual(rejected[0].props.row, 4)
        self.assertEqual(rejected[0].props.column, '统一社会信用代码')
        self.assertEqual(rejected[0].props.message, "check character is 'U', not 'X'")
        imported = [r for r in results if r.props.outcome == Lian.CsvOutcome.IMPORTED]
        self.assertEqual([r.props.row for r in imported], [2, 3, 5])
        self.assertEqual(importer.get_n_imported(), 3)
        self.assertEqual(importer.get_n_rejected(), 1)
        ent = registry.lookup_enterprise(imported[0].props.record_id)
        self.assertEqual(ent.props.name, '句容绿能新材料有限公司')
        self.assertEqual(len(registry.get_enterprises()), 35)

    def test_all_or_nothing_refuses_the_file(self):
        registry = sample_registry()
        before = registry.save_to_data()[0]
        importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
        with self.assertRaises(GLib.Error) as cm:
            importer.import_file(os.path.join(CSV_DIR, 'enterprises-gb18030.csv'), None)
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(), Lian.DataError.INVALID_USCC))
        self.assertEqual(cm.exception.message,
                         "1 of 4 rows rejected; first: row 4, 统一社会信用代码: "
                         "check character is 'U', not 'X'")
        self.assertEqual(importer.get_n_skipped(), 3)
        self.assertEqual(registry.save_to_data()[0], before)

    def test_import_bytes_and_file_errors(self):
        registry = sample_registry()
        importer = Lian.CsvImporter(registry=registry, record_kind=Lian.RecordKind.NEED)
        data = '编号,企业编号,问题类别,需求标题,金额（元）\nn-1,ent-ks-equip,融资,设备贷款,"1,000"\n'
        self.assertTrue(importer.import_data(data.encode('gb18030')))
        need = registry.lookup_need('n-1')
        self.assertEqual(need.props.amount_yuan, 1000)
        self.assertEqual(need.props.category, Lian.NeedCategory.FINANCING)

        with self.assertRaises(GLib.Error) as cm:
            importer.import_data(b'')
        self.assertTrue(cm.exception.matches(Lian.format_error_quark(), Lian.FormatError.MISSING))
        self.assertEqual(len(importer.get_results()), 0)

    def test_report_opens_in_a_spreadsheet(self):
        registry = sample_registry()
        importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
        importer.props.partial = True
        importer.import_file(os.path.join(CSV_DIR, 'enterprises-short-row.csv'), None)
        report = importer.dup_report()
        self.assertTrue(report.startswith('\ufeff行号,结果,编号,列,说明\r\n'))
        self.assertIn('3,已拒绝,,,the row has 3 cells; the header has 4\r\n', report)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'report.csv')
            self.assertTrue(importer.write_report(path))
            with open(path, encoding='utf-8-sig', newline='') as f:
                self.assertEqual(f.read(), report[1:])


class NeedsSheetTest(unittest.TestCase):
    def test_status_caught_up_with_the_sheets_dates(self):
        registry = sample_registry()
        importer = Lian.CsvImporter.new(registry, Lian.RecordKind.NEED)
        importer.import_data('编号,企业名称,问题类别,需求标题,状态,承办组织,解决日期\n'
                             'need-001,昆山精测装备,融资,流动资金贷款,已解决,org-ks-service-team,'
                             '2023-10-20\n'.encode())
        need = registry.lookup_need('need-001')
        self.assertEqual(need.props.status, Lian.NeedStatus.RESOLVED)
        self.assertEqual([(e.get_status(), e.get_at().format_iso8601(), e.get_actor(), e.get_note())
                          for e in need.get_history()],
                         [(Lian.NeedStatus.ACCEPTED, '2023-10-20T00:00:00+08', 'org-ks-service-team',
                           '据导入表格第2行补录'),
                          (Lian.NeedStatus.RESOLVED, '2023-10-20T00:00:00+08', 'org-ks-service-team',
                           '据导入表格第2行补录')])

    def test_unknown_name_suggests_the_closest(self):
        registry = sample_registry()
        importer = Lian.CsvImporter.new(registry, Lian.RecordKind.NEED)
        importer.props.partial = True
        importer.import_data('企业名称,问题类别,需求标题\n无锡华心微电子,技术,x\n'.encode())
        result = importer.get_results()[0]
        self.assertEqual(result.props.column, '企业名称')
        self.assertEqual(result.props.message, 'no enterprise has the id or name "无锡华心微电子"; '
                                               'did you mean 无锡华芯微电子有限公司 (ent-wx-chip)?')

    def test_rejected_row_speaks_the_language(self):
        data = '编号,企业名称,问题类别,需求标题\nneed-x,无锡华芯微电子有限公司,技术,测试,多余\n'.encode()
        self.addCleanup(Lian.set_language, None)
        for language, row, first in (
                (None, 'the row has 5 cells; the header has 4', '1 of 1 rows rejected; first: row 2: '),
                ('zh_CN', '该行有 5 个单元格；表头有 4 列', '1 行被拒绝（共 1 行）；第一处：第 2 行：')):
            Lian.set_language(language)
            importer = Lian.CsvImporter.new(sample_registry(), Lian.RecordKind.NEED)
            with self.assertRaises(GLib.Error) as cm:
                importer.import_data(data)
            self.assertEqual(cm.exception.message, first + row)
            self.assertEqual(importer.get_results()[0].props.message, row)

    def test_english_labels_read(self):
        registry = sample_registry()
        importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
        importer.import_data('企业名称,统一社会信用代码,所在地区代码,企业标签,所属产业链,链上角色\n'
                             '甲公司,91320214526018159X,320214,"high-tech enterprise、Little Giant",'
                             'chain-ic,chain leader\n'.encode())
        ent = registry.lookup('ent-91320214526018159X')
        self.assertEqual(ent.props.tags,
                         Lian.EnterpriseTags.HIGH_TECH | Lian.EnterpriseTags.LITTLE_GIANT)
        self.assertEqual([link.get_role() for link in ent.get_chain_links()], [Lian.ChainRole.LEADER])


class CsvExportTest(unittest.TestCase):
    def test_export_masks_phones_unless_asked(self):
        registry = sample_registry()
        wanted = Lian.Filter(record_kind=Lian.RecordKind.ENTERPRISE, region='321181')
        text, length = registry.export_csv_to_data(wanted, Lian.CsvExportFlags.NONE)
        self.assertTrue(text.startswith('\ufeff编号,企业名称,统一社会信用代码'))
        self.assertIn('136****4566', text)
        self.assertNotIn('13612354566', text)
        self.assertEqual(len(text.encode('utf-8')), length)
        text, _ = registry.export_csv_to_data(wanted, Lian.CsvExportFlags.SHOW_PERSONAL |
                                              Lian.CsvExportFlags.ENGLISH_HEADERS)
        self.assertTrue(text.startswith('\ufeffid,name,uscc,region'))
        self.assertIn('13612354566', text)
        self.assertTrue(text.endswith('\r\n'))

    def test_export_then_import_gives_equal_services(self):
        source = sample_registry()
        text, _ = source.export_csv_to_data(Lian.Filter(record_kind=Lian.RecordKind.SERVICE),
                                             Lian.CsvExportFlags.SHOW_PERSONAL)
        doc = json.loads(source.save_to_data()[0])
        target = Lian.Registry()
        target.load_from_data(json.dumps({'format': 'lian', 'version': 1, 'regions': doc['regions'],
                                          'chains': [dict(c, leader_ids=[]) for c in doc['chains']]}),
                              -1)
        importer = Lian.CsvImporter.new(target, Lian.RecordKind.SERVICE)
        self.assertTrue(importer.import_data(text.encode('utf-8')))
        self.assertEqual(json.loads(target.save_to_data()[0])['services'], doc['services'])

    def test_formula_titles_are_guarded_and_read_back(self):
        registry = sample_registry()
        title = '=HYPERLINK("http://evil","x")\n第二行'
        registry.lookup_need('need-001').props.title = title
        text, _ = registry.export_csv_to_data(Lian.Filter(record_kind=Lian.RecordKind.NEED),
                                              Lian.CsvExportFlags.NONE)
        self.assertIn(',"=""=HYPERLINK(""""http://evil"""",""""x"""")""&CHAR(10)&""第二行""",', text)
        target = sample_registry()
        importer = Lian.CsvImporter.new(target, Lian.RecordKind.NEED)
        self.assertTrue(importer.import_data(text.encode('utf-8')))
        self.assertEqual(target.lookup_need('need-001').props.title, title)

    def test_export_to_file(self):
        registry = sample_registry()
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'needs.csv')
            self.assertTrue(registry.export_csv_to_file(Lian.Filter(record_kind=Lian.RecordKind.NEED),
                                                        Lian.CsvExportFlags.NONE, path))
            with open(path, 'rb') as f:
                data = f.read()
            self.assertTrue(data.startswith(b'\xef\xbb\xbf'))
            self.assertEqual(data.count(b'\r\n'), 12)


def check_uscc(n):
    """A credit code of 320214 with the right check character."""
    return Lian.uscc_complete(f'91320214{n:09d}')


class CsvSameRecordTest(unittest.TestCase):
    def rows(self, registry, text, update):
        importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
        importer.props.partial = True
        importer.props.update = update
        self.assertTrue(importer.import_data(text.encode()))
        return [(r.props.row, r.props.outcome, r.props.message) for r in importer.get_results()]

    def test_a_made_id_is_the_id_an_earlier_row_updates(self):
        x, y = check_uscc(1), check_uscc(2)
        registry = Lian.Registry()
        # Its id was made from one code; it has another now.
        self.assertTrue(registry.add(Lian.Enterprise.new('ent-' + x, '甲公司', y, '320214')))
        rows = self.rows(registry, f'企业名称,统一社会信用代码,所在地区代码\n甲,{y},320214\n'
                                   f'乙,{x},320214\n', True)
        self.assertEqual(rows, [(2, Lian.CsvOutcome.UPDATED, None),
                                (3, Lian.CsvOutcome.REJECTED, 'the same id as row 2')])

    def test_a_made_id_is_one_an_earlier_row_gives(self):
        x = check_uscc(1)
        rows = self.rows(Lian.Registry(), f'编号,企业名称,统一社会信用代码,所在地区代码\n'
                                          f',甲,{x},320214\nent-{x},乙,{check_uscc(3)},320214\n',
                         False)
        self.assertEqual(rows, [(2, Lian.CsvOutcome.IMPORTED, None),
                                (3, Lian.CsvOutcome.REJECTED, 'the same id as row 2')])


if __name__ == '__main__':
    unittest.main()
