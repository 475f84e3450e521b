-- No source, no tests, and a module that is not in the pack.
return {
  id = "uncited",
  title = "A rule that cites nothing",
  evaluate = function(p, ctx)
    local money = require("money")
  end,
}
