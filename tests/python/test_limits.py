# SPDX-License-Identifier: LGPL-2.1-or-later
"""How large a document or a CSV file lian takes, from Python."""
import os
import tempfile
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import Gio, GLib, Lian  # noqa: E402

DOCUMENT = '{"format": "lian", "version": 1, "regions": [{"id": "320000", "name": "江苏省"}]}'
CSV = '企业名称,统一社会信用代码,所在地区代码\n无锡感知科技有限公司,91320214526018159X,320214\n'


def sparse_file(folder, name, size):
    """A file of @size bytes that holds none on disk."""
    path = os.path.join(folder, name)
    with open(path, 'wb') as f:
        f.truncate(size)
    return path


class DocumentLimitTest(unittest.TestCase):
    def assertLimit(self, call, *args):
        with self.assertRaises(GLib.Error) as caught:
            call(*args)
        self.assertTrue(caught.exception.matches(Lian.format_error_quark(), Lian.FormatError.LIMIT))
        self.assertIn('larger than', caught.exception.message)

    def test_default_and_no_limit(self):
        reg = Lian.Registry()
        self.assertEqual(Lian.JSON_MAX_DOCUMENT_SIZE, 1 << 30)
        self.assertEqual(reg.get_max_document_size(), Lian.JSON_MAX_DOCUMENT_SIZE)
        reg.set_max_document_size(0)
        self.assertEqual(reg.get_max_document_size(), 0)

    def test_data_file_and_stream_refused_past_the_limit(self):
        reg = Lian.Registry()
        size = len(DOCUMENT.encode())
        reg.set_max_document_size(size - 1)
        self.assertLimit(reg.load_from_data, DOCUMENT, -1)
        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(DOCUMENT.encode()))
        self.assertLimit(reg.load_from_stream, stream, None)
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, 'small.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(DOCUMENT)
            self.assertLimit(reg.load_from_file, path, None)
            self.assertEqual(reg.get_n_records(), 0)
            reg.set_max_document_size(size)
            self.assertTrue(reg.load_from_file(path, None))
        self.assertEqual(reg.get_n_records(), 1)

    def test_huge_file_refused_unread(self):
        reg = Lian.Registry()
        with tempfile.TemporaryDirectory() as folder:
            path = sparse_file(folder, 'huge.json', Lian.JSON_MAX_DOCUMENT_SIZE + 1)
            self.assertLimit(reg.load_from_file, path, None)


class CsvLimitTest(unittest.TestCase):
    def test_default_and_property(self):
        importer = Lian.CsvImporter.new(Lian.Registry(), Lian.RecordKind.ENTERPRISE)
        self.assertEqual(Lian.CSV_MAX_FILE_SIZE, 256 << 20)
        self.assertEqual(importer.props.max_file_size, Lian.CSV_MAX_FILE_SIZE)
        importer.props.max_file_size = 0
        self.assertEqual(importer.get_max_file_size(), 0)

    def test_data_and_file_refused_past_the_limit(self):
        reg = Lian.Registry()
        importer = Lian.CsvImporter.new(reg, Lian.RecordKind.ENTERPRISE)
        data = CSV.encode()
        importer.props.max_file_size = len(data) - 1
        with self.assertRaises(GLib.Error) as caught:
            importer.import_data(data)
        self.assertTrue(caught.exception.matches(Lian.format_error_quark(), Lian.FormatError.LIMIT))
        self.assertEqual(len(importer.get_results()), 0)
        with tempfile.TemporaryDirectory() as folder:
            huge = sparse_file(folder, 'huge.csv', Lian.CSV_MAX_FILE_SIZE + 1)
            importer.props.max_file_size = Lian.CSV_MAX_FILE_SIZE
            with self.assertRaises(GLib.Error) as caught:
                importer.import_file(huge, None)
            self.assertTrue(caught.exception.matches(Lian.format_error_quark(), Lian.FormatError.LIMIT))
        self.assertEqual(reg.get_n_records(), 0)
        importer.props.max_file_size = len(data)
        self.assertTrue(importer.import_data(data))
        self.assertEqual(reg.get_n_records(), 1)


if __name__ == '__main__':
    unittest.main()
