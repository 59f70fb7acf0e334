# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian import` and `lian export` as a user runs them: refused files, reports,
dry runs, formulas, and what the messages say."""
import csv
import os
import unittest

from clitest import SAMPLE, SampleCopyTest, lian


class CsvFilesTest(SampleCopyTest):

    def write(self, name, text):
        with open(self.path(name), 'w', encoding='utf-8') as f:
            f.write(text)
        return self.path(name)

    def read_report(self, name):
        with open(self.path(name), encoding='utf-8-sig', newline='') as f:
            return list(csv.reader(f))

    def unchanged(self):
        with open(self.file, 'rb') as f, open(SAMPLE, 'rb') as g:
            return f.read() == g.read()

    def needs_with_bad_rows(self):
        rows = ['编号,企业编号,问题类别,需求标题,需求描述']
        for i in range(2, 30):
            company = 'ent-none' if i % 3 == 0 else 'ent-wx-chip'
            rows.append(f'n-{i},{company},融资,标题{i},"第一行\n第二行"')
        return self.write('needs.csv', '\n'.join(rows) + '\n')

    def test_refused_import_writes_the_full_report_and_every_error(self):
        needs = self.needs_with_bad_rows()
        result = lian('import', needs, '--kind', 'needs', '--into', self.file, '--report',
                      self.path('r.csv'))
        self.assertEqual(result.returncode, 1)
        self.assertNotIn('CRITICAL', result.stderr)
        self.assertTrue(result.stderr.startswith(needs + ': row 3, 企业编号: '), result.stderr)
        self.assertIn(': row 6, 企业编号: ', result.stderr)
        self.assertIn(': row 21, 企业编号: ', result.stderr)
        self.assertIn('9 of 28 rows rejected, so none was imported', result.stderr)
        report = self.read_report('r.csv')
        self.assertEqual(report[0], ['行号', '结果', '编号', '列', '说明'])
        self.assertEqual([r[0] for r in report[1:]], [str(i) for i in range(2, 30)])
        self.assertEqual(report[1][1:], ['未导入', 'n-2', '', 'would be imported, but the file was refused'])
        self.assertEqual(report[2][:4], ['3', '已拒绝', 'n-3', '企业编号'])
        self.assertTrue(self.unchanged())

    def test_many_errors_are_counted_past_the_first_twenty(self):
        rows = ['企业名称,统一社会信用代码,所在地区代码']
        rows += [f'公司{i},91320214526018159{i % 10},320214' for i in range(30)]
        bad = self.write('bad.csv', '\n'.join(rows) + '\n')
        result = lian('import', bad, '--kind', 'enterprises', '--into', self.file)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.count(': row '), 20)
        self.assertIn('… and ', result.stderr)
        self.assertIn('--report writes them all', result.stderr)

    def test_dry_run_checks_and_reports_without_saving(self):
        csv_file = self.write('ents.csv', '企业名称,统一社会信用代码,所在地区代码\n'
                                          '甲公司,91320214526018159X,320214\n')
        result = lian('import', csv_file, '--kind', 'enterprises', '--into', self.file,
                      '--dry-run', '--report', self.path('r.csv'))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('1 would be imported, 0 would be updated, 0 rejected (dry run: ', result.stdout)
        self.assertTrue(self.unchanged())
        self.assertEqual(self.read_report('r.csv')[1][:3], ['2', '已导入', 'ent-91320214526018159X'])
        missing = self.path('new.json')
        self.assertEqual(lian('import', csv_file, '--kind', 'enterprises', '--into', missing,
                              '-n').returncode, 0)
        self.assertFalse(os.path.exists(missing))

    def test_rows_are_numbered_as_the_sheet(self):
        needs = self.needs_with_bad_rows()
        result = lian('import', needs, '--kind', 'needs', '--into', self.file, '--partial')
        self.assertEqual(result.returncode, 1)
        rows = [line.split(': row ')[1].split(',')[0] for line in result.stderr.splitlines()
                if ': row ' in line]
        self.assertEqual(rows, ['3', '6', '9', '12', '15', '18', '21', '24', '27'])

    def test_formulas_do_not_reach_the_spreadsheet(self):
        needs = self.write('needs.csv', '编号,企业编号,问题类别,需求标题,关联资源\n'
                                        'n-1,ent-wx-chip,融资,"=HYPERLINK(""http://evil"",""x"")",\n')
        self.assertEqual(lian('import', needs, '--kind', 'needs', '--into', self.file).returncode, 0)
        out = self.path('out.csv')
        self.assertEqual(lian('export', self.file, '--kind', 'needs', '-o', out).returncode, 0)
        with open(out, encoding='utf-8-sig', newline='') as f:
            rows = [r for r in csv.reader(f) if r[0] == 'n-1']
        self.assertEqual(rows[0][7], '="=HYPERLINK(""http://evil"",""x"")"')
        for row in csv.reader(open(out, encoding='utf-8-sig', newline='')):
            for cell in row:
                self.assertFalse(cell[:1] in ('+', '-', '@', '\t', '\r') or
                                 (cell.startswith('=') and not cell.startswith('="')
                                  and not cell.startswith('=CHAR(')), cell)

    def test_file_messages_name_the_file_once(self):
        result = lian('import', self.dir, '--kind', 'enterprises', '--into', self.file)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, f'{self.dir}: a folder, not a CSV file\n')
        missing = self.path('missing.csv')
        result = lian('import', missing, '--kind', 'enterprises', '--into', self.file,
                      '--report', self.path('r.csv'))
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, f'{missing}: No such file or directory\n')
        self.assertFalse(os.path.exists(self.path('r.csv')))
        nowhere = os.path.join(self.dir, 'no', 'out.json')
        result = lian('generate', '--profile', 'jiangsu-2023', '-o', nowhere)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.count(nowhere), 1, result.stderr)

    def test_kind_messages(self):
        result = lian('export', self.file, '--kind', 'widgets')
        self.assertEqual(result.returncode, 2)
        self.assertIn('unknown kind "widgets"', result.stderr)
        self.assertNotIn('required', result.stderr)
        self.assertIn('--kind is required', lian('export', self.file).stderr)
        result = lian('import', self.file, '--kind', 'chains', '--into', self.file)
        self.assertIn('"chains" cannot be imported', result.stderr)


    def test_generate_scale_is_bounded_and_warned_of(self):
        out = self.path('g.json')
        result = lian('generate', '--profile', 'jiangsu-2023', '--scale', '100000', '-o', out)
        self.assertEqual(result.returncode, 2)
        self.assertIn('--scale must be between 1 and 1000', result.stderr)
        self.assertFalse(os.path.exists(out))
        # The warning comes before anything is made (here, an unknown profile).
        result = lian('generate', '--profile', 'mars', '--scale', '200', '-o', out)
        self.assertIn('--scale 200 makes about 10.6 million records', result.stderr)
        self.assertIn('GB of memory', result.stderr)
        self.assertNotIn('makes about', lian('generate', '--profile', 'mars', '-o', out).stderr)


if __name__ == '__main__':
    unittest.main()
