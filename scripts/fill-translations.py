#!/usr/bin/env python3
"""Writes translations/phrases.py into the .ts files after `cmake --build build --target
update_translations`; fails, naming them, if a source text has no translation."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root / "translations"))
from phrases import ENGLISH_PLURALS, PHRASES, PLURALS  # noqa: E402


def english(source):
    """English plural forms: "%n station(s)" gives "%n station" and "%n stations"."""
    if source in ENGLISH_PLURALS:
        return ENGLISH_PLURALS[source]
    return (source.replace("(s)", ""), source.replace("(s)", "s"))


missing = set()
# English only needs its plural forms; every other text is the source itself.
path = root / "translations" / "switchboard_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    tr = message.find("translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    if message.get("numerus") == "yes":
        for form in english(message.find("source").text):
            ET.SubElement(tr, "numerusform").text = form
        tr.attrib.pop("type", None)
    else:
        tr.set("type", "unfinished")
tree.write(path, encoding="utf-8", xml_declaration=True)
text = path.read_text(encoding="utf-8")
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>", "?>\n<!DOCTYPE TS>", 1)
path.write_text(text, encoding="utf-8")

for lang, index in (("de", 0), ("es", 1)):
    path = root / "translations" / f"switchboard_{lang}.ts"
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        tr = message.find("translation")
        if message.get("numerus") == "yes":
            if source not in PLURALS:
                missing.add(source)
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in PLURALS[source][index]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            if source not in PHRASES:
                missing.add(source)
                continue
            tr.text = PHRASES[source][index]
        tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>", "?>\n<!DOCTYPE TS>", 1)
    path.write_text(text, encoding="utf-8")

if missing:
    print("no translation for:\n  " + "\n  ".join(sorted(missing)), file=sys.stderr)
    sys.exit(1)
print("translations complete")
