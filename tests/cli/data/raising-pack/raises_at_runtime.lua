-- A rule that fails at run time: the other rules' results are still
-- emitted, this one is in the result's errors, and the run exits 3.
return {
  id = "raises_at_runtime",
  title = "Always raises",
  source = { chapter = 2, section = "test", quote = "test", lines = "L1" },
  requires = {},
  tags = { "test" },
  measures = {},
  evaluate = function(p, ctx)
    error("deliberate failure for the exit-code test")
  end,
}
