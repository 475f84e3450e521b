-- wto/dates.lua: the little date arithmetic the classifier needs. Dates are
-- ISO strings "YYYY-MM-DD"; comparing them as strings compares the dates.
local dates = {}

-- The year of an ISO date, or nil when the text is not one.
function dates.year(iso)
  if type(iso) ~= "string" then return nil end
  local y, m, d = iso:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(d)
end

function dates.is_date(iso)
  return dates.year(iso) ~= nil
end

-- 31 December of YEAR.
function dates.year_end(year)
  return string.format("%04d-12-31", year)
end

-- True when calendar YEAR was over on or before ISO (its data is final).
function dates.year_complete_by(year, iso)
  return dates.year_end(year) <= iso
end

-- True when ISO falls within YEARS years after FROM (both ISO dates).
function dates.within_years(iso, from, years)
  local y, m, d = dates.year(from)
  if not y then return false end
  local limit = string.format("%04d-%02d-%02d", y + years, m, d)
  return iso >= from and iso <= limit
end

return dates
