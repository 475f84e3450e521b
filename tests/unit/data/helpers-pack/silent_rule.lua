-- Neither checks nor notes anything: listed only by --explain=full.
return {
  id = "silent_rule",
  title = "a rule that looks at nothing",
  source = { chapter = 1, quote = "test", lines = "L1" },
  evaluate = function(p, ctx) end,
}
