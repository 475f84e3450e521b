-- expect: blocked_function require('io')
return {
  id = "require_system",
  title = "hostile: require_system",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local io = require("io") --!
  end,
}
