-- expect: runtime more text than one call may hand the engine
return {
  id = "text_flood",
  title = "hostile: text_flood",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local big = ("x"):rep(400000)       -- fine in Lua memory, but copied once per finding
    for i = 1, 1000 do
      ctx:finding{ id = "f" .. i, severity = "info", title = "t", message = big, --!
                   evidence = { { field = "country.year" } } }
    end
  end,
}
