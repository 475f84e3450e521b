-- Size-class tables (Tables 2-2 to 2-5 of the report) read in levels and in
-- trends over `history`. Area-specific: the SME rules (lessons 34, 38, 39)
-- compare a ratio now with the same ratio about ten years earlier, the way
-- the report compares Korea's 1980 and 1992 surveys [L794], [L800].
--
-- Trends are ctx:trend's. How far back an earlier observation may lie comes
-- from the calling rule's config block (trend_min_span_years,
-- trend_max_span_years): the observation nearest the middle of that span
-- (ten years back), ties to the earlier year, and a missing one is reported
-- as history.<year ten years back>.<path>.
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

-- The calling rule's span as ctx:trend options: years back, and the window
-- around it.
function M.span(ctx)
  local min_span = ctx:threshold("trend_min_span_years")
  local max_span = ctx:threshold("trend_max_span_years")
  local years = math.floor((min_span + max_span) / 2)
  return { years = years, window = math.floor(math.max(max_span - years, years - min_span)) }
end

-- Whether ctx:trend(path, span) would find both values, asked without
-- recording data gaps.
local function known(p, ctx, path, span)
  if ctx:get(path) == nil then return false end
  local target = p.country.year - span.years
  for _, obs in ipairs(ctx:series(path)) do
    if obs.year < p.country.year and math.abs(obs.year - target) <= span.window then return true end
  end
  return false
end

-- The trend of PATH (a ctx:trend table, with per_decade added), or nil. With
-- NEED a missing value is a data gap (ctx:trend records it); without, the
-- trend is read only if it is there: the size-class reading explains a
-- widening gap and asks for its data only when there is one.
function M.trend(p, ctx, path, need)
  local span = M.span(ctx)
  if not need and not known(p, ctx, path, span) then return nil end
  local t = ctx:trend(path, span)
  if t then t.per_decade = t.per_year * 10 end
  return t
end

-- Compares a trend's change per decade with THRESHOLD under OP (a ctx:check,
-- so --explain records it); returns the result and the evidence entries: the
-- earlier observation and the change, with TRIGGER (optional) in its note.
function M.check(ctx, t, op, threshold, trigger)
  local held, entry = ctx:check{ field = t.field, value = t.per_decade, op = op,
    threshold = threshold, unit = "points per decade",
    note = string.format("%+.1f points over %d years (%+.1f per decade)%s", t.change, t.years,
                         t.per_decade, trigger and ("; " .. trigger) or "") }
  return held, { t.evidence[2], entry }
end

-- "55.0 (1980) to 47.0 (1992)"
function M.describe(t)
  return string.format("%.1f (%d) to %.1f (%d)", t.earlier, t.earlier_year, t.value, t.year)
end

return M
