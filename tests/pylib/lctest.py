"""lctest.py: the little harness the Python end-to-end tests share: named
checks that print ok/FAIL, a closing 'N passed, N failed' line, and running
the latecomer binary from the source tree."""
import subprocess
import sys


class Checks:
    def __init__(self, binary, src, quiet=False):
        self.binary, self.src, self.quiet = binary, src, quiet
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            if not self.quiet:
                print("ok   %s" % name)
        else:
            self.failed += 1
            print("FAIL %s %s" % (name, detail))
        return ok

    def run(self, args, stdin=None, text=False):
        """(exit code, stdout, stderr) of `latecomer ARGS`, run from the source tree."""
        p = subprocess.run([self.binary] + args, cwd=self.src, input=stdin, capture_output=True)
        if text:
            return p.returncode, p.stdout.decode(), p.stderr.decode()
        return p.returncode, p.stdout, p.stderr

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        sys.exit(1 if self.failed else 0)
