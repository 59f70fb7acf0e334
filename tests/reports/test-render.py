#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Renders reports of the sample in headless Chromium and looks at them.

The chain book of chain-ic (in Chinese and in English), the dashboard of
the whole sample (in Chinese), and the book and dashboard of the demand
posts of tests/data/docking.json are written as HTML, opened in Chromium, which must log no console message
(no error, no blocked resource, no script), and screenshot; the PNG must
show a page: many colours, a fair share of ink, the accent red of the
headings and charts. Exits 77 (skipped) without /usr/bin/chromium.

The pages and screenshots are left in $LIAN_RENDER_DIR if it is set, else
written to a temporary folder that is removed.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

import gi
gi.require_version('Lian', '1.0')
from gi.repository import Lian  # noqa: E402

CHROMIUM = '/usr/bin/chromium'
WIDTH, HEIGHT = 1280, 2000
SAMPLE = os.path.join(os.environ.get('LIAN_SOURCE_DIR', '.'), 'data', 'jiangsu-sample.json')
DOCKING = os.path.join(os.environ.get('LIAN_SOURCE_DIR', '.'), 'tests', 'data', 'docking.json')
ACCENT = (0xb3, 0x26, 0x1e)


def decode_png(data):
    """(width, height, rows of RGB(A) bytes, bytes per pixel) of an 8-bit PNG."""
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat.append(body)
        elif kind == b'IEND':
            break
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f'unexpected PNG header {header}')
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b''.join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
        elif kind == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        elif kind != 0:
            raise ValueError(f'unknown PNG filter {kind}')
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def look(png):
    """Distinct colours, the share of ink (pixels clearly darker than the
    page), and the share of accent-red pixels."""
    width, height, rows, bpp = decode_png(png)
    colours, ink, accent = set(), 0, 0
    for row in rows:
        for x in range(0, width * bpp, bpp):
            r, g, b = row[x], row[x + 1], row[x + 2]
            colours.add((r, g, b))
            if min(r, g, b) < 200:
                ink += 1
            if abs(r - ACCENT[0]) < 24 and abs(g - ACCENT[1]) < 24 and abs(b - ACCENT[2]) < 24:
                accent += 1
    total = width * height
    return (width, height), len(colours), ink / total, accent / total


def render(html_path, png_path, profile):
    """Screenshots @html_path; returns the console lines Chromium logged."""
    command = [
        CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
        '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--hide-scrollbars', '--force-device-scale-factor=1',
        f'--user-data-dir={profile}', f'--screenshot={png_path}',
        f'--window-size={WIDTH},{HEIGHT}', '--enable-logging=stderr', '--v=0',
        'file://' + os.path.abspath(html_path),
    ]
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          errors='replace', timeout=90)
    log = done.stdout + done.stderr
    if done.returncode != 0 or not os.path.exists(png_path):
        raise RuntimeError(f'chromium failed ({done.returncode}):\n{log}')
    return [line for line in log.splitlines() if 'CONSOLE' in line or 'Uncaught' in line]


def main():
    if not os.access(CHROMIUM, os.X_OK):
        print(f'{CHROMIUM} is missing: skipped')
        return 77

    keep = os.environ.get('LIAN_RENDER_DIR')
    out = keep or tempfile.mkdtemp(prefix='lian-render-')
    os.makedirs(out, exist_ok=True)
    failures = []
    try:
        registry = Lian.Registry()
        registry.load_from_file(SAMPLE, None)
        # The pages in English, then in Chinese, as their readers read them.
        Lian.set_language('en')
        english = Lian.report_chain_book(registry, 'chain-ic', '2023-10-10',
                                         Lian.ReportFormat.HTML, Lian.ReportFlags.NONE)
        Lian.set_language('zh_CN')
        docking = Lian.Registry()
        docking.load_from_file(DOCKING, None)
        pages = {
            # Demand posts and their outcomes (同享同行) in a book and a dashboard.
            'docking-book': Lian.report_chain_book(docking, 'chain-nev', '2024-12-31',
                                                   Lian.ReportFormat.HTML, Lian.ReportFlags.NONE),
            'docking-dashboard': Lian.report_dashboard(docking, '320200', Lian.ReportFormat.HTML,
                                                       Lian.ReportFlags.NONE),
            'chain-book': Lian.report_chain_book(registry, 'chain-ic', '2023-10-10',
                                                 Lian.ReportFormat.HTML, Lian.ReportFlags.NONE),
            'chain-book-en': english,
            'dashboard': Lian.report_dashboard(registry, None, Lian.ReportFormat.HTML,
                                               Lian.ReportFlags.NONE),
            # Proves that the log is read: this page must be caught.
            'console-check': '<!DOCTYPE html><meta charset="utf-8"><p>x</p>'
                             '<script>console.error("lian-render-check")</script>',
        }
        for name, text in pages.items():
            html_path = os.path.join(out, name + '.html')
            png_path = os.path.join(out, name + '.png')
            with open(html_path, 'w', encoding='utf-8') as f:
                f.write(text)
            if os.path.exists(png_path):
                os.unlink(png_path)
            profile = tempfile.mkdtemp(prefix='lian-chromium-')
            try:
                console = render(html_path, png_path, profile)
            finally:
                shutil.rmtree(profile, ignore_errors=True)

            if name == 'console-check':
                if not any('lian-render-check' in line for line in console):
                    failures.append('the console of a page with an error was not seen in the log')
                continue
            for line in console:
                failures.append(f'{name}: console: {line}')
            with open(png_path, 'rb') as f:
                size, n_colours, ink, accent = look(f.read())
            print(f'{name}: {size[0]}x{size[1]}, {n_colours} colours, '
                  f'{ink:.1%} ink, {accent:.2%} accent')
            if size != (WIDTH, HEIGHT):
                failures.append(f'{name}: screenshot is {size}, not {(WIDTH, HEIGHT)}')
            if n_colours < 32:
                failures.append(f'{name}: only {n_colours} colours: a blank page?')
            if ink < 0.02:
                failures.append(f'{name}: only {ink:.1%} of the page is ink: a blank page?')
            if accent < 0.001:
                failures.append(f'{name}: no accent red: no CSS, or no charts?')
    finally:
        if not keep:
            shutil.rmtree(out, ignore_errors=True)

    for failure in failures:
        print('FAIL:', failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
