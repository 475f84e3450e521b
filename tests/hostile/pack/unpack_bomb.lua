-- expect: instruction_limit
return {
  id = "unpack_bomb",
  title = "hostile: unpack_bomb",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local n = select("#", table.unpack({}, 1, 1e8)) --!
  end,
}
