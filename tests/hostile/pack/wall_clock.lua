-- expect: timeout
return {
  id = "wall_clock",
  title = "hostile: wall_clock",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local s = ("x"):rep(1 << 20)
    while true do
      s = s:sub(2) .. "y" --!
    end
  end,
}
