#!/usr/bin/env python3
"""Fills the unfinished messages of a .ts file that lupdate just updated with
the translations their source text had before, in any context.

A text whose tr() context changed (a class renamed or moved, a context fixed)
arrives from lupdate as new and unfinished, although the same English text is
translated a few lines away or was before the update. When every earlier
translation of that text agrees, it is reused and marked finished; when they
disagree, the first is filled in and left unfinished for a translator to pick.

Usage: reuse-translations.py BEFORE.ts AFTER.ts   (AFTER.ts is rewritten)
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    return message.findtext("source"), message.get("numerus") == "yes"


def value(translation):
    """A finished translation as a tuple of its forms, or None."""
    if translation is None or translation.get("type"):
        return None
    forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
    return tuple(forms) if all(f.strip() for f in forms) else None


def main():
    before, after = sys.argv[1], sys.argv[2]
    known = {}
    for message in ET.parse(before).getroot().iter("message"):
        forms = value(message.find("translation"))
        if forms is not None:
            known.setdefault(key(message), []).append(forms)

    tree = ET.parse(after)
    reused = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or key(message) not in known:
            continue
        candidates = known[key(message)]
        forms = candidates[0]
        if message.get("numerus") == "yes":
            existing = list(translation.iter("numerusform"))
            if len(existing) != len(forms):
                continue
            for element, text in zip(existing, forms):
                element.text = text
        else:
            translation.text = forms[0]
        if all(c == forms for c in candidates):
            del translation.attrib["type"]
        reused += 1
    if reused:
        # lupdate writes the declaration and doctype; keep the file as it would.
        body = ET.tostring(tree.getroot(), encoding="unicode")
        with open(after, "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
        print("%s: reused %d earlier translation(s)" % (after, reused), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
