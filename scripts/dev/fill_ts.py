#!/usr/bin/env python3
"""Fills translations into a .ts file from a JSON dictionary {source: translation} (or
{source: [singular, plural]} for %n strings). Only unfinished messages are touched.
Usage: fill_ts.py translations/rullering_nb.ts dictionary.json"""
import html
import json
import re
import sys

ts_path, dict_path = sys.argv[1], sys.argv[2]
text = open(ts_path, encoding="utf-8").read()
table = json.load(open(dict_path, encoding="utf-8"))


def escape(s):
    return html.escape(s, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def fill(match):
    block = match.group(0)
    if 'type="unfinished"' not in block:
        return block
    source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    if source not in table:
        return block
    value = table[source]
    if 'numerus="yes"' in block:
        forms = value if isinstance(value, list) else [value, value]
        inner = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms)
        new = f"<translation>{inner}\n        </translation>"
    else:
        new = f"<translation>{escape(value)}</translation>"
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", lambda _: new, block, count=1, flags=re.S)


text = re.sub(r"<message[^>]*>.*?</message>", fill, text, flags=re.S)
open(ts_path, "w", encoding="utf-8").write(text)
print("unfinished left:", text.count('type="unfinished"'))
