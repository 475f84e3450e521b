-- Earlier observations of a profile field from p.history (a map from year
-- to a partial profile), for the trend checks of rule pack I (macro, trade,
-- technology, governance). Missing years are simply absent: callers report
-- a data gap rather than read them as zero.
local M = {}

local function value_at(entry, path)
  local node = entry
  for key in string.gmatch(path, "[^.]+") do
    if type(node) ~= "table" then return nil end
    node = node[key]
  end
  return node
end

-- Observations of PATH ("macro.inflation_pct") in p.history from year FIRST
-- to year LAST inclusive, oldest first: { {year = y, value = v}, ... }.
function M.series(p, path, first, last)
  local out = {}
  for year, entry in pairs(p.history or {}) do
    if type(year) == "number" and year >= first and year <= last then
      local v = value_at(entry, path)
      if v ~= nil then out[#out + 1] = { year = year, value = v } end
    end
  end
  table.sort(out, function(a, b) return a.year < b.year end)
  return out
end

-- The observation of PATH closest to LOOKBACK years before the profile
-- year, taken from LOOKBACK - SLACK .. LOOKBACK + SLACK years back; nil if
-- none. Returns value, year.
function M.around(p, path, lookback, slack)
  local year = p.country.year
  local best
  for _, obs in ipairs(M.series(p, path, year - lookback - slack, year - lookback + slack)) do
    if obs.year < year and (best == nil or
        math.abs(year - lookback - obs.year) < math.abs(year - lookback - best.year)) then
      best = obs
    end
  end
  if best then return best.value, best.year end
  return nil
end

-- The history path a data gap should name for PATH, LOOKBACK years back.
function M.gap_field(p, path, lookback)
  return string.format("history.%d.%s", p.country.year - lookback, path)
end

return M
