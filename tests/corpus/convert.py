"""Mechanical conversion of the corpus sources into the Markdown `policy check` reads.

    python tests/corpus/convert.py markdown SRC DEST [--translation]
    python tests/corpus/convert.py text SRC DEST [--translation] [--part zh|en]

No content is changed. The rules, the same for every file:

* Markdown sources: the TOML front matter (``+++ … +++``) of the website they come from is dropped.
  A YAML front matter (``--- … ---``, Hugo websites) is dropped too; its ``title:``, which the
  website shows as the page's heading, becomes the title (``# …``) when the text has none.
  HTML comments (``<!-- … -->``, not shown on the page; the Kubernetes Chinese pages keep the
  English they translate in them) are dropped, with the blank lines they leave.
* Plain-text sources: indentation and trailing spaces are dropped (in Markdown, indentation
  would turn the text into code blocks); the first non-empty line becomes the title (``# …``);
  the first line of a paragraph that does not end with punctuation (``。；：，.;:,``) and is short
  becomes a ``##`` heading (at most 100 columns for a line standing alone, 60 for the first line
  of a longer paragraph, a CJK character taking two columns, so that hard-wrapped text stays text); the rest stays a paragraph.
* ``--part zh`` / ``--part en`` keeps one language of a file that holds both (the Mulan licence):
  the English part starts at the first line indented by ten spaces or more that starts with a
  Latin letter and is not a web address (the centred English title).
* ``--translation`` adds the front matter ``translation_of: zh`` (the English side).
"""

import re
import sys


def split_part(text, part):
    lines = text.split("\n")
    cut = next(i for i, line in enumerate(lines) if re.match(r" {10,}[A-Za-z]", line) and "://" not in line)
    return "\n".join(lines[:cut] if part == "zh" else lines[cut:])


def width(line):
    """Display width: a CJK character takes two columns."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in line)


def from_text(text):
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    out, titled, start = [], False, True
    for i, line in enumerate(lines):
        if not line:
            out.append("")
            start = True
            continue
        if not titled:
            out.append("# " + line)
            out.append("")
            titled = True
            continue
        alone = i + 1 >= len(lines) or not lines[i + 1]
        if start and width(line) <= (100 if alone else 60) and not re.search(r"[。；：，.;:,]$", line):
            out.append("## " + line)
            out.append("")
        else:
            out.append(line)
        start = False
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def from_markdown(text):
    text = re.sub(r"\A\+\+\+\n.*?\n\+\+\+\n+", "", text, flags=re.S)
    front = re.match(r"\A---\n(.*?)\n---\n+", text, flags=re.S)
    if front:
        text = text[front.end():]
        title = re.search(r"^title:[ \t]*(.+?)[ \t]*$", front.group(1), flags=re.M)
        if title and not re.match(r"\A(\s|<!--.*?-->)*# ", text, flags=re.S):
            text = f"# {title.group(1).strip(chr(34) + chr(39))}\n\n" + text
    if "<!--" in text:
        text = re.sub(r"<!--.*?-->[ \t]*\n?", "", text, flags=re.S)
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text


def main(argv):
    kind, src, dest = argv[:3]
    text = open(src, encoding="utf-8").read()
    if "--part" in argv:
        text = split_part(text, argv[argv.index("--part") + 1])
    text = from_markdown(text) if kind == "markdown" else from_text(text)
    if "--translation" in argv:
        text = "---\ntranslation_of: zh\n---\n\n" + text
    with open(dest, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
