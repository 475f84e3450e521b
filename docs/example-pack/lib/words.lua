-- Wording shared by the example rules: require("words") from any rule of
-- this pack. Modules run in the same sandbox, afresh for every rule call.
local M = {}

function M.percent(x)
  return string.format("%.1f%%", x)
end

-- "a, b and c"
function M.list(items)
  if #items <= 1 then return items[1] or "" end
  return table.concat(items, ", ", 1, #items - 1) .. " and " .. items[#items]
end

return M
