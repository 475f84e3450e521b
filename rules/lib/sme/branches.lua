-- Manufacturing branches (Table 2-4 of the report) for the SME rules:
-- which family a profile's sector belongs to, and the same sector in an
-- earlier `history` observation. Families follow the report's reading of
-- Table 2-4 [L837]: the gap widened where large firms contracted out
-- (general machinery, electronics, transport equipment) and narrowed in
-- food, textiles, footwear and miscellaneous manufacturing.
local sizeclass = require("sme.sizeclass")

local M = {}

-- ISIC Rev.4 divisions by family.
local FAMILY_OF_DIVISION = {
  [26] = "machinery", [27] = "machinery", [28] = "machinery", [29] = "machinery", [30] = "machinery",
  [10] = "traditional", [11] = "traditional", [12] = "traditional", [13] = "traditional",
  [14] = "traditional", [15] = "traditional", [31] = "traditional", [32] = "traditional",
}

-- Fallback when a sector has no ISIC code: words of the report's branch names.
local FAMILY_WORDS = {
  { "machinery", "machinery" }, { "electronic", "machinery" }, { "electrical", "machinery" },
  { "transport", "machinery" }, { "vehicle", "machinery" }, { "automobile", "machinery" },
  { "food", "traditional" }, { "textile", "traditional" }, { "apparel", "traditional" },
  { "clothing", "traditional" }, { "leather", "traditional" }, { "footwear", "traditional" },
  { "miscellaneous", "traditional" }, { "furniture", "traditional" },
}

local function division(isic)
  local digits = isic and string.match(isic, "%d%d")
  return digits and tonumber(digits)
end

function M.family(sector)
  local d = division(sector.isic)
  if d then return FAMILY_OF_DIVISION[d] or "other" end
  local name = string.lower(sector.name or "")
  for _, w in ipairs(FAMILY_WORDS) do
    if string.find(name, w[1], 1, true) then return w[2] end
  end
  return "other"
end

-- Index (1-based) of SECTOR in LIST: same ISIC code when both have one,
-- else the same name ignoring case.
function M.find(list, sector)
  if not list then return nil end
  for i, s in ipairs(list) do
    if sector.isic and s.isic then
      if s.isic == sector.isic then return i end
    elseif string.lower(s.name or "") == string.lower(sector.name or "") then
      return i
    end
  end
  return nil
end

-- The trend of sector I's productivity ratio, shaped like a ctx:trend table
-- (sizeclass.describe and sizeclass.check read it), or nil when the sector
-- has no ratio in a history year of the rule's span. ctx:trend cannot follow
-- a sector whose place in the sectors list changes from year to year, so the
-- year is chosen here the way ctx:trend chooses it: nearest the middle of
-- the span, ties to the earlier year.
local function sector_trend(p, ctx, i, sector)
  local span = sizeclass.span(ctx)
  local target = p.country.year - span.years
  local best
  for _, y in ipairs(ctx:keys(p.history or {})) do
    local distance = math.abs(y - target)
    if math.type(y) == "integer" and y < p.country.year and distance <= span.window and
        (best == nil or distance < math.abs(best.year - target)) then
      local j = M.find(ctx:get(string.format("history.%d.sectors", y)), sector)
      local field = j and string.format("history.%d.sectors.%d.productivity_ratio_pct", y, j)
      local value = field and ctx:get(field)
      if value ~= nil then best = { year = y, value = value, field = field } end
    end
  end
  if not best then return nil end
  local field = string.format("sectors.%d.productivity_ratio_pct", i)
  local now = sector.productivity_ratio_pct
  local years = p.country.year - best.year
  local change = now - best.value
  return { field = field, value = now, year = p.country.year, earlier = best.value,
           earlier_year = best.year, years = years, change = change,
           per_decade = change / years * 10,
           evidence = { { field = field, value = now, year = p.country.year },
                        { field = best.field, value = best.value, year = best.year } } }
end

-- Branch productivity ratios (sectors[].productivity_ratio_pct, Table 2-4)
-- against their earlier observation in history. A branch whose ratio fell
-- by branch_change_points_per_decade (the calling rule's config) or more is
-- widening; one that rose as much is narrowing. With NEED, unknown values
-- are reported as data gaps. Returns
--   {widening = {labels}, machinery = {labels}, machinery_evidence = {...},
--    traditional_narrowing = {labels}, traditional_evidence = {...}}
function M.gap_changes(p, ctx, need)
  local out = { widening = {}, machinery = {}, machinery_evidence = {},
                traditional_narrowing = {}, traditional_evidence = {} }
  if not p.sectors then
    if need then ctx:missing("sectors") end
    return out
  end
  local step = ctx:threshold("branch_change_points_per_decade")
  local function add(list, evidence, entries, label)
    list[#list + 1] = label
    for _, e in ipairs(entries) do evidence[#evidence + 1] = e end
  end
  for i, s in ipairs(p.sectors) do
    if s.productivity_ratio_pct == nil then
      if need then ctx:missing(string.format("sectors.%d.productivity_ratio_pct", i)) end
    else
      local t = sector_trend(p, ctx, i, s)
      if not t then
        if need then
          ctx:missing(string.format("history.%d.sectors", p.country.year - sizeclass.span(ctx).years))
        end
      else
        local label = string.format("%s %s", s.name, sizeclass.describe(t))
        local family = M.family(s)
        local widening, evidence = sizeclass.check(ctx, t, "<=", -step)
        if widening then
          out.widening[#out.widening + 1] = label
          if family == "machinery" then add(out.machinery, out.machinery_evidence, evidence, label) end
        elseif family == "traditional" then
          local narrowing
          narrowing, evidence = sizeclass.check(ctx, t, ">=", step)
          if narrowing then
            add(out.traditional_narrowing, out.traditional_evidence, evidence, label)
          end
        end
      end
    end
  end
  return out
end

return M
