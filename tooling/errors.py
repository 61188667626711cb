"""The one family of errors a user of the tooling can cause.

Every message is written for the person who has to act on it (often a lawyer editing
Markdown): it says what is wrong, where, and what to do. The CLI prints them as
``file:line: error CODE: message`` and exits with status 2; nothing else should ever reach
the user as a traceback.
"""


class PolicyError(Exception):
    """Bad input or a refused operation, with the place it concerns."""

    code = "E000"

    def __init__(self, message, path=None, line=None, column=None, code=None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        if code:
            self.code = code

    def location(self):
        if self.path is None:
            return ""
        out = str(self.path)
        if self.line:
            out += f":{self.line}"
            if self.column:
                out += f":{self.column}"
        return out

    def __str__(self):
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class SourceError(PolicyError):
    """A source file cannot be read as a policy document (encoding, structure, size)."""

    code = "E001"


class ConfigError(PolicyError):
    """The project configuration is missing or wrong."""

    code = "E100"


class UsageError(PolicyError):
    """The command was called with arguments that cannot work."""

    code = "E200"
