# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian` on a SQLite store: convert, reading commands, need and import
committing only their changes, and a read-only folder."""
import hashlib
import os
import sqlite3
import subprocess
import unittest

from clitest import LIAN, SAMPLE, SOURCE, SampleCopyTest, lian


def digest(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def query(path, sql, *args):
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


class StoreCliTest(SampleCopyTest):
    def setUp(self):
        super().setUp()
        self.db = self.path('register.db')
        result = lian('convert', self.file, self.db)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_convert_round_trip_gives_the_same_document(self):
        back = self.path('back.json')
        result = lian('convert', 'sqlite:' + self.db, back)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('94 records written', result.stdout)
        with open(SAMPLE, encoding='utf-8') as a, open(back, encoding='utf-8') as b:
            self.assertEqual(a.read(), b.read())

    def test_convert_refuses_the_same_file(self):
        result = lian('convert', self.db, self.db)
        self.assertEqual(result.returncode, 2)

    def test_reading_commands_take_a_store(self):
        for args in (['stats'], ['validate'], ['match']):
            from_json = lian(args[0], self.file, *args[1:])
            from_db = lian(args[0], self.db, *args[1:])
            self.assertEqual(from_db.returncode, from_json.returncode, from_db.stderr)
            self.assertEqual(from_db.stdout.replace(self.db, self.file), from_json.stdout, args)

    def test_need_commits_only_its_change(self):
        result = lian('need', self.db, 'need-001', '--to', 'accepted', '--by', 'org-js')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(query(self.db, 'SELECT record, operation FROM changes'),
                         [('need-001', 'update')])
        self.assertEqual(query(self.db, "SELECT status FROM needs WHERE id = 'need-001'"),
                         [('accepted',)])
        self.assertEqual(query(self.db, 'SELECT count(*) FROM records WHERE revision > 1'), [(1,)])
        history = lian('need', self.db, 'need-001', '--history')
        self.assertIn('org-js', history.stdout)

    def test_import_into_a_store_is_one_batch_and_a_dry_run_writes_nothing(self):
        csv = os.path.join(SOURCE, 'tests', 'data', 'csv', 'enterprises.csv')
        before = digest(self.db)
        dry = lian('import', csv, '--into', self.db, '--dry-run')
        self.assertEqual(query(self.db, 'SELECT count(*) FROM changes'), [(0,)], dry.stderr)
        result = lian('import', csv, '--into', self.db)
        if result.returncode != 0:
            self.assertEqual(digest(self.db), before)
            return
        added = query(self.db, "SELECT count(*) FROM changes WHERE operation = 'add'")[0][0]
        self.assertGreater(added, 0)
        self.assertEqual(len(set(query(self.db, 'SELECT time FROM changes'))), 1)

    def test_read_only_folder_is_a_clear_error_and_the_store_stays(self):
        folder = self.path('ro')
        os.mkdir(folder)
        db = os.path.join(folder, 'register.db')
        self.assertEqual(lian('convert', self.file, db).returncode, 0)
        before = digest(db)
        os.chmod(db, 0o644)
        os.chmod(self.dir, 0o755)
        os.chmod(folder, 0o555)
        command = [LIAN, 'need', db, 'need-001', '--to', 'accepted', '--by', 'org-js']
        if os.geteuid() == 0:
            # root writes anywhere: run as nobody.
            command = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', *command]
        try:
            result = subprocess.run(command, capture_output=True, text=True)
        finally:
            os.chmod(folder, 0o755)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(db, result.stderr)
        self.assertIn('SQLite store cannot be used', result.stderr)
        self.assertEqual(digest(db), before)
        self.assertEqual(query(db, "SELECT status FROM needs WHERE id = 'need-001'"),
                         [('submitted',)])


if __name__ == '__main__':
    unittest.main()
