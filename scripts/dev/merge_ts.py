#!/usr/bin/env python3
"""Merges the translations of several .ts files into the first one: for every message (context + source +
comment) the first finished translation found wins. Run scripts/update-translations afterwards to bring the
file in step with the sources. Used when merging branches that each translated their own strings.
Usage: merge_ts.py target.ts other.ts [other.ts ...]"""
import sys
import xml.etree.ElementTree as ET


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def finished(message):
    t = message.find("translation")
    return t is not None and t.get("type") not in ("unfinished", "obsolete", "vanished") and \
        ((t.text or "").strip() or len(t))


target_path, others = sys.argv[1], sys.argv[2:]
target = ET.parse(target_path)
root = target.getroot()
contexts = {c.findtext("name"): c for c in root.findall("context")}
index = {key(name, m): m for name, c in contexts.items() for m in c.findall("message")}

for path in others:
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name")
        if name not in contexts:
            new = ET.SubElement(root, "context")
            ET.SubElement(new, "name").text = name
            contexts[name] = new
        for message in context.findall("message"):
            k = key(name, message)
            mine = index.get(k)
            if mine is None:
                contexts[name].append(message)
                index[k] = message
            elif not finished(mine) and finished(message):
                contexts[name].remove(mine)
                contexts[name].append(message)
                index[k] = message

with open(target_path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    target.write(f, encoding="utf-8", xml_declaration=False)
left = sum(1 for m in index.values() if not finished(m))
print(f"{target_path}: {len(index)} messages, {left} without a finished translation")
