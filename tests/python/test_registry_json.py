# SPDX-License-Identifier: LGPL-2.1-or-later
"""Loading and saving lian's JSON document from Python."""
import os
import tempfile
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import Gio, GLib, GObject, Lian  # noqa: E402

SOURCE_DIR = os.environ.get('LIAN_SOURCE_DIR',
                            os.path.join(os.path.dirname(__file__), '..', '..'))
DATA_DIR = os.path.join(SOURCE_DIR, 'tests', 'data')
CANONICAL = os.path.join(DATA_DIR, 'good', 'canonical.json')

DOCUMENT = '''{
  "format": "lian",
  "version": 1,
  "enterprises": [
    {"id": "ent-a", "name": "无锡芯片", "uscc": "91320214MA1X00001T", "region": "320214"}
  ],
  "needs": [
    {"id": "need-1", "enterprise_id": "ent-a", "category": "financing", "title": "流动资金贷款"},
    {"id": "need-2", "enterprise_id": "ent-a", "category": "talent", "title": "招工",
     "status": "accepted"}
  ]
}'''


def save(reg):
    """The document as a string (save_to_data also gives its length)."""
    text, length = reg.save_to_data()
    return text


class RegistryJsonTest(unittest.TestCase):
    def test_load_from_string(self):
        reg = Lian.Registry()
        self.assertTrue(reg.load_from_data(DOCUMENT, -1))
        self.assertEqual(len(reg.get_needs()), 2)
        self.assertEqual(sorted(n.props.title for n in reg.get_needs()), ['招工', '流动资金贷款'])
        need = reg.lookup_need('need-2')
        self.assertEqual(need.props.status, Lian.NeedStatus.ACCEPTED)
        self.assertEqual(need.props.enterprise_id, 'ent-a')
        self.assertEqual(reg.lookup('ent-a').props.name, '无锡芯片')
        self.assertIsNone(reg.lookup('need-3'))

    def test_load_from_file(self):
        reg = Lian.Registry()
        reg.load_from_file(CANONICAL, None)
        self.assertEqual(len(reg.get_needs()), 2)
        self.assertEqual([c.props.id for c in reg.get_chains()], ['chain-ic', 'chain-nev'])
        ent = reg.lookup_enterprise('ent-a')
        self.assertEqual(ent.props.employees, 1200)
        self.assertEqual(ent.get_chain_ids(), ['chain-ic', 'chain-nev'])
        self.assertEqual(ent.get_extra().get_string_member('x_crm'), 'C-0001')

    def test_bad_document_raises_and_changes_nothing(self):
        reg = Lian.Registry()
        reg.load_from_data(DOCUMENT, -1)
        before = save(reg)
        added = []
        reg.connect('record-added', lambda r, record: added.append(record))
        with self.assertRaises(GLib.Error) as cm:
            reg.load_from_file(os.path.join(DATA_DIR, 'bad', 'unknown-status.json'), None)
        self.assertEqual(cm.exception.domain, 'lian-data-error-quark')
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.UNKNOWN_NICK))
        self.assertIn('$.needs[0].status', cm.exception.message)
        self.assertIn('"done"', cm.exception.message)
        self.assertEqual(reg.get_n_records(), 3)
        self.assertEqual(save(reg), before)
        self.assertEqual(added, [])

    def test_syntax_error_gives_line_and_column(self):
        reg = Lian.Registry()
        with self.assertRaises(GLib.Error) as cm:
            reg.load_from_data('{"format": "lian",\n "version": 1,,}', -1)
        self.assertEqual(cm.exception.domain, 'lian-format-error-quark')
        self.assertEqual(cm.exception.code, Lian.FormatError.SYNTAX)
        self.assertTrue(cm.exception.message.startswith('line 2, column '),
                        cm.exception.message)
        self.assertEqual(reg.get_n_records(), 0)

    def test_refused_load_speaks_the_language(self):
        document = '{"format": "lian", "version": 1, "needs": [{"status": 3}]}'
        self.addCleanup(Lian.set_language, None)
        for language, message in ((None, '$.needs[0].status: expected a string'),
                                  ('zh_CN', '$.needs[0].status: 应为字符串'),
                                  ('en', '$.needs[0].status: expected a string')):
            Lian.set_language(language)
            with self.assertRaises(GLib.Error) as cm:
                Lian.Registry().load_from_data(document, -1)
            self.assertEqual(cm.exception.message, message)
        document = '{"format": "lian", "version": 1, "needs": [{"status": "done"}]}'
        for language, message in ((None, '$.needs[0].status: unknown need status "done"; '),
                                  ('zh_CN', '$.needs[0].status: 未知的需求状态“done”；')):
            Lian.set_language(language)
            with self.assertRaises(GLib.Error) as cm:
                Lian.Registry().load_from_data(document, -1)
            self.assertTrue(cm.exception.message.startswith(message), cm.exception.message)

    def test_save_to_data_round_trip(self):
        with open(CANONICAL, encoding='utf-8') as f:
            canonical = f.read()
        reg = Lian.Registry()
        reg.load_from_data(canonical, -1)
        text = save(reg)
        self.assertEqual(text, canonical)
        again = Lian.Registry()
        again.load_from_data(text, -1)
        self.assertEqual(save(again), text)

    def test_save_to_file(self):
        reg = Lian.Registry()
        reg.load_from_data(DOCUMENT, -1)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'saved.json')
            reg.save_to_file(path, None)
            self.assertEqual(os.listdir(tmp), ['saved.json'])
            with open(path, encoding='utf-8') as f:
                self.assertEqual(f.read(), save(reg))

    def test_save_through_link_keeps_link_and_mode(self):
        reg = Lian.Registry()
        reg.load_from_data(DOCUMENT, -1)
        with tempfile.TemporaryDirectory() as tmp:
            real = os.path.join(tmp, 'real.json')
            link = os.path.join(tmp, 'link.json')
            with open(real, 'w', encoding='utf-8') as f:
                f.write('old')
            os.chmod(real, 0o600)
            os.symlink('real.json', link)
            reg.save_to_file(link, None)
            self.assertTrue(os.path.islink(link))
            self.assertEqual(os.stat(real).st_mode & 0o777, 0o600)
            with open(real, encoding='utf-8') as f:
                self.assertEqual(f.read(), save(reg))
            Lian.file_set_contents(link, '报告\n'.encode(), None)
            with open(real, encoding='utf-8') as f:
                self.assertEqual(f.read(), '报告\n')
            self.assertEqual(sorted(os.listdir(tmp)), ['link.json', 'real.json'])

    def test_file_set_contents_refuses_a_folder(self):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(GLib.Error) as cm:
                Lian.file_set_contents(tmp, b'x', None)
            self.assertTrue(cm.exception.matches(Gio.io_error_quark(),
                                                 Gio.IOErrorEnum.IS_DIRECTORY))
            self.assertIn('a folder, not a file', cm.exception.message)
            self.assertTrue(os.path.isdir(tmp))

    def test_async_load_with_main_loop(self):
        reg = Lian.Registry()
        loop = GLib.MainLoop()
        outcome = []

        def done(registry, result):
            try:
                outcome.append(registry.load_from_file_finish(result))
            except GLib.Error as e:
                outcome.append(e)
            loop.quit()

        reg.load_from_file_async(CANONICAL, None, done)
        self.assertEqual(reg.get_n_records(), 0)
        loop.run()
        self.assertEqual(outcome, [True])
        self.assertEqual(len(reg.get_needs()), 2)
        self.assertIsNotNone(reg.lookup_project('proj-1'))

    def test_async_load_bad_document(self):
        reg = Lian.Registry()
        loop = GLib.MainLoop()
        outcome = []

        def done(registry, result):
            try:
                outcome.append(registry.load_from_file_finish(result))
            except GLib.Error as e:
                outcome.append(e)
            loop.quit()

        reg.load_from_file_async(os.path.join(DATA_DIR, 'bad', 'need-missing-enterprise.json'),
                                 None, done)
        loop.run()
        self.assertIsInstance(outcome[0], GLib.Error)
        self.assertEqual(outcome[0].domain, 'lian-registry-error-quark')
        self.assertIn('$.needs[0].enterprise_id', outcome[0].message)
        self.assertEqual(reg.get_n_records(), 0)


    def test_records_held_after_registry_read_their_texts(self):
        reg = Lian.Registry()
        self.assertTrue(reg.load_from_file(CANONICAL, None))
        records = [r for kind in range(int(Lian.RecordKind.PERSON) + 1)
                   for r in reg.get_records(Lian.RecordKind(kind))]
        needs = reg.get_needs()
        texts = [describe(r) for r in records]
        need_texts = [describe(n) for n in needs]
        del reg
        import gc
        gc.collect()
        self.assertEqual([describe(r) for r in records], texts)
        self.assertEqual([describe(n) for n in needs], need_texts)
        records[0].props.name = '另一个名称'
        self.assertEqual(records[0].props.name, '另一个名称')

    def test_removed_record_changes(self):
        reg = Lian.Registry()
        self.assertTrue(reg.load_from_data(DOCUMENT, -1))
        need = reg.lookup_need('need-1')
        before = describe(need)
        reg.remove('need-1', False)
        del reg
        self.assertEqual(describe(need), before)
        need.set_title('新的标题')
        self.assertEqual(need.props.title, '新的标题')
        self.assertEqual(need.props.enterprise_id, 'ent-a')

    def test_loaded_record_changes_and_refusals(self):
        reg = Lian.Registry()
        self.assertTrue(reg.load_from_data(DOCUMENT, -1))
        need = reg.lookup_need('need-1')
        with self.assertRaises(GLib.Error):
            reg.update(need, 'enterprise-id', 'no-such-firm')
        self.assertEqual(need.props.enterprise_id, 'ent-a')
        need.set_title('新的标题')
        self.assertEqual(need.props.title, '新的标题')
        self.assertEqual(save(reg).count('新的标题'), 1)


def describe(record):
    """Every text property of @record."""
    texts = []
    for pspec in record.list_properties():
        if pspec.value_type in (GObject.TYPE_STRING, GObject.TYPE_STRV):
            texts.append((pspec.name, record.get_property(pspec.name)))
    return texts


if __name__ == '__main__':
    unittest.main()
