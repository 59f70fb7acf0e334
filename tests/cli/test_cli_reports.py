# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian book`, `form` and `dashboard` in the reader's language: Chinese
under LANG=zh_CN.UTF-8, English under LANG=C; each says the day its data
stands at."""
import os
import subprocess
import tempfile
import unittest

from clitest import LIAN, SAMPLE, GOLDEN

EPOCH = '1696896000'  # 2023-10-10 00:00 UTC


def lian(lang, *args, **env):
    environ = {k: v for k, v in os.environ.items() if k not in ('LC_ALL', 'LC_MESSAGES', 'LANGUAGE')}
    environ.update(LANG=lang, **env)
    return subprocess.run([LIAN, *args], capture_output=True, text=True, env=environ)


class LanguageTest(unittest.TestCase):
    def test_english_book_matches_golden(self):
        result = lian('C.UTF-8', 'book', SAMPLE, '--chain', 'chain-ic', '--format', 'md',
                      '--as-of', '2023-10-10')
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(os.path.join(GOLDEN, 'cli-book-chain-ic-en.md'), encoding='utf-8') as f:
            self.assertEqual(result.stdout, f.read())

    def test_chinese_under_a_chinese_locale(self):
        book = lian('zh_CN.UTF-8', 'book', SAMPLE, '--chain', 'chain-ic', '--format', 'md',
                    '--as-of', '2023-10-10')
        self.assertEqual(book.returncode, 0, book.stderr)
        with open(os.path.join(GOLDEN, 'cli-book-chain-ic.md'), encoding='utf-8') as f:
            self.assertEqual(book.stdout, f.read())
        form = lian('zh_CN.UTF-8', 'form', SAMPLE, '--enterprise', 'ent-wx-chip', '--format', 'md',
                    '--as-of', '2023-10-10')
        self.assertIn('*一企一表*\n\n数据截至 2023-10-10\n\n## 基本信息\n', form.stdout)
        self.assertIn('- **联系电话**：138****5678\n', form.stdout)

    def test_html_says_its_language(self):
        with tempfile.TemporaryDirectory() as tmp:
            for lang, code, words in (('zh_CN.UTF-8', 'zh-CN', '主要指标'),
                                      ('C.UTF-8', 'en', 'Headline figures')):
                out = os.path.join(tmp, 'd.html')
                result = lian(lang, 'dashboard', SAMPLE, '--region', '320200', '-o', out,
                              SOURCE_DATE_EPOCH=EPOCH)
                self.assertEqual(result.returncode, 0, result.stderr)
                with open(out, encoding='utf-8') as f:
                    page = f.read()
                self.assertTrue(page.startswith(f'<!DOCTYPE html>\n<html lang="{code}">'), lang)
                self.assertIn(f'<h2>{words}</h2>', page)

    def test_every_report_says_when_its_data_stands(self):
        zh = lian('zh_CN.UTF-8', 'dashboard', SAMPLE, '--format', 'md', SOURCE_DATE_EPOCH=EPOCH)
        self.assertIn('# 全部地区\n\n*产业链党建数据看板*\n\n数据截至 2023-10-10\n', zh.stdout)
        en = lian('C.UTF-8', 'dashboard', SAMPLE, '--format', 'md', SOURCE_DATE_EPOCH=EPOCH)
        self.assertIn('# All regions\n\n*Industrial-chain party-building dashboard*\n\n'
                      'Data as of 2023-10-10\n', en.stdout)
        form = lian('C.UTF-8', 'form', SAMPLE, '--enterprise', 'ent-wx-chip', '--format', 'md',
                    '--as-of', '2024-01-31')
        self.assertIn('\nData as of 2024-01-31\n', form.stdout)


if __name__ == '__main__':
    unittest.main()
