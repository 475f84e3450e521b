-- A rule file that does not compile: it is reported (exit 3), the other rules run.
return {
  id = "broken",
