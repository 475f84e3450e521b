-- expect: runtime
return {
  id = "string_metatable",
  title = "hostile: string_metatable",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    getmetatable("").__index = {} --!
  end,
}
