-- Size-class tables (Tables 2-2 to 2-5 of the report) read in levels and in
-- trends over `history`. Area-specific: the SME rules (lessons 34, 38, 39)
-- compare a ratio now with the same ratio some years earlier, the way the
-- report compares Korea's 1980 and 1992 surveys [L794], [L800].
--
-- The trend window (how far back an earlier observation may lie) comes from
-- the calling rule's config block: trend_min_span_years, trend_max_span_years.
local M = {}

-- The report's size classes (Table 2-2 [L804]), smallest first.
M.CLASSES = {
  { key = "size_5_19", label = "5-19 persons" },
  { key = "size_20_99", label = "20-99 persons" },
  { key = "size_100_299", label = "100-299 persons" },
}

-- Table 2-2 (Korea) and Table 2-3 (Japan), as the report prints them
-- [L806-814], [L821-831]; used as benchmarks in messages and evidence.
M.KOREA = {
  productivity = {
    [1980] = { size_5_19 = 37.2, size_20_99 = 49.6, size_100_299 = 67.3, all_sme = 55.0 },
    [1992] = { size_5_19 = 32.4, size_20_99 = 44.2, size_100_299 = 66.2, all_sme = 47.0 },
  },
  wage = {
    [1980] = { size_5_19 = 66.0, size_20_99 = 80.1, size_100_299 = 86.6, all_sme = 80.5 },
    [1992] = { size_5_19 = 55.6, size_20_99 = 65.6, size_100_299 = 79.1, all_sme = 66.7 },
  },
}
M.JAPAN_PRODUCTIVITY_1991 = 49.5 -- [L794]
M.JAPAN_PRODUCTIVITY_BAND = { low = 47.3, high = 51.0 } -- Table 2-3, 1960-91 [L828-831]

local function history_field(year, path)
  return string.format("history.%d.%s", year, path)
end
M.history_field = history_field

-- The earliest history year between trend_min_span_years and
-- trend_max_span_years before the reference year for which FETCH(year)
-- returns a value (and the profile field holding it).
-- Returns {year, value, field, span} or nil.
function M.earliest(p, ctx, fetch)
  local year = p.country.year
  local min_span = ctx:threshold("trend_min_span_years")
  local max_span = ctx:threshold("trend_max_span_years")
  local best
  if p.history then
    for y in pairs(p.history) do
      local span = year - y
      if span >= min_span and span <= max_span and (best == nil or y < best.year) then
        local v, field = fetch(y)
        if v ~= nil then best = { year = y, value = v, field = field, span = span } end
      end
    end
  end
  return best
end

-- The earlier observation of PATH, or nil and the history field the rule
-- should report as missing (the value about ten years back).
function M.earlier(p, ctx, path)
  local best = M.earliest(p, ctx, function(y)
    local field = history_field(y, path)
    return ctx:get(field), field
  end)
  if best then return best end
  return nil, history_field(M.target_year(p, ctx), path)
end

-- The year a missing earlier observation should come from: the middle of
-- the trend window (about ten years back).
function M.target_year(p, ctx)
  local min_span = ctx:threshold("trend_min_span_years")
  local max_span = ctx:threshold("trend_max_span_years")
  return p.country.year - math.floor((min_span + max_span) / 2)
end

-- A trend record: FIELD holds NOW at the reference year YEAR; BEFORE is an
-- earlier observation from M.earliest / M.earlier.
function M.make(field, now, year, before)
  local change = now - before.value
  return {
    field = field,
    now = now,
    year = year,
    before = before,
    change = change,
    per_decade = change / before.span * 10,
  }
end

-- The trend of PATH, or nil and the missing field (PATH itself, or the
-- history field about ten years back).
function M.trend(p, ctx, path)
  local now = ctx:get(path)
  if now == nil then return nil, path end
  local before, missing = M.earlier(p, ctx, path)
  if not before then return nil, missing end
  return M.make(path, now, p.country.year, before)
end

-- "55.0 (1980) to 47.0 (1992)"
function M.describe(t)
  return string.format("%.1f (%d) to %.1f (%d)", t.before.value, t.before.year, t.now, t.year)
end

-- Evidence entries for a trend: the earlier value and the current one, the
-- change and the trigger spelled out in a note (the values are the
-- profile's own; the change is not a profile field).
function M.evidence(t, trigger)
  return {
    { field = t.before.field, note = "earlier observation" },
    { field = t.field, note = string.format("%+.1f points over %d years (%+.1f per decade)%s",
        t.change, t.before.span, t.per_decade, trigger and ("; " .. trigger) or "") },
  }
end

return M
