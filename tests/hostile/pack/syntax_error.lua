-- expect: load
return {
  id = "syntax_error",
  title = "hostile: syntax error"
  evaluate = function(p, ctx) end, --!
  extra = function(p, ctx) end,
}
