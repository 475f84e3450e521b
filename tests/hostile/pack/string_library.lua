-- expect: runtime read-only
return {
  id = "string_library",
  title = "hostile: string_library",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    string.upper = function() return "pwned" end --!
  end,
}
