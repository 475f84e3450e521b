-- A region's clustered sectors: the sectors[] entries a region names in
-- cluster_sectors, plus clustered sectors[] that name the region. Used by the
-- RIC and cluster rules (lessons 55, 59, 60), which read each cluster's
-- Pavitt class (Table 2-8) or branch family (Table 2-4).
local branches = require("sme.branches")

local M = {}

local function lower(s) return string.lower(s or "") end

-- {{index = i, sector = s}, ...} and the cluster_sectors names that match no
-- sectors[] entry (their class is unknown).
function M.clustered_sectors(p, region)
  local found, seen, unmatched = {}, {}, {}
  local sectors = p.sectors or {}
  for _, name in ipairs(region.cluster_sectors or {}) do
    local hit = false
    for i, s in ipairs(sectors) do
      if lower(s.name) == lower(name) then
        hit = true
        if not seen[i] then
          seen[i] = true
          found[#found + 1] = { index = i, sector = s }
        end
      end
    end
    if not hit then unmatched[#unmatched + 1] = name end
  end
  for i, s in ipairs(sectors) do
    if s.clustered and s.region and lower(s.region) == lower(region.name) and not seen[i] then
      seen[i] = true
      found[#found + 1] = { index = i, sector = s }
    end
  end
  return found, unmatched
end

-- A traditional industry (textiles, apparel, footwear, food ...): the
-- Korean clusters facing low-wage competition from the late 1980s [L925].
function M.traditional(sector)
  return sector.pavitt == "supplier_dominated" or branches.family(sector) == "traditional"
end

return M
