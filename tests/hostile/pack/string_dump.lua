-- expect: runtime dump
return {
  id = "string_dump",
  title = "hostile: string_dump",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local b = string.dump(function() end) --!
  end,
}
