-- expect: runtime not found
return {
  id = "require_missing",
  title = "hostile: require_missing",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local m = require("socket.core") --!
  end,
}
