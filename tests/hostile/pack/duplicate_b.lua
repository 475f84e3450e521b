-- expect: load duplicate id 'aa_benign'
return {
  id = "aa_benign",
  title = "hostile: a second rule with the first benign rule's id",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx) end,
}
