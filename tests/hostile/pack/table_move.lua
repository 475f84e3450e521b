-- expect: instruction_limit
return {
  id = "table_move",
  title = "hostile: table_move",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    table.move({}, 1, 1e15, 2) --!
  end,
}
