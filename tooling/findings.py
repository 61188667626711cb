"""Findings of a check, and how they are printed.

The text form is the one compilers and linters use, so editors and CI annotate the right
line: ``path:line:col: error CODE: message``. The JSON form is for machines.
"""

ERROR = "error"
WARNING = "warning"


class Finding:
    __slots__ = ("file", "line", "column", "severity", "code", "message")

    def __init__(self, file, line, column, code, message, severity=ERROR):
        self.file = str(file)
        self.line = line or 1
        self.column = column or 1
        self.severity = severity
        self.code = code
        self.message = message

    def sort_key(self):
        return (self.file, self.line, self.column, self.code, self.message)

    def as_dict(self):
        return {name: getattr(self, name) for name in self.__slots__}

    def __str__(self):
        return f"{self.file}:{self.line}:{self.column}: {self.severity} {self.code}: {self.message}"

    def __repr__(self):
        return f"Finding({str(self)!r})"


def from_error(error):
    """A PolicyError (bad input) as a finding, so it is printed like any other."""
    return Finding(error.path or "-", error.line, error.column, error.code, error.message)


def summary(findings, files_checked):
    errors = sum(1 for f in findings if f.severity == ERROR)
    warnings = len(findings) - errors
    noun = "file" if files_checked == 1 else "files"
    if not findings:
        return f"policy check: {files_checked} {noun} checked, no findings."
    return (f"policy check: {files_checked} {noun} checked, "
            f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}.")


def to_json(findings):
    import json
    return json.dumps({"findings": [f.as_dict() for f in findings]}, ensure_ascii=False, indent=2)
