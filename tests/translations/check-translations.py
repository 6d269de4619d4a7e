#!/usr/bin/env python3
"""Checks translations/dynoscope_*.ts against the sources.

Fails when
- a .ts file is out of date: lupdate, run on a copy exactly as
  tools/update-translations.sh runs it, finds other texts than the file holds;
- a German or French text is unfinished or empty, or an English plural form is;
- a translation drops or adds a placeholder (%1, %n...) of its source;
- lupdate reports a tr() call whose context it cannot tell (a class without
  Q_OBJECT or Q_DECLARE_TR_FUNCTIONS): that text would never be translated.

Usage: check-translations.py SOURCE_DIR [LUPDATE]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?n|\d{1,2})")


def messages(path):
    """{(context, source, comment, numerus): translation element}"""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "",
                   message.get("numerus") == "yes")
            result[key] = message.find("translation")
    return result


def describe(key):
    context, source, comment, numerus = key
    text = "%s: %r" % (context, source)
    if comment:
        text += " (%s)" % comment
    return text + (" [plural]" if numerus else "")


def check_file(original, updated, language):
    problems = []
    before, after = messages(original), messages(updated)
    for key in sorted(after.keys() - before.keys()):
        problems.append("new in the sources, missing from the file: " + describe(key))
    for key in sorted(before.keys() - after.keys()):
        problems.append("gone from the sources, still in the file: " + describe(key))
    for key, translation in sorted(before.items()):
        numerus = key[3]
        if language == "en" and not numerus:
            problems.append("dynoscope_en.ts holds plural forms only: " + describe(key))
            continue
        kind = translation.get("type") if translation is not None else "missing"
        if kind:
            problems.append("%s: %s" % (kind, describe(key)))
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
        if not forms or any(not f.strip() for f in forms):
            problems.append("empty translation: " + describe(key))
            continue
        wanted = sorted(set(PLACEHOLDER.findall(key[1])))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form)))
            if found != wanted:
                problems.append("placeholders %s instead of %s in %r for %s"
                                % (" ".join(found) or "none", " ".join(wanted), form, describe(key)))
    return problems


def main():
    source_dir = os.path.abspath(sys.argv[1])
    lupdate = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/qt6/bin/lupdate"
    translations = os.path.join(source_dir, "translations")
    files = sorted(f for f in os.listdir(translations) if re.fullmatch(r"dynoscope_\w+\.ts", f))
    if not {"dynoscope_de.ts", "dynoscope_fr.ts", "dynoscope_en.ts"} <= set(files):
        print("translations/ must hold dynoscope_de.ts, dynoscope_fr.ts and dynoscope_en.ts; it holds %s" % files)
        return 1

    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for f in files:
            shutil.copy(os.path.join(translations, f), scratch)
        run = subprocess.run([os.path.join(source_dir, "tools", "update-translations.sh"), scratch],
                             env=dict(os.environ, LUPDATE=lupdate), capture_output=True, text=True)
        if run.returncode != 0:
            print("tools/update-translations.sh failed:\n" + run.stdout + run.stderr)
            return 1
        for line in sorted(set(run.stderr.splitlines())):
            if "lacks Q_OBJECT macro" in line:
                problems.append(("sources", "lupdate cannot tell the tr() context (its texts would never be "
                                 "translated; give the class Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, or call "
                                 "QCoreApplication::translate): " + line.replace(source_dir + "/", ""))),
            elif line.strip():
                problems.append(("sources", "lupdate: " + line))
        for f in files:
            language = f[len("dynoscope_"):-len(".ts")]
            for problem in check_file(os.path.join(translations, f), os.path.join(scratch, f), language):
                problems.append((f, problem))

    if not problems:
        print("%d translation files are up to date and complete." % len(files))
        return 0
    for where, problem in problems:
        print("%s: %s" % (where, problem))
    print("\n%d problem(s). To bring the files up to date with the sources, run\n"
          "    tools/update-translations.sh\n"
          "then translate the unfinished texts (linguist translations/dynoscope_de.ts, or edit the XML);\n"
          "see translations/README." % len(problems))
    return 1


if __name__ == "__main__":
    sys.exit(main())
