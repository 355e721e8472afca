"""What the proofs found: each check is printed when it is decided and kept for the summary
table; any failed check makes the run exit non-zero."""

import sys
import time
from dataclasses import dataclass


@dataclass
class Check:
    part: str
    database: str
    name: str
    passed: bool
    figures: str


class Report:
    def __init__(self):
        self.checks: list[Check] = []
        self.started = time.monotonic()
        self.part, self.database = "", ""

    def section(self, part: str, database: str = "-"):
        self.part, self.database = part, database
        print(f"\n== {part} ({database})", flush=True)

    def check(self, name: str, passed: bool, figures: str = "") -> bool:
        self.checks.append(Check(self.part, self.database, name, bool(passed), figures))
        print(f"  {'PASS' if passed else 'FAIL'}  {name}" + (f": {figures}" if figures else ""), flush=True)
        return bool(passed)

    def note(self, text: str):
        print(f"        {text}", flush=True)

    def error(self, name: str, error: BaseException):
        """A proof that could not finish is a failed proof, with the reason."""
        self.check(name, False, f"{type(error).__name__}: {str(error)[:2000]}")

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    def summary(self):
        print("\n== Summary")
        rows = [("part", "database", "proof", "result", "figures")]
        rows += [(c.part, c.database, c.name, "PASS" if c.passed else "FAIL", c.figures) for c in self.checks]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        for row in rows:
            print("  " + "  ".join(cell.ljust(w) for cell, w in zip(row[:4], widths)) + "  " + row[4][:160])
        total = time.monotonic() - self.started
        print(f"\n  {len(self.checks) - len(self.failed)} of {len(self.checks)} proofs passed; "
              f"total {total:.0f} s ({total / 60:.1f} min)")
        sys.stdout.flush()
