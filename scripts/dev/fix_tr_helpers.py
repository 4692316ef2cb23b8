#!/usr/bin/env python3
"""Replaces file-local `QString tr(const char* text)` helpers (whose context lupdate cannot see) with explicit
QCoreApplication::translate("Context", ...) calls. Usage: fix_tr_helpers.py FILE..."""
import re
import sys

helper = re.compile(
    r'\nQString tr\(const char\* text(?:, const char\* disambiguation = nullptr, int n = -1)?\)\n\{\n'
    r'    return QCoreApplication::translate\("(?P<ctx>[A-Za-z:]+)", text(?:, disambiguation, n)?\);\n\}\n')
for path in sys.argv[1:]:
    s = open(path, encoding="utf-8").read()
    m = helper.search(s)
    if not m:
        continue
    ctx = m.group("ctx")
    s = s[:m.start()] + "\n" + s[m.end():]
    s, n = re.subn(r'(?<![\w:.>])tr\(\s*"', f'QCoreApplication::translate("{ctx}", "', s)
    left = re.findall(r'(?<![\w:.>])tr\(', s)
    if "#include <QCoreApplication>" not in s:
        s = s.replace("\n#include <", "\n#include <QCoreApplication>\n#include <", 1)
    open(path, "w", encoding="utf-8").write(s)
    print(f"{path}: {ctx}, {n} calls" + (f", {len(left)} non-literal tr( left!" if left else ""))
