-- Manufacturing branches (Table 2-4 of the report) for the SME rules:
-- which family a profile's sector belongs to, and the same sector in an
-- earlier `history` observation. Families follow the report's reading of
-- Table 2-4 [L837]: the gap widened where large firms contracted out
-- (general machinery, electronics, transport equipment) and narrowed in
-- food, textiles, footwear and miscellaneous manufacturing.
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

return M
