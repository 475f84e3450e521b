-- A rule file that does not compile: the pack fails to load (exit 3).
return {
  id = "broken",
