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
  local function add(list, evidence, t, label)
    list[#list + 1] = label
    for _, e in ipairs(sizeclass.evidence(t)) do evidence[#evidence + 1] = e end
  end
  for i, s in ipairs(p.sectors) do
    if s.productivity_ratio_pct == nil then
      if need then ctx:missing(string.format("sectors.%d.productivity_ratio_pct", i)) end
    else
      local before = sizeclass.earliest(p, ctx, function(y)
        local j = M.find(ctx:get(string.format("history.%d.sectors", y)), s)
        if not j then return nil end
        local field = string.format("history.%d.sectors.%d.productivity_ratio_pct", y, j)
        return ctx:get(field), field
      end)
      if not before then
        if need then ctx:missing(sizeclass.history_field(sizeclass.target_year(p, ctx), "sectors")) end
      else
        local t = sizeclass.make(string.format("sectors.%d.productivity_ratio_pct", i),
          s.productivity_ratio_pct, p.country.year, before)
        local label = string.format("%s %s", s.name, sizeclass.describe(t))
        local family = M.family(s)
        if t.per_decade <= -step then
          out.widening[#out.widening + 1] = label
          if family == "machinery" then add(out.machinery, out.machinery_evidence, t, label) end
        elseif t.per_decade >= step and family == "traditional" then
          add(out.traditional_narrowing, out.traditional_evidence, t, label)
        end
      end
    end
  end
  return out
end

return M
