#!/usr/bin/env python3
# embed.py INPUT OUTPUT NAME: writes a C header holding INPUT's bytes as the
# NUL-terminated string NAME, so that a fuzz target needs no file at run time.
import sys

src, out, name = sys.argv[1:4]
data = open(src, 'rb').read()
with open(out, 'w', encoding='ascii') as f:
    f.write(f'/* Made by fuzz/embed.py from {src.rsplit("/", 1)[-1]}; do not edit. */\n')
    f.write(f'static const char {name}[] = {{\n')
    for i in range(0, len(data), 16):
        f.write('  ' + ', '.join(f'0x{b:02x}' for b in data[i:i + 16]) + ',\n')
    f.write('  0x00\n};\n')
