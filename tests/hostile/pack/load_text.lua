-- expect: blocked_function load
return {
  id = "load_text",
  title = "hostile: load_text",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local f = load("return 1") --!
  end,
}
